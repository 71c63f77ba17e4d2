import { describe, expect, it } from 'vitest';
import { compatibleClasses, documentStemKey, queryStemKeys, suffixClass } from './stemKeys';

// Suffixes as splitSuffixes gives them from a word whose ة was restored.

describe('suffix classes: one rule each', () => {
  it.each([
    ['ة: feminine', 'مدرس', ['ة'], 'f'],
    ['ات: feminine', 'مكتب', ['ات'], 'f'],
    ['ات under a pronoun: feminine', 'مكتب', ['ها', 'ات'], 'f'],
    ['ه: either, the pronoun or ة without its dots', 'مكتب', ['ه'], 'x'],
    ['يه: either', 'عرب', ['يه'], 'x'],
    ['nothing: masculine', 'مكتب', [], 'm'],
    ['ون: masculine', 'معلم', ['ون'], 'm'],
    ['ين: masculine', 'معلم', ['ين'], 'm'],
    ['ان: masculine', 'كتاب', ['ان'], 'm'],
    ['ها: masculine', 'كتاب', ['ها'], 'm'],
    ['nisba ي: masculine', 'عرب', ['ي'], 'm'],
    ['nisba ية: masculine, one adjective with ي', 'عرب', ['ية'], 'm'],
    ['nisba plural ات + ي: masculine', 'عرب', ['ات', 'ي'], 'm'],
  ])('%s', (_rule, stem, suffixes, expected) => {
    expect(suffixClass(stem, suffixes)).toBe(expected);
  });

  it('gives a two-letter stem its suffixes as spelled, ة and ه one letter and ات with them', () => {
    expect(suffixClass('قر', ['ان'])).toBe('sان');
    expect(suffixClass('قر', ['ية'])).toBe('sيه');
    expect(suffixClass('قر', ['يه'])).toBe('sيه');
    expect(suffixClass('قر', ['ي'])).toBe('sي');
    expect(suffixClass('سن', ['ة'])).toBe('sه');
    expect(suffixClass('سن', ['ه'])).toBe('sه');
    expect(suffixClass('لغ', ['ات'])).toBe('sه');
    expect(suffixClass('ام', [])).toBe('s');
  });
});

describe('compatible classes', () => {
  it('a feminine query word matches feminine and either forms only', () => {
    expect(compatibleClasses('f')).toEqual(['f', 'x']);
  });

  it('a masculine or either query word matches every form', () => {
    expect([...compatibleClasses('m')].sort()).toEqual(['f', 'm', 'x']);
    expect([...compatibleClasses('x')].sort()).toEqual(['f', 'm', 'x']);
  });

  it('a two-letter stem matches its own suffixes only', () => {
    expect(compatibleClasses('sان')).toEqual(['sان']);
    expect(compatibleClasses('s')).toEqual(['s']);
  });
});

describe('stem keys', () => {
  it('a document word that lost an affix is indexed by its stem under its class', () => {
    expect(documentStemKey('المكتبات', 'مكتب', 'f')).toBe('f~مكتب');
  });

  it('a document word that lost nothing is its own stem: no key', () => {
    expect(documentStemKey('مكتب', 'مكتب', 'm')).toBeNull();
  });

  it('a masculine stem is keyed by the bare stem, so it shares postings with the word that is that stem', () => {
    expect(documentStemKey('المكتب', 'مكتب', 'm')).toBe('مكتب');
    expect(documentStemKey('الام', 'ام', 's')).toBe('ام');
  });

  it('a query word looks up the keys of its compatible classes', () => {
    expect(queryStemKeys('مكتب', 'f')).toEqual(['f~مكتب', 'x~مكتب']);
    expect(queryStemKeys('مكتب', 'm')).toEqual(['مكتب', 'x~مكتب', 'f~مكتب']);
    expect(queryStemKeys('مكتب', 'x')).toEqual(['مكتب', 'x~مكتب', 'f~مكتب']);
  });

  it('a two-letter stem looks up its own suffixes only', () => {
    expect(queryStemKeys('قر', 'sان')).toEqual(['sان~قر']);
    expect(queryStemKeys('ام', 's')).toEqual(['ام']);
  });
});
