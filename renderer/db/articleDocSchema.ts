// What a stored article's body must look like: the block model (article/types.ts) as a schema,
// for bodies that come from outside the page's own code — a backup being restored, the
// extraction frame's answer. Checked against the types at compile time (both ways).

import { z } from '../validation/zod';
import type { ArticleDoc, Block, InlineMark } from '../article/types';

const offset = z.number().int().nonnegative();

const inlineMark = z
  .strictObject({
    type: z.enum(['em', 'strong', 'code', 'link']),
    start: offset,
    end: offset,
    href: z.string().optional(),
  })
  .refine((mark) => mark.start <= mark.end, 'a mark must not end before it starts');

const blockBase = {
  text: z.string(),
  marks: z.array(inlineMark).readonly().optional(),
  dir: z.enum(['rtl', 'ltr', 'auto']).optional(),
};

const block = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('paragraph'), ...blockBase }),
    z.strictObject({
      kind: z.literal('heading'),
      level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]),
      ...blockBase,
    }),
    z.strictObject({ kind: z.literal('quote'), ...blockBase }),
    z.strictObject({
      kind: z.literal('listItem'),
      ordered: z.boolean(),
      depth: z.number().int().nonnegative(),
      ...blockBase,
    }),
    z.strictObject({ kind: z.literal('preformatted'), ...blockBase }),
    z.strictObject({ kind: z.literal('image'), src: z.string(), alt: z.string(), ...blockBase }),
    z.strictObject({ kind: z.literal('rule'), ...blockBase }),
  ])
  .refine(
    (candidate) => (candidate.marks ?? []).every((mark) => mark.end <= candidate.text.length),
    'a mark must lie inside its block',
  );

export const articleDocSchema = z.strictObject({
  extractionVersion: z.number().int().nonnegative(),
  lang: z.string(),
  dir: z.enum(['rtl', 'ltr']),
  blocks: z.array(block).readonly(),
});

type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Same<A, B> = Mutual<A, B> extends true ? Mutual<keyof A, keyof B> : false;
const schemasMatchTypes: [
  Same<z.infer<typeof inlineMark>, InlineMark>,
  Same<z.infer<typeof block>, Block>,
  Same<z.infer<typeof articleDocSchema>, ArticleDoc>,
] = [true, true, true];
void schemasMatchTypes;
