import { type TextSelectors } from '../../renderer/highlights/quoteSelector';
export interface ReanchorScenario {
    original: string;
    edited: string;
    highlights: TextSelectors[];
}
export declare function reanchorScenario(seed?: number, size?: number, highlightCount?: number, edits?: number): ReanchorScenario;
