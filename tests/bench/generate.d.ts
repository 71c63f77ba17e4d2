/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG. */
export declare function seededRandom(seed: number): () => number;
export interface TextGenerator {
    word(): string;
    sentence(): string;
    paragraph(): string;
    /** Paragraphs until the text reaches `chars` UTF-16 code units. */
    paragraphs(chars: number): string[];
}
export declare function createTextGenerator(seed: number): TextGenerator;
