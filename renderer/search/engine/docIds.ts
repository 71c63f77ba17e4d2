// Ids of the index's documents. Articles are indexed per block, so a hit knows its block:
// `<articleId>#<block>` (and `<articleId>#title` for the title and tags); highlights and notes
// are indexed whole as `h:<id>` and `n:<id>`. Row ids are UUIDs, so the forms never collide.

export type DocRef =
  | { kind: 'block'; articleId: string; block: number }
  | { kind: 'title'; articleId: string }
  | { kind: 'highlight'; id: string }
  | { kind: 'note'; id: string };

const TITLE = 'title';

export const blockDocId = (articleId: string, block: number): string => `${articleId}#${block}`;
export const titleDocId = (articleId: string): string => `${articleId}#${TITLE}`;
export const highlightDocId = (id: string): string => `h:${id}`;
export const noteDocId = (id: string): string => `n:${id}`;

export function parseDocId(docId: string): DocRef {
  if (docId.startsWith('h:')) return { kind: 'highlight', id: docId.slice(2) };
  if (docId.startsWith('n:')) return { kind: 'note', id: docId.slice(2) };
  const hash = docId.lastIndexOf('#');
  const articleId = docId.slice(0, hash);
  const part = docId.slice(hash + 1);
  return part === TITLE ? { kind: 'title', articleId } : { kind: 'block', articleId, block: Number(part) };
}
