// A value or a typed error. Used wherever a failure has a user-facing reason, and across the
// IPC boundary, where thrown errors lose their type.

export type Result<T, E extends string = string> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E; readonly detail?: string };

export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

export function err<E extends string>(error: E, detail?: string): Result<never, E> {
  return detail === undefined ? { ok: false, error } : { ok: false, error, detail };
}
