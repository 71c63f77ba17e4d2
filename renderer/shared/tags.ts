// Tags, on articles and on highlights: what the user may type, how it is read, and when it is
// refused. One rule for both, so a tag that is accepted in the library is accepted in the Notes
// view, in a backup and from a synced device alike.

/** Longest tag, in characters (code points, so an Arabic letter with a mark counts as two). */
export const MAX_TAG_LENGTH = 50;
/** Most tags one article or one highlight may carry. */
export const MAX_TAGS = 50;

/** Separators between tags in one entry: Latin and Arabic commas and semicolons, new lines. */
const SEPARATORS = /[,،;؛\n]/;

export type TagProblem =
  /** Nothing but spaces and separators. */
  | { kind: 'empty' }
  /** One tag is longer than MAX_TAG_LENGTH; `tag` is it. */
  | { kind: 'too-long'; tag: string }
  /** Adding these would go past MAX_TAGS. */
  | { kind: 'too-many' };

export type TagEntry = { ok: true; tags: string[] } | { ok: false; problem: TagProblem };

function tidy(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function lengthOf(tag: string): number {
  return [...tag].length;
}

/** The same tag, whatever its case ("Travel" and "travel"). */
export function sameTag(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

/** Whether a stored tag is one this rule could have produced (for rows from backups and sync). */
export function isValidTag(tag: string): boolean {
  return tag !== '' && tidy(tag) === tag && lengthOf(tag) <= MAX_TAG_LENGTH && !SEPARATORS.test(tag);
}

/**
 * What the user typed into a tag box, as tags: "a, b ،c" → ["a", "b", "c"], spaces collapsed,
 * repeats dropped. Refused as a whole — nothing is cut or silently dropped — when it holds no
 * tag at all or when one tag is over MAX_TAG_LENGTH characters, so the user can mend the entry.
 */
export function readTagEntry(input: string): TagEntry {
  const tags: string[] = [];
  for (const raw of input.split(SEPARATORS)) {
    const tag = tidy(raw);
    if (tag === '') continue;
    if (lengthOf(tag) > MAX_TAG_LENGTH) return { ok: false, problem: { kind: 'too-long', tag } };
    if (!tags.some((have) => sameTag(have, tag))) tags.push(tag);
  }
  return tags.length === 0 ? { ok: false, problem: { kind: 'empty' } } : { ok: true, tags };
}

/** `existing` plus `added` without repeats, or refused when that would pass MAX_TAGS. */
export function addTags(existing: readonly string[], added: readonly string[]): TagEntry {
  const tags = [...existing];
  for (const tag of added) if (!tags.some((have) => sameTag(have, tag))) tags.push(tag);
  return tags.length > MAX_TAGS && tags.length > existing.length
    ? { ok: false, problem: { kind: 'too-many' } }
    : { ok: true, tags };
}
