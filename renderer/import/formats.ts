// The three formats Hamish imports, and how a file name or a fetched page's type says which.
// Apart from the conversion itself, so the code that reads and fetches does not load it.

export type DocumentFormat = 'text' | 'markdown' | 'html';

/** The format a file name says, or null for a file Hamish does not import. */
export function formatOfFileName(name: string): DocumentFormat | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.txt')) return 'text';
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  return null;
}

/** The format of a fetched page, by its Content-Type and, failing that, its first characters. */
export function formatOfContentType(mediaType: string, text: string): DocumentFormat {
  if (mediaType === 'text/plain') return 'text';
  if (mediaType === 'text/markdown' || mediaType === 'text/x-markdown') return 'markdown';
  if (mediaType === '' && !/^\s*</.test(text)) return 'text';
  return 'html';
}
