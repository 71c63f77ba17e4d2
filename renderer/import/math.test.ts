// @vitest-environment jsdom
// MathML → the text a reader reads aloud (math.ts).

import { describe, expect, it } from 'vitest';
import { mathText } from './math';

const IT = '\u2062';

function math(markup: string): Element {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${markup}</body>`, 'text/html');
  return doc.querySelector('math')!;
}

describe('mathText', () => {
  it('writes scripts with Unicode where it has them, else with ^ and _', () => {
    expect(
      mathText(math('<math><msub><mi>x</mi><mn>1</mn></msub><mo>+</mo><msup><mi>y</mi><mi>k</mi></msup></math>')),
    ).toBe('x₁ + y^k');
    expect(mathText(math('<math><msubsup><mi>a</mi><mi>i</mi><mn>2</mn></msubsup></math>'))).toBe('aᵢ²');
  });

  it('writes roots, fences and tables', () => {
    expect(mathText(math('<math><mroot><mi>x</mi><mn>3</mn></mroot></math>'))).toBe('³√x');
    expect(mathText(math('<math><mfenced><mi>a</mi><mi>b</mi></mfenced></math>'))).toBe('(a, b)');
    expect(
      mathText(
        math(
          '<math><mtable><mtr><mtd><mn>1</mn></mtd><mtd><mn>0</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mn>1</mn></mtd></mtr></mtable></math>',
        ),
      ),
    ).toBe('1, 0; 0, 1');
    expect(mathText(math('<math><mi>a</mi><mi>b</mi></math>'))).toBe(`a${IT}b`);
  });

  it('falls back to alttext, then to a TeX annotation, and is empty only when the formula is', () => {
    expect(mathText(math('<math alttext="E = mc^2"></math>'))).toBe('E = mc^2');
    expect(
      mathText(
        math('<math><semantics><annotation encoding="application/x-tex">E = mc^2</annotation></semantics></math>'),
      ),
    ).toBe('E = mc^2');
    expect(mathText(math('<math></math>'))).toBe('');
  });

  it('never takes the raw text of a style sheet or script inside a formula as its text', () => {
    expect(
      mathText(
        math(
          '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table>t</mtext></math>',
        ),
      ),
    ).toBe('t');
  });
});
