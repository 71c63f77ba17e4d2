// @vitest-environment jsdom
// A note's other versions (kept by sync): choosing one stores it; a choice that cannot be stored
// (the note was deleted meanwhile) says so instead of vanishing into the console.

import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HamishDb } from '../db/HamishDb';
import { addNote, deleteNote } from '../db/notes';
import type { NoteRow } from '../db/types';
import type { Platform } from '../platform/Platform';
import { AppServicesContext } from '../platform/services';
import { unwrap } from '../../tests/support/unwrap';
import { NoteOtherVersions } from './NoteOtherVersions';

vi.mock('react-i18next', () => ({
  useTranslation: () => ({ t: (key: string) => key, i18n: { language: 'en' } }),
}));

let root: Root;
let container: HTMLElement;
let db: HamishDb;

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
  db = new HamishDb(`other-versions-${crypto.randomUUID()}`);
});

afterEach(async () => {
  act(() => root.unmount());
  container.remove();
  await db.delete();
});

const OTHER = { text: 'نص من جهاز آخر', updatedAt: 10 };

async function noteWithOtherVersion(): Promise<NoteRow> {
  const note = unwrap(await addNote(db, { articleId: 'a1', highlightId: null, text: 'نصي' }));
  await db.notes.update(note.id, { otherVersions: [OTHER] });
  return (await db.notes.get(note.id))!;
}

function show(note: NoteRow) {
  act(() =>
    root.render(
      <AppServicesContext.Provider value={{ db, platform: {} as Platform }}>
        <NoteOtherVersions note={note} />
      </AppServicesContext.Provider>,
    ),
  );
}

async function choose(label: string) {
  const button = [...container.querySelectorAll('button')].find((item) => item.textContent === label)!;
  await act(async () => button.click());
}

async function settled(check: () => boolean | Promise<boolean>) {
  // The write is IndexedDB (fake-indexeddb: macrotasks); wait for it by condition.
  await vi.waitFor(async () => expect(await check()).toBe(true), { timeout: 5_000 });
}

describe('NoteOtherVersions', () => {
  it('uses the other version when asked', async () => {
    const note = await noteWithOtherVersion();
    show(note);
    await choose('highlights.useOtherVersion');
    await settled(async () => (await db.notes.get(note.id))?.text === OTHER.text);
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });

  it('says the note is gone, and changes nothing, when it was deleted meanwhile', async () => {
    const note = await noteWithOtherVersion();
    show(note);
    unwrap(await deleteNote(db, note.id));
    const before = await db.notes.get(note.id);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await choose('highlights.useOtherVersion');
    await settled(() => container.querySelector('[role="alert"]') !== null);
    expect(container.querySelector('[role="alert"]')!.textContent).toBe('storage.missing');
    expect(await db.notes.get(note.id)).toEqual(before);
    error.mockRestore();
  });
});
