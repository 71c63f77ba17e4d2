// What the user typed, as the index understands it: words that must all match (AND), quoted
// phrases whose words must also stand in order, and prefix matching on the last word while it
// is still being typed. Analyzed with the same pipeline as the documents.

import { analyzeQuery, ANALYZER_OPTIONS, type AnalyzerOptions } from './analyze';

export interface QueryTerm {
  /** The normalized word: its exact form. */
  readonly term: string;
  /** The index terms its stem matches: stem keys of compatible suffix classes (stemKeys.ts). */
  readonly stemKeys: readonly string[];
  /** Match longer words that start with this one too (the word is still being typed). */
  readonly prefix: boolean;
  /** Where the word stands in the query as typed (UTF-16 code units, end exclusive). */
  readonly start: number;
  readonly end: number;
}

export interface ParsedQuery {
  /** Every word of the query, phrases' words included: a hit contains all of them. */
  readonly terms: readonly QueryTerm[];
  /** Quoted phrases, each two words or more: a hit has the words side by side, in order. */
  readonly phrases: readonly (readonly QueryTerm[])[];
}

/** A prefix shorter than this would match a large part of the vocabulary and mean little. */
const MIN_PREFIX_LENGTH = 3;

const OPENING_QUOTE = /["“«„]/u;
const CLOSING_QUOTE: Readonly<Record<string, string>> = { '"': '"', '“': '”', '«': '»', '„': '“' };

interface Part {
  text: string;
  quoted: boolean;
  /** Where the part starts in the input. */
  offset: number;
}

/** Splits the input at quoted stretches. An unclosed quote quotes nothing: the user is still typing. */
function splitQuoted(input: string): Part[] {
  const parts: Part[] = [];
  let rest = input;
  let offset = 0;
  for (;;) {
    const open = rest.search(OPENING_QUOTE);
    if (open < 0) break;
    const quote = rest[open]!;
    const close = rest.indexOf(CLOSING_QUOTE[quote]!, open + 1);
    if (close < 0) break;
    parts.push({ text: rest.slice(0, open), quoted: false, offset });
    parts.push({ text: rest.slice(open + 1, close), quoted: true, offset: offset + open + 1 });
    rest = rest.slice(close + 1);
    offset += close + 1;
  }
  parts.push({ text: rest, quoted: false, offset });
  return parts;
}

/** What a search reads of a query: longer input is cut here (a pasted page is no question). */
export const MAX_QUERY_LENGTH = 256;

/** The query cut to MAX_QUERY_LENGTH, at a space where one is near, and whether it was cut. */
export function limitQuery(input: string): { text: string; shortened: boolean } {
  if (input.length <= MAX_QUERY_LENGTH) return { text: input, shortened: false };
  let cut = input.slice(0, MAX_QUERY_LENGTH);
  // Never half a surrogate pair; and a word cut in two would be searched as a prefix.
  if (/[\ud800-\udbff]$/u.test(cut)) cut = cut.slice(0, -1);
  const space = cut.search(/\s\S*$/u);
  return { text: space > MAX_QUERY_LENGTH / 2 ? cut.slice(0, space + 1) : cut, shortened: true };
}

export function parseQuery(input: string, options: AnalyzerOptions = ANALYZER_OPTIONS): ParsedQuery {
  const terms: QueryTerm[] = [];
  const phrases: QueryTerm[][] = [];
  const parts = splitQuoted(input);
  parts.forEach((part, index) => {
    const tokens = analyzeQuery(part.text, options);
    const isLastPart = index === parts.length - 1;
    const stillTyping = isLastPart && !part.quoted && !/\s$/u.test(part.text) && part.text !== '';
    const partTerms = tokens.map((token, i): QueryTerm => {
      const last = stillTyping && i === tokens.length - 1;
      return {
        term: token.term,
        stemKeys: token.stemKeys,
        prefix: last && token.term.length >= MIN_PREFIX_LENGTH,
        start: part.offset + token.start,
        end: part.offset + token.end,
      };
    });
    terms.push(...partTerms);
    if (part.quoted && partTerms.length > 1) phrases.push(partTerms);
  });
  return { terms, phrases };
}
