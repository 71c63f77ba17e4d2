// @vitest-environment jsdom
// The DOM helpers of the extraction that convert.test.ts reaches only through whole documents:
// the nesting cap and the "enough text" check that decides whether Readability's result is used.

import { describe, expect, it } from 'vitest';
import { capDepth, hasTextLength } from './extractHtml';

function nested(depth: number): Document {
  const doc = document.implementation.createHTMLDocument('');
  let parent: Element = doc.body;
  for (let i = 0; i < depth; i += 1) {
    const child = doc.createElement(i % 2 === 0 ? 'div' : 'span');
    child.append(`t${i} `);
    parent.append(child);
    parent = child;
  }
  return doc;
}

function maxDepth(root: Element): number {
  let deepest = 0;
  for (const element of root.querySelectorAll('*')) {
    let depth = 0;
    for (let at: Element | null = element; at !== root && at !== null; at = at.parentElement) depth += 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

describe('capDepth', () => {
  it('turns whatever lies deeper than the cap into its text, and keeps the text', () => {
    const doc = nested(40);
    const text = doc.body.textContent;
    capDepth(doc.body, 10);
    expect(maxDepth(doc.body)).toBe(10);
    expect(doc.body.textContent).toBe(text);
  });

  it('caps every branch, siblings and cousins included, and leaves shallow trees alone', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML =
      '<div><p><b><i>deep</i></b></p><p>x<b>y</b></p></div><ul><li><a><em><s>deep too</s></em></a></li></ul><p>z</p>';
    const shallow = doc.body.innerHTML;
    capDepth(doc.body, 5);
    expect(doc.body.innerHTML).toBe(shallow);
    capDepth(doc.body, 3);
    expect(doc.body.innerHTML).toBe(
      '<div><p><b>deep</b></p><p>x<b>y</b></p></div><ul><li><a>deep too</a></li></ul><p>z</p>',
    );
    capDepth(doc.body, 1);
    expect(doc.body.innerHTML).toBe('<div>deepxy</div><ul>deep too</ul><p>z</p>');
  });

  // jsdom's DOM is slow: 2,000 levels take seconds on a busy machine.
  it('walks a deep tree', { timeout: 30_000 }, () => {
    const doc = nested(2000);
    capDepth(doc.body, 256);
    expect(maxDepth(doc.body)).toBe(256);
  });
});

describe('hasTextLength', () => {
  it('counts characters that are not white space, across elements', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = '<p>ab c</p>\n  <p><b>d</b>\u00a0e</p><!-- comment text -->';
    expect(hasTextLength(doc.body, 5)).toBe(true);
    expect(hasTextLength(doc.body, 6)).toBe(false);
    expect(hasTextLength(doc.body, 0)).toBe(true);
  });

  it('agrees with the whole text with its white space removed', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = '<div> قال   الرئيس <em>في</em>\n\t<span> مؤتمر </span></div>';
    const length = (doc.body.textContent ?? '').replace(/\s+/g, '').length;
    expect(hasTextLength(doc.body, length)).toBe(true);
    expect(hasTextLength(doc.body, length + 1)).toBe(false);
  });
});
