// The indexed fields, numbered as MiniSearch numbered them (text 0, title 1, tags 2), so that
// scores are computed over the same field statistics as before.

export const FIELDS = ['text', 'title', 'tags'] as const;
export type FieldName = (typeof FIELDS)[number];
export const FIELD_COUNT = FIELDS.length;
export const TEXT_FIELD = 0;
export const TITLE_FIELD = 1;
export const TAGS_FIELD = 2;
