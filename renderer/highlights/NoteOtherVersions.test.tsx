// @vitest-environment jsdom
// A note's other versions (kept by sync): choosing one stores it; a choice that cannot be stored
// (the note was deleted meanwhile) says so instead of vanishing into the console.

import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HamishDb } from '../db/HamishDb';
import { addNote, deleteNote } from '../db/notes';
import type { NoteRow } from '../db/types';
import type { Platform } from '../platform/Platform';
import { AppServicesContext } from '../platform/services';
import { unwrap } from '../../tests/support/unwrap';
import { NoteOtherVersions } from './NoteOtherVersions';
import { mountTestRoot } from '../../tests/support/reactRoot';

vi.mock('react-i18next', () => ({
  useTranslation: () => ({ t: (key: string) => key, i18n: { language: 'en' } }),
}));

const testRoot = mountTestRoot();
let db: HamishDb;

beforeEach(() => {
  db = new HamishDb(`other-versions-${crypto.randomUUID()}`);
});

afterEach(async () => {
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
    testRoot.root.render(
      <AppServicesContext.Provider value={{ db, platform: {} as Platform }}>
        <NoteOtherVersions note={note} />
      </AppServicesContext.Provider>,
    ),
  );
}

async function choose(label: string) {
  const button = [...testRoot.container.querySelectorAll('button')].find((item) => item.textContent === label)!;
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
    expect(testRoot.container.querySelector('[role="alert"]')).toBeNull();
  });

  it('says the note is gone, and changes nothing, when it was deleted meanwhile', async () => {
    const note = await noteWithOtherVersion();
    show(note);
    unwrap(await deleteNote(db, note.id));
    const before = await db.notes.get(note.id);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await choose('highlights.useOtherVersion');
    await settled(() => testRoot.container.querySelector('[role="alert"]') !== null);
    expect(testRoot.container.querySelector('[role="alert"]')!.textContent).toBe('storage.missing');
    expect(await db.notes.get(note.id)).toEqual(before);
    error.mockRestore();
  });
});
