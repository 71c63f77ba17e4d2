import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentPathsFromArgv } from './launchArgs';

describe('documentPathsFromArgv', () => {
  it('keeps openable documents, resolved against the working directory', () => {
    const argv = ['/opt/Hamish/hamish', '--no-sandbox', 'notes.TXT', '/abs/essay.md', 'page.htm', 'photo.jpg', '.'];
    expect(documentPathsFromArgv(argv, '/home/sara')).toEqual([
      path.resolve('/home/sara', 'notes.TXT'),
      '/abs/essay.md',
      path.resolve('/home/sara', 'page.htm'),
    ]);
  });

  it('ignores the executable and flags even when they look like documents', () => {
    expect(documentPathsFromArgv(['/tmp/run.html', '--file=x.txt'], '/')).toEqual([]);
  });
});
