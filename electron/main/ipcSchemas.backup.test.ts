import { describe, expect, it } from 'vitest';
import { invokeArgSchemas } from './ipcSchemas';

const data = new Uint8Array([123, 125]);

describe('backup IPC argument schemas', () => {
  it('accept what the renderer sends', () => {
    expect(invokeArgSchemas['backup:save-file'].safeParse([data, 'hamish-backup-2026-03-01.json']).success).toBe(true);
    expect(invokeArgSchemas['backup:open-file'].safeParse([]).success).toBe(true);
    expect(invokeArgSchemas['backup:save-automatic'].safeParse([data, 'pre-upgrade']).success).toBe(true);
    expect(invokeArgSchemas['backup:list-automatic'].safeParse([]).success).toBe(true);
    expect(
      invokeArgSchemas['backup:read-automatic'].safeParse(['hamish-2026-03-01T09-30-05-042Z-daily.json']).success,
    ).toBe(true);
  });

  it('refuse paths, empty or non-byte data, unknown reasons and extra arguments', () => {
    const bad: [keyof typeof invokeArgSchemas, unknown[]][] = [
      ['backup:save-file', [data, '../../.bashrc']],
      ['backup:save-file', [data, 'C:\\Windows\\evil.json']],
      ['backup:save-file', [data, '..']],
      ['backup:save-file', [new Uint8Array(), 'x.json']],
      ['backup:save-file', ['{"a":1}', 'x.json']],
      ['backup:save-file', [[1, 2, 3], 'x.json']],
      ['backup:open-file', ['/etc/passwd']],
      ['backup:save-automatic', [data, 'weekly']],
      ['backup:save-automatic', [data]],
      ['backup:read-automatic', ['../hamish-2026-03-01T09-30-05-042Z-daily.json']],
      ['backup:read-automatic', ['/home/user/.ssh/id_rsa']],
      ['backup:read-automatic', [42]],
      ['backup:list-automatic', [1]],
    ];
    for (const [channel, args] of bad) {
      expect(invokeArgSchemas[channel].safeParse(args).success, `${channel} ${JSON.stringify(args)}`).toBe(false);
    }
  });
});
