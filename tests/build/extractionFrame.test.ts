// The extraction frame's script as the build makes it: its compile hint on the first line, and
// the edits of Readability and DOMPurify (electron/build/) applied to the copies it bundles.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExtractionScript, COMPILE_ALL_ON_LOAD } from '../../electron/build/extractionFrame';

const ENTRY = path.resolve(import.meta.dirname, '../../renderer/import/extraction/frame.ts');

describe('the extraction frame script', () => {
  it('asks to be compiled as it loads and bundles the edited libraries', async () => {
    const code = await buildExtractionScript(ENTRY, true);
    expect(code.split('\n', 1)[0]).toBe(COMPILE_ALL_ON_LOAD);
    expect(code.indexOf(COMPILE_ALL_ON_LOAD, 1)).toBe(-1);
    // DOMPurify's unapply is a bound call; Readability's text is read when asked; its log line is guarded.
    expect(code).toContain('Function.prototype.call.bind');
    expect(code).not.toMatch(/new Array\(\w+>1\?\w+-1:0\)[^}]*return \w+\(\w+,\w+,\w+\)/);
    expect(code).toMatch(/get textContent\(\)\{return \w+\.textContent\}/);
    expect(code).toMatch(/if\(this\._debug\)this\.log\(`Grabbed: `/);
    // Readability keeps absolute addresses as they are.
    expect(code).toContain('/^(?:https?:\\/\\/|mailto:)/i.test(');
    // Readability finds text lengths without reading whole texts again, reads inline styles only
    // where there are some, and copies the page's nodes instead of serializing them.
    expect(code).toContain('_hamishCandidateLengths(');
    expect(code).toContain('_hamishTextLengthBelow(');
    expect(code).toMatch(/_isProbablyVisible\(\w+\)\{return\(!\w+\.hasAttribute\(`style`\)\|\|/);
    expect(code).toMatch(/var \w+=\w+\.cloneNode\(true\);while\(true\)/);
    // DOMPurify imports a node without walking it for shadow roots...
    expect(code).toMatch(/else \w+\.appendChild\(\w+\)\}else\{/);
    // ...which nothing in the frame can attach: nothing calls attachShadow or parses with shadow roots.
    expect(code).not.toMatch(/attachShadow|HTMLUnsafe/);
  });
});
