import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documentPathsFromArgv, linksFromArgv } from './launchArgs';

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

  it('turns the file:// URIs of a Linux desktop entry (%U) into paths, Arabic names included', () => {
    // What a file manager passes for /home/sara/مقالات/مقال عن القاهرة.md
    const uri =
      'file:///home/sara/%D9%85%D9%82%D8%A7%D9%84%D8%A7%D8%AA/%D9%85%D9%82%D8%A7%D9%84%20%D8%B9%D9%86%20%D8%A7%D9%84%D9%82%D8%A7%D9%87%D8%B1%D8%A9.md';
    expect(documentPathsFromArgv(['/opt/Hamish/hamish', uri], '/')).toEqual(['/home/sara/مقالات/مقال عن القاهرة.md']);
    expect(uri).toBe(pathToFileURL('/home/sara/مقالات/مقال عن القاهرة.md').href);
  });

  it('checks the extension after decoding, and keeps a name whose encoded form would not match', () => {
    // "%2Emd" decodes to ".md"; a name ending in an encoded character still gets its extension.
    expect(documentPathsFromArgv(['hamish', 'file:///tmp/a%2Emd', 'file:///tmp/photo.jpg'], '/')).toEqual([
      '/tmp/a.md',
    ]);
  });

  it('drops file:// URIs on another host and malformed ones, other schemes, and hamish: links', () => {
    expect(
      documentPathsFromArgv(
        [
          'hamish',
          'file://server/share/a.md',
          'file:///tmp/%2Fescape%00.md',
          'https://example.org/a.html',
          'hamish://read/a1',
        ],
        '/',
      ),
    ).toEqual([]);
  });

  it('keeps Windows drive paths, which look like a scheme', () => {
    const found = documentPathsFromArgv(['Hamish.exe', 'C:\\Users\\sara\\notes.txt'], 'C:\\');
    expect(found).toHaveLength(1);
  });
});

describe('linksFromArgv', () => {
  it('picks out hamish: links and nothing else', () => {
    expect(linksFromArgv(['hamish', '--flag', 'hamish://read/a1?at=1-4', 'HAMISH://read/b', 'notes.md'])).toEqual([
      'hamish://read/a1?at=1-4',
      'HAMISH://read/b',
    ]);
  });
});
