// Argument validation of the import channels: what main accepts from the renderer.

import { describe, expect, it } from 'vitest';
import { invokeArgSchemas, MAX_OPENED_PATHS, MAX_URL_LENGTH } from './ipcSchemas';

const ok = (channel: keyof typeof invokeArgSchemas, args: unknown[]) =>
  invokeArgSchemas[channel].safeParse(args).success;

describe('import channel schemas', () => {
  it('takes a job id and an address for fetches', () => {
    expect(ok('web:fetch-page', ['0b6f1c2a-7e00-4000-8000-000000000001', 'https://example.org/', false])).toBe(true);
    expect(ok('web:fetch-page', ['job-1', 'http://192.168.1.1/', true])).toBe(true);
    expect(ok('web:fetch-image', ['job-1', 'https://example.org/a.png'])).toBe(true);
    // The address's scheme is main's to judge (fetchPage refuses it with a reason), not the schema's.
    expect(ok('web:fetch-page', ['job-1', 'javascript:alert(1)', false])).toBe(true);
  });

  it('refuses malformed job ids, missing or oversized addresses and extra arguments', () => {
    expect(ok('web:fetch-page', ['../../etc', 'https://example.org/', false])).toBe(false);
    expect(ok('web:fetch-page', ['', 'https://example.org/', false])).toBe(false);
    expect(ok('web:fetch-page', ['job-1'])).toBe(false);
    expect(ok('web:fetch-page', ['job-1', '', false])).toBe(false);
    expect(ok('web:fetch-page', ['job-1', `https://example.org/${'a'.repeat(MAX_URL_LENGTH)}`, false])).toBe(false);
    expect(ok('web:fetch-page', ['job-1', 'https://example.org/', false, 'extra'])).toBe(false);
    // The confirmation is a boolean, never a host or anything else the renderer might slip in.
    expect(ok('web:fetch-page', ['job-1', 'https://example.org/'])).toBe(false);
    expect(ok('web:fetch-page', ['job-1', 'https://example.org/', 'yes'])).toBe(false);
    expect(ok('web:end-job', [42])).toBe(false);
  });

  it('takes a bounded list of paths to read', () => {
    expect(ok('files:read-opened', [['/home/user/article.txt']])).toBe(true);
    expect(ok('files:read-opened', [[]])).toBe(false);
    expect(ok('files:read-opened', ['/home/user/article.txt'])).toBe(false);
    expect(ok('files:read-opened', [Array.from({ length: MAX_OPENED_PATHS + 1 }, (_, i) => `/a/${i}.txt`)])).toBe(
      false,
    );
  });
});
