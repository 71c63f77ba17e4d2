import { describe, expect, it } from 'vitest';
import { blockStartOffsets, canonicalText } from './canonicalText';
import { splitTitle, textToBlocks, textToDoc } from './textToDoc';

describe('textToBlocks', () => {
  it('makes one paragraph per non-empty line', () => {
    const blocks = textToBlocks('الفقرة الأولى.\n\n\nالفقرة الثانية.\r\nThe third one.');
    expect(blocks.map((block) => [block.kind, block.text])).toEqual([
      ['paragraph', 'الفقرة الأولى.'],
      ['paragraph', 'الفقرة الثانية.'],
      ['paragraph', 'The third one.'],
    ]);
  });

  it('takes a short unpunctuated line between paragraphs as a subheading', () => {
    const blocks = textToBlocks('مقدمة طويلة تنتهي بنقطة.\nخلفية تاريخية\nنص الفقرة التالية.');
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
  });

  it('does not make headings of punctuated, long, first or last lines', () => {
    const blocks = textToBlocks(
      'First line\nA line that ends with a colon:\nهل هذا سؤال؟\n' + 'كلمة '.repeat(20) + '\nLast line',
    );
    expect(blocks.every((block) => block.kind === 'paragraph')).toBe(true);
  });

  it('collapses runs of white space inside a line', () => {
    expect(textToBlocks('  a \t  b  ')[0]!.text).toBe('a b');
  });
});

describe('textToDoc', () => {
  it('takes direction from the language, else from the first strong character', () => {
    expect(textToDoc('Hello', 'ar').dir).toBe('rtl');
    expect(textToDoc('«مرحبا» Hamish').dir).toBe('rtl');
    expect(textToDoc('2026: Hamish مرحبا').dir).toBe('ltr');
    expect(textToDoc('«مرحبا»').lang).toBe('ar');
  });

  it('gives offsets into the canonical text for each block', () => {
    const doc = textToDoc('one.\ntwo.\nthree.');
    expect(canonicalText(doc)).toBe('one.\n\ntwo.\n\nthree.');
    expect(blockStartOffsets(doc)).toEqual([0, 6, 12]);
  });
});

describe('splitTitle', () => {
  it('splits the first line off, ignoring a BOM and leading blank lines', () => {
    expect(splitTitle('\uFEFF\n\nالعنوان\nالنص\nالمزيد')).toEqual({ title: 'العنوان', body: 'النص\nالمزيد' });
    expect(splitTitle('Only a title')).toEqual({ title: 'Only a title', body: '' });
  });
});
