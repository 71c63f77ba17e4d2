// Escaping user and article text for Markdown, so a quote that contains *, _, [, # or a
// leading "1." reads as the same text and not as formatting.

const INLINE_SPECIALS = /[\\`*_[\]<>|~]/g;
const LINE_START_MARK = /^(\s*)([#>+-])/;
const LINE_START_NUMBER = /^(\s*)(\d+)([.)])/;

export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(INLINE_SPECIALS, (char) => `\\${char}`)
        .replace(LINE_START_MARK, '$1\\$2')
        .replace(LINE_START_NUMBER, '$1$2\\$3'),
    )
    .join('\n');
}

/** Every line prefixed for a blockquote; blank lines stay inside the quote. */
export function blockquote(text: string): string {
  return escapeMarkdown(text)
    .split('\n')
    .map((line) => (line.trim() === '' ? '>' : `> ${line}`))
    .join('\n');
}
