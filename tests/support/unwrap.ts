// For tests and the harness: the value of a Result that must have succeeded, or an error that
// says which failure came back instead.

import type { Result } from '../../electron/common/result';

export function unwrap<T>(result: Result<T, string>): T {
  if (!result.ok)
    throw new Error(`Expected success, got "${result.error}"${result.detail ? `: ${result.detail}` : ''}`);
  return result.value;
}
