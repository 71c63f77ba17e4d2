import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES } from '../common/backups';
import { BACKUP_DIALOG_LABELS } from './backupDialogLabels';
import {
  createAutomaticBackupStore,
  openBackupWithDialog,
  saveBackupWithDialog,
  writeFileAtomically,
  type BackupDialogs,
  type BackupFileSystem,
} from './backupFiles';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(tmpdir(), 'hamish-backups-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const bytes = (text: string) => new TextEncoder().encode(text);
const labels = BACKUP_DIALOG_LABELS.en;

function dialogs(savePath: string | undefined, openPaths: string[] = []): BackupDialogs & { calls: unknown[] } {
  const calls: unknown[] = [];
  return {
    calls,
    async showSaveDialog(options) {
      calls.push(options);
      return savePath === undefined ? { canceled: true } : { canceled: false, filePath: savePath };
    },
    async showOpenDialog(options) {
      calls.push(options);
      return { canceled: openPaths.length === 0, filePaths: openPaths };
    },
  };
}

describe('automatic backups in a folder', () => {
  it('creates the folder, writes, lists newest first and reads back', async () => {
    let clock = Date.UTC(2026, 0, 1);
    const store = createAutomaticBackupStore(path.join(dir, 'backups'), fs, () => clock);
    const first = await store.save(bytes('{"one":1}'), 'daily');
    clock += 60_000;
    const second = await store.save(bytes('{"two":2}'), 'pre-upgrade');
    expect(first.ok && second.ok).toBe(true);
    const listed = await store.list();
    expect(listed.ok && listed.value.map((backup) => [backup.reason, backup.size])).toEqual([
      ['pre-upgrade', 9],
      ['daily', 9],
    ]);
    const read = await store.read(listed.ok ? listed.value[1]!.id : '');
    expect(read.ok && new TextDecoder().decode(read.value)).toBe('{"one":1}');
  });

  it('keeps only the newest ten and ignores files it did not make', async () => {
    let clock = Date.UTC(2026, 0, 1);
    const folder = path.join(dir, 'backups');
    const store = createAutomaticBackupStore(folder, fs, () => clock);
    await fs.mkdir(folder);
    await fs.writeFile(path.join(folder, 'my-notes.txt'), 'mine');
    for (let day = 0; day < 12; day += 1) {
      await store.save(bytes(`{"day":${day}}`), 'daily');
      clock += 86_400_000;
    }
    const listed = await store.list();
    expect(listed.ok && listed.value.length).toBe(10);
    const newest = listed.ok ? await store.read(listed.value[0]!.id) : null;
    expect(newest?.ok && new TextDecoder().decode(newest.value)).toBe('{"day":11}');
    expect((await fs.readdir(folder)).sort()).toContain('my-notes.txt');
    expect((await fs.readdir(folder)).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('lists nothing when the folder does not exist yet', async () => {
    const store = createAutomaticBackupStore(path.join(dir, 'missing'), fs);
    expect(await store.list()).toEqual({ ok: true, value: [] });
  });

  it('refuses ids that are not its own file names, so nothing outside the folder is read', async () => {
    const folder = path.join(dir, 'backups');
    const store = createAutomaticBackupStore(folder, fs);
    await fs.writeFile(path.join(dir, 'secret.json'), '{}');
    for (const id of [
      '../secret.json',
      `..${path.sep}secret.json`,
      '/etc/passwd',
      'hamish-2026-01-01T00-00-00-000Z-daily.json/../../secret.json',
    ]) {
      expect(await store.read(id), id).toMatchObject({ ok: false, error: 'not-found' });
    }
  });

  it('reports a failed write and leaves no partial file', async () => {
    const folder = path.join(dir, 'backups');
    const failing: BackupFileSystem = {
      ...fs,
      rename: async () => {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    };
    const store = createAutomaticBackupStore(folder, failing);
    expect(await store.save(bytes('{}'), 'daily')).toMatchObject({ ok: false, error: 'write-failed' });
    expect(await fs.readdir(folder)).toEqual([]);
  });
});

describe('writeFileAtomically', () => {
  it('replaces an existing file whole', async () => {
    const file = path.join(dir, 'backup.json');
    await fs.writeFile(file, 'old');
    await writeFileAtomically(fs, file, bytes('new contents'));
    expect(await fs.readFile(file, 'utf8')).toBe('new contents');
    expect(await fs.readdir(dir)).toEqual(['backup.json']);
  });
});

describe('backup dialogs', () => {
  it('writes where the user chose, with localized dialog labels', async () => {
    const target = path.join(dir, 'chosen.json');
    const ui = dialogs(target);
    expect(
      await saveBackupWithDialog(ui, fs, bytes('{"a":1}'), path.join(dir, 'suggested.json'), BACKUP_DIALOG_LABELS.ar),
    ).toEqual({
      ok: true,
      value: 'saved',
    });
    expect(await fs.readFile(target, 'utf8')).toBe('{"a":1}');
    expect(ui.calls[0]).toMatchObject({ title: 'تصدير نسخة احتياطية', defaultPath: path.join(dir, 'suggested.json') });
  });

  it('writes nothing when the user cancels', async () => {
    expect(await saveBackupWithDialog(dialogs(undefined), fs, bytes('{}'), 'x.json', labels)).toEqual({
      ok: true,
      value: 'canceled',
    });
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('reads the chosen file, refuses one that is too large, and returns null on cancel', async () => {
    const file = path.join(dir, 'backup.json');
    await fs.writeFile(file, '{"b":2}');
    const opened = await openBackupWithDialog(dialogs(undefined, [file]), fs, labels);
    expect(opened.ok && new TextDecoder().decode(opened.value!)).toBe('{"b":2}');
    expect(await openBackupWithDialog(dialogs(undefined, []), fs, labels)).toEqual({ ok: true, value: null });

    const huge: BackupFileSystem = { ...fs, stat: async () => ({ size: MAX_BACKUP_BYTES + 1, isFile: () => true }) };
    expect(await openBackupWithDialog(dialogs(undefined, [file]), huge, labels)).toMatchObject({
      ok: false,
      error: 'too-large',
    });
    expect(await openBackupWithDialog(dialogs(undefined, [path.join(dir, 'gone.json')]), fs, labels)).toMatchObject({
      ok: false,
      error: 'not-found',
    });
    expect(await openBackupWithDialog(dialogs(undefined, [dir]), fs, labels)).toMatchObject({
      ok: false,
      error: 'unreadable',
    });
  });
});
