import type { TextSelectors } from './quoteSelector';
export type AnchorMethod = 'position' | 'exact' | 'fuzzy';
export interface Anchor {
    start: number;
    end: number;
    method: AnchorMethod;
    /** 0..1: how well quote and context agree. */
    score: number;
}
export declare function anchorQuote(text: string, selectors: TextSelectors): Anchor | null;
