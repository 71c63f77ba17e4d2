export declare const CONTEXT_LENGTH = 32;
export interface QuoteSelector {
    readonly exact: string;
    readonly prefix: string;
    readonly suffix: string;
}
export interface PositionSelector {
    readonly start: number;
    readonly end: number;
}
export type TextSelectors = QuoteSelector & PositionSelector;
export declare function describeRange(text: string, start: number, end: number): TextSelectors;
