// Every UI string exists in Arabic and English: the same keys, no empty values, and Arabic
// plurals with all six CLDR forms wherever English has a plural.

import { describe, expect, it } from 'vitest';
import { ar } from './catalogs/ar';
import { en } from './catalogs/en';

type Tree = { readonly [key: string]: string | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;
const ARABIC_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'];

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') out.set(path, value);
    else for (const [leaf, text] of leaves(value, path)) out.set(leaf, text);
  }
  return out;
}

const baseKeys = (keys: Iterable<string>) => new Set([...keys].map((key) => key.replace(PLURAL, '')));

describe('UI catalogs', () => {
  const english = leaves(en);
  const arabic = leaves(ar);

  it('have the same keys in Arabic and English (plural forms aside)', () => {
    expect([...baseKeys(arabic.keys())].sort()).toEqual([...baseKeys(english.keys())].sort());
  });

  it('give every Arabic plural all six forms', () => {
    const plurals = baseKeys([...english.keys()].filter((key) => PLURAL.test(key)));
    for (const base of plurals) {
      for (const form of ARABIC_FORMS) expect(arabic.has(`${base}_${form}`), `${base}_${form}`).toBe(true);
    }
  });

  it('have no empty strings, and Arabic strings are in Arabic script', () => {
    for (const [key, value] of english) expect(value.trim(), key).not.toBe('');
    for (const [key, value] of arabic) {
      expect(value.trim(), key).not.toBe('');
      // The app's name may be written in Latin, and so may keys printed in Latin on Arabic keyboards (Ctrl, Esc).
      if (!key.startsWith('app.name') && !key.startsWith('keys.')) expect(value, key).toMatch(/\p{Script=Arabic}/u);
    }
  });

  it('use the same interpolation variables in both languages', () => {
    // Plural keys are compared across all their forms together: Arabic's singular and dual
    // ("كلمة واحدة", "كلمتان") rightly leave the number out.
    const variablesByBase = (catalog: Map<string, string>) => {
      const out = new Map<string, Set<string>>();
      for (const [key, text] of catalog) {
        const base = key.replace(PLURAL, '');
        const names = out.get(base) ?? new Set<string>();
        for (const match of text.matchAll(/\{\{\s*(\w+)/g)) names.add(match[1]!);
        out.set(base, names);
      }
      return out;
    };
    const arabicVariables = variablesByBase(arabic);
    for (const [base, names] of variablesByBase(english)) {
      expect([...(arabicVariables.get(base) ?? [])].sort(), base).toEqual([...names].sort());
    }
  });
});
