import { describe, expect, it } from 'vitest';
import { firstWords } from './useHighlightLabels';

describe('firstWords', () => {
  it('quotes a short passage whole', () => {
    expect(firstWords('النتائج ستُعلن')).toBe('النتائج ستُعلن');
  });

  it('quotes the first three words of a longer one, and says it goes on', () => {
    expect(firstWords('وأن النتائج ستُعلن قريبًا')).toBe('وأن النتائج ستُعلن…');
  });

  it('takes any run of white space as one gap, and none at the ends', () => {
    expect(firstWords('  Microsoft\u00a0 و\tGitHub \n')).toBe('Microsoft و GitHub');
  });
});
