import { describe, expect, it } from 'vitest';
import { analyze } from '../../text/analyzer/analyze';
import { parseQuery } from '../../text/analyzer/query';
import { makeSnippet, markedRanges, phraseRanges, SNIPPET_LENGTH } from './snippet';

describe('markedRanges', () => {
  it('marks every word whose form or stem key was matched, at its original range', () => {
    const text = 'زرتُ المكتبات، ومكتبتي صغيرة. Libraries!';
    const marks = markedRanges(analyze(text), new Set(['f~مكتب', 'libraries']));
    // ومكتبتي is مكتبة under a pronoun: its ت was ة (readings.ts).
    expect(marks.map(({ start, end }) => text.slice(start, end))).toEqual(['المكتبات', 'ومكتبتي', 'Libraries']);
  });

  it('marks a word through its folded ؤ/ئ spelling', () => {
    const text = 'سألني عن سؤالها';
    const marks = markedRanges(analyze(text), new Set(['سوال']));
    expect(marks.map(({ start, end }) => text.slice(start, end))).toEqual(['سؤالها']);
  });
});

describe('phraseRanges', () => {
  const phrase = parseQuery('"الحرب الباردة"').phrases[0]!;

  it('finds the words side by side and in order, whatever their diacritics', () => {
    const text = 'في الحربِ البارِدةِ وبعدها';
    const [range] = phraseRanges(analyze(text), phrase);
    expect(text.slice(range!.start, range!.end)).toBe('الحربِ البارِدةِ');
  });

  it('does not find them apart or reversed', () => {
    expect(phraseRanges(analyze('الحرب ثم الباردة'), phrase)).toEqual([]);
    expect(phraseRanges(analyze('الباردة الحرب'), phrase)).toEqual([]);
  });
});

describe('makeSnippet', () => {
  it('keeps a short text whole', () => {
    expect(makeSnippet('  نص قصير  ', [{ start: 2, end: 4 }])).toEqual({
      text: 'نص قصير',
      marks: [{ start: 0, end: 2 }],
      cutStart: false,
      cutEnd: false,
    });
  });

  it('cuts a long text around the first mark, at spaces, with marks made relative', () => {
    const words = Array.from({ length: 120 }, (_, i) => `كلمة${i}`);
    const text = words.join(' ');
    const target = text.indexOf('كلمة60');
    const snippet = makeSnippet(text, [{ start: target, end: target + 6 }]);
    expect(snippet.cutStart).toBe(true);
    expect(snippet.cutEnd).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(SNIPPET_LENGTH);
    expect(snippet.text.startsWith('كلمة')).toBe(true);
    const [mark] = snippet.marks;
    expect(snippet.text.slice(mark!.start, mark!.end)).toBe('كلمة60');
  });

  it('starts at the beginning when nothing is marked', () => {
    const text = 'ا '.repeat(300);
    const snippet = makeSnippet(text, []);
    expect(snippet.cutStart).toBe(false);
    expect(snippet.marks).toEqual([]);
  });
});
