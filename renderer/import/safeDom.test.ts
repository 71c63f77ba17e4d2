// @vitest-environment jsdom
// Walks that imported markup cannot redirect. jsdom does not expose form controls as the form's
// properties the way browsers do, so the tests give the form those properties themselves, as
// `<input name="parentElement">` does in Chromium; the browser test importRunaway.spec.ts
// imports the real pages.

import { describe, expect, it } from 'vitest';
import { capDepth } from './extractHtml';
import { declobber, parentElementOf, queryAll } from './safeDom';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Makes the form's `name` property its control of that name, as a browser does. */
function clobber(form: Element, name: string): void {
  const control = form.querySelector(`[name="${name}"]`);
  Object.defineProperty(form, name, { get: () => control, configurable: true });
}

describe('capDepth on a clobbered form', () => {
  for (const name of ['parentElement', 'nextElementSibling', 'firstElementChild']) {
    it(`ends when the form's ${name} is one of its controls`, () => {
      const doc = parse(`<div><form><input name="${name}">x</form><p>after</p></div>`);
      const form = doc.querySelector('form')!;
      clobber(form, name);
      expect((form as unknown as Record<string, Element>)[name]!.localName).toBe('input');
      capDepth(doc.documentElement, 256);
      expect(doc.body.textContent).toBe('xafter');
    });
  }

  it('still flattens what lies below the cap beneath a clobbered form', () => {
    const doc = parse('<div><form><input name="parentElement"><span><b>deep</b></span></form></div>');
    const form = doc.querySelector('form')!;
    clobber(form, 'parentElement');
    capDepth(doc.documentElement, 4);
    expect(doc.querySelector('span')!.innerHTML).toBe('deep');
  });
});

describe('declobber', () => {
  it('takes the names and ids of form controls and images, and the names of what documents expose', () => {
    const doc = parse(
      `<form name="f"><input name="parentNode" id="firstChild"><button id="b" name="c">b</button>
       <select name="s"></select><textarea id="t"></textarea><fieldset name="fs"></fieldset><output id="o"></output>
       <object id="ob" name="on"></object></form><img name="createElement" id="i"><embed name="body">
       <iframe name="title"></iframe><a name="anchor" id="top">a</a><h2 id="section">h</h2>`,
    );
    declobber(doc);
    const named = queryAll(doc, '[name], [id]').map(
      (element) => `${element.localName}${element.getAttribute('name') ?? ''}#${element.id}`,
    );
    expect(named).toEqual(['aanchor#top', 'h2#section']);
  });

  it('reads the parent past a clobbered property', () => {
    const doc = parse('<div><form><input name="parentElement"></form></div>');
    const form = doc.querySelector('form')!;
    clobber(form, 'parentElement');
    expect(parentElementOf(form)?.localName).toBe('div');
  });
});
