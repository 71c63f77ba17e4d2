import { describe, expect, it } from 'vitest';
import { firstWords, hasVisibleText, readsAsSentence, titleOfText } from './textTitle';

const AR_SENTENCE =
  'قال الرئيس في مؤتمر صحفي عقده اليوم إن الحكومة ستعمل على تحسين الأوضاع الاقتصادية للمواطنين خلال العام المقبل.';

describe('readsAsSentence', () => {
  it('takes a line ending in . ? ؟ ! or … as a sentence, also before closing quotes', () => {
    for (const line of [
      'The council met today.',
      'Why does it matter?',
      'هل انتهى الاجتماع؟',
      'يا له من يوم!',
      'ثم مضى…',
      'He said “go.”',
      'قال: «انتهى.»',
    ])
      expect(readsAsSentence(line), line).toBe(true);
  });

  it('takes a long line as a sentence even without final punctuation', () => {
    expect(readsAsSentence('word '.repeat(17))).toBe(true);
    expect(readsAsSentence('ا'.repeat(101))).toBe(true);
  });

  it('takes a short line without final punctuation as a title, in both scripts and mixed', () => {
    for (const line of [
      'Notes from the meeting',
      'خطة الحكومة الجديدة',
      'إطار Electron في 2026',
      'Python هي لغة برمجة',
    ])
      expect(readsAsSentence(line), line).toBe(false);
  });
});

describe('firstWords', () => {
  it('keeps a short text whole, without an ellipsis', () => {
    expect(firstWords('See you at ten.')).toBe('See you at ten.');
    expect(firstWords('هل انتهى الاجتماع؟')).toBe('هل انتهى الاجتماع؟');
  });

  it('cuts a long Arabic sentence at a word boundary and adds an ellipsis', () => {
    const title = firstWords(AR_SENTENCE);
    expect(title).toBe('قال الرئيس في مؤتمر صحفي عقده اليوم إن…');
    expect(AR_SENTENCE.startsWith(title.slice(0, -1))).toBe(true);
  });

  it('cuts a long English sentence at a word boundary within the character limit', () => {
    const title = firstWords(
      'Extraordinarily comprehensive preparations notwithstanding, the committee postponed everything.',
    );
    expect(title).toBe('Extraordinarily comprehensive preparations notwithstanding…');
    expect(title.length).toBeLessThanOrEqual(61);
  });

  it('drops a comma or colon left where the words were cut (Arabic and Latin marks)', () => {
    expect(firstWords('أولاً، ثانياً، ثالثاً، رابعاً، خامساً، سادساً، سابعاً، ثامناً، تاسعاً، عاشراً.')).toBe(
      'أولاً، ثانياً، ثالثاً، رابعاً، خامساً، سادساً، سابعاً…',
    );
    expect(firstWords('one, two, three, four, five, six, seven, eight, nine.')).toBe(
      'one, two, three, four, five, six, seven, eight…',
    );
  });

  it('keeps mixed-direction words in their order', () => {
    expect(firstWords('يستخدم Electron إطاراً لبناء تطبيقات سطح المكتب، وقد أصدرت GitHub النسخة 3.5 في 2026.')).toBe(
      'يستخدم Electron إطاراً لبناء تطبيقات سطح المكتب، وقد…',
    );
  });

  it('cuts a single overlong word by characters, never inside a surrogate pair', () => {
    const title = firstWords('😀'.repeat(80));
    expect(title).toBe(`${'😀'.repeat(60)}…`);
  });
});

describe('titleOfText', () => {
  it('takes a short first line without final punctuation as the title, out of the body', () => {
    expect(titleOfText('خطة الحكومة\nالفقرة الأولى.')).toEqual({ title: 'خطة الحكومة', body: 'الفقرة الأولى.' });
    expect(titleOfText('\n\n  Meeting notes  \r\nWe met.')).toEqual({ title: 'Meeting notes', body: 'We met.' });
  });

  it('keeps a first line that reads as a sentence in the body and titles the text by its first words', () => {
    const text = `${AR_SENTENCE}\nوأضاف أن هناك تحديات.`;
    expect(titleOfText(text)).toEqual({ title: 'قال الرئيس في مؤتمر صحفي عقده اليوم إن…', body: text });
    expect(titleOfText('Is this the title?\nNo, it is not.')).toEqual({
      title: 'Is this the title?',
      body: 'Is this the title?\nNo, it is not.',
    });
  });

  it('prefers the fallback (a file name) over the first words of a sentence, never over a real title line', () => {
    expect(titleOfText('We met today.\nMore.', 'minutes')).toEqual({ title: 'minutes', body: 'We met today.\nMore.' });
    expect(titleOfText('Minutes\nWe met today.', 'file')).toEqual({ title: 'Minutes', body: 'We met today.' });
  });

  it('titles a text of one line by it and keeps it as the body', () => {
    expect(titleOfText('Only a line')).toEqual({ title: 'Only a line', body: 'Only a line' });
  });

  it('skips leading lines that show nothing (bidi marks, zero-width spaces)', () => {
    expect(titleOfText('\u200f\u200b\n\u200fالعنوان\u200f\nالنص.')).toEqual({ title: 'العنوان', body: 'النص.' });
  });

  it('has no title and no body for text that shows nothing', () => {
    expect(titleOfText(' \n\t\u200f\u200b\uFEFF ')).toEqual({ title: null, body: '' });
  });
});

describe('hasVisibleText', () => {
  it('is false for white space, bidi marks, zero-width characters and a byte order mark', () => {
    expect(hasVisibleText('')).toBe(false);
    expect(hasVisibleText(' \n\t\u00a0\u200b\u200c\u200d\u200e\u200f\u2066\u2069\uFEFF')).toBe(false);
    expect(hasVisibleText('\u200fا')).toBe(true);
    expect(hasVisibleText('.')).toBe(true);
  });
});
