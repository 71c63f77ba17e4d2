// A translated message with a piece of user text (an article title) in it, rendered with that
// piece in a <bdi>: an Arabic title inside an English sentence (or the reverse) keeps its own
// order and does not pull the sentence's numbers and punctuation into it. The message is
// translated with a placeholder character in the value's place and split there, so the title
// is only ever text, never parsed.

import type { ReactNode } from 'react';

/** A private-use character: never in a catalog, so it marks the value's place. */
export const VALUE_PLACE = '\uE000';

export function WithIsolated({ message, value }: { message: string; value: string }): ReactNode {
  const [before, ...rest] = message.split(VALUE_PLACE);
  if (rest.length === 0) return message;
  return (
    <>
      {before}
      <bdi>{value}</bdi>
      {rest.join(value)}
    </>
  );
}
