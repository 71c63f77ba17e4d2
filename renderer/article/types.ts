// The article model: what every imported article is converted into, once. Rendering,
// highlights, search and progress all speak in offsets into its canonical text.

export type BlockDirection = 'rtl' | 'ltr' | 'auto';

export interface InlineMark {
  readonly type: 'em' | 'strong' | 'code' | 'link';
  /** Offsets into the block's `text`, UTF-16 code units, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly href?: string;
}

interface BlockBase {
  readonly text: string;
  readonly marks?: readonly InlineMark[];
  readonly dir?: BlockDirection;
}

export type Block =
  | (BlockBase & { readonly kind: 'paragraph' })
  | (BlockBase & { readonly kind: 'heading'; readonly level: 1 | 2 | 3 | 4 | 5 | 6 })
  | (BlockBase & { readonly kind: 'quote' })
  | (BlockBase & { readonly kind: 'listItem'; readonly ordered: boolean; readonly depth: number })
  | (BlockBase & { readonly kind: 'preformatted' })
  | (BlockBase & { readonly kind: 'image'; readonly src: string; readonly alt: string })
  | (BlockBase & { readonly kind: 'rule' });

export type BlockKind = Block['kind'];

export interface ArticleDoc {
  /** Bumped whenever conversion changes how the same input maps to blocks. */
  readonly extractionVersion: number;
  readonly lang: string;
  readonly dir: 'rtl' | 'ltr';
  readonly blocks: readonly Block[];
}

export const EXTRACTION_VERSION = 2;
