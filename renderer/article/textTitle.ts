// The title of a plain text that came without one (pasted, or a .txt file). Its first line is
// the title when it reads as one: short, and not ending as a sentence does. A first line that
// reads as a sentence — it ends with . ? ؟ ! or …, or it is long — is the text's opening, so it
// stays in the body and the title is its first words, cut at a word boundary with an ellipsis.

/** More than this many characters or words, and a first line is a sentence, not a title. */
export const MAX_TITLE_LINE_CHARS = 100;
export const MAX_TITLE_LINE_WORDS = 16;
/** A title made of a sentence's first words holds at most this many characters and words. */
export const FIRST_WORDS_CHARS = 60;
export const FIRST_WORDS_COUNT = 8;

// Sentence-final marks (Latin, Arabic, Urdu full stop, ellipsis), before any closing quotes or brackets.
const SENTENCE_END = /[.!?؟…۔][\s"'»”’)\]}]*$/u;
// Marks that end a clause rather than a title: dropped where the first words are cut.
const TRAILING_CLAUSE_MARKS = /[\s,،;؛:\-–—(«“‘"'[]+$/u;
// Format characters (bidi marks, zero-width spaces and joiners, a byte order mark) show nothing.
const INVISIBLE = /[\s\p{Cf}]/gu;
const INVISIBLE_EDGES = /^[\s\p{Cf}]+|[\s\p{Cf}]+$/gu;

/** True when the text holds something visible: not only white space, bidi marks or zero-width characters. */
export function hasVisibleText(text: string): boolean {
  return text.replace(INVISIBLE, '') !== '';
}

function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** True when a line reads as a sentence (its final punctuation, or its length), not as a title. */
export function readsAsSentence(line: string): boolean {
  const flat = flatten(line);
  if (flat.length > MAX_TITLE_LINE_CHARS) return true;
  if (flat.split(' ').length > MAX_TITLE_LINE_WORDS) return true;
  return SENTENCE_END.test(flat);
}

/**
 * The first words of a text, cut at a word boundary and ending in "…" when anything was cut;
 * the whole text when it is short. A first word longer than the limit (an address, say) is cut
 * inside, never inside a character.
 */
export function firstWords(text: string, maxChars = FIRST_WORDS_CHARS, maxWords = FIRST_WORDS_COUNT): string {
  const words = flatten(text).split(' ');
  if (words.length <= maxWords && words.join(' ').length <= maxChars) return words.join(' ');
  let kept = '';
  for (const word of words.slice(0, maxWords)) {
    const next = kept === '' ? word : `${kept} ${word}`;
    if (next.length > maxChars) break;
    kept = next;
  }
  if (kept === '')
    kept = Array.from(words[0] ?? '')
      .slice(0, maxChars)
      .join('');
  return `${kept.replace(TRAILING_CLAUSE_MARKS, '')}…`;
}

export interface TextTitle {
  /** The title, or null when the text has no first line to take one from. */
  readonly title: string | null;
  /** The text the article is made of. */
  readonly body: string;
}

/**
 * Splits a text without a given title into its title and body. A short first line without
 * final punctuation is the title and leaves the body; otherwise the whole text is the body and
 * the title is the first words of its first line (`fallback` first, when there is one, as a
 * file's name). A text of one line is both title and body.
 */
export function titleOfText(text: string, fallback: string | null = null): TextTitle {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  // Leading lines that show nothing (blank, or only bidi marks) are not the first line.
  const first = lines.findIndex(hasVisibleText);
  if (first === -1) return { title: fallback, body: '' };
  const normalized = lines.slice(first).join('\n');
  const firstLine = flatten(lines[first]!.replace(INVISIBLE_EDGES, ''));
  const rest = lines.slice(first + 1).join('\n');
  if (!readsAsSentence(firstLine) && hasVisibleText(rest)) return { title: firstLine, body: rest };
  return { title: fallback ?? firstWords(firstLine), body: normalized };
}
