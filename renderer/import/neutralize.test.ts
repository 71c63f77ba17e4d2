// The lexical pre-pass: handlers and styles renamed, <style> made inert raw text, everything
// else — text, other attributes, raw text of scripts and titles — left exactly as it was.

import { describe, expect, it } from 'vitest';
import { neutralizeInlineCode } from './neutralize';

describe('neutralizeInlineCode', () => {
  it('renames event handlers and style attributes, in any syntax', () => {
    expect(neutralizeInlineCode('<img src=x onerror="a()">')).toBe('<img src=x data-hamish-onerror="a()">');
    expect(neutralizeInlineCode("<p ONCLICK='a()' style=color:red>t</p>")).toBe(
      "<p data-hamish-onclick='a()' data-hamish-style=color:red>t</p>",
    );
    expect(neutralizeInlineCode('<img/src/onerror=a()>')).toBe('<img/src/data-hamish-onerror=a()>');
    // As the HTML tokenizer reads it: "/" does not end an unquoted value, so this is one src.
    expect(neutralizeInlineCode('<img/src=x/onerror=a()>')).toBe('<img/src=x/onerror=a()>');
    expect(neutralizeInlineCode('<svg onload\n=\na()>')).toBe('<svg data-hamish-onload\n=\na()>');
    expect(neutralizeInlineCode('<a href="x"onmouseover="a()">')).toBe('<a href="x"data-hamish-onmouseover="a()">');
  });

  it('turns <style> into <noframes> and <base> into a marked <meta>', () => {
    expect(neutralizeInlineCode('<style>p{}</style><STYLE media=x>a</Style >')).toBe(
      '<noframes>p{}</noframes><noframes media=x>a</noframes >',
    );
    expect(neutralizeInlineCode('<BASE href="https://x.example/">')).toBe(
      '<meta data-hamish-base href="https://x.example/">',
    );
  });

  it('leaves text, other attributes, comments and raw text alone', () => {
    const html =
      '<p title="onclick=x" data-on="1">salon=on, one=two</p><!-- <p onclick=x> --><title>a <b onclick=x></title><script>"<img onerror=x>"</script>';
    expect(neutralizeInlineCode(html)).toBe(html);
    expect(neutralizeInlineCode('a < b and <3 and <!doctype html>')).toBe('a < b and <3 and <!doctype html>');
  });

  it('copes with unterminated input', () => {
    expect(neutralizeInlineCode('<p onclick="x')).toBe('<p data-hamish-onclick="x');
    expect(neutralizeInlineCode('<p onclick')).toBe('<p data-hamish-onclick');
    expect(neutralizeInlineCode('<script>never ends')).toBe('<script>never ends');
  });

  it('returns the input itself when there is nothing to rename, and renames every occurrence in a long page', () => {
    const plain = `<!doctype html><title>x</title><p title="a">${'نص <b>عريض</b> '.repeat(2000)}</p>`;
    expect(neutralizeInlineCode(plain)).toBe(plain);
    const page = '<p onclick=a() style="x">t</p><!-- <b onclick=x> --><style>s</style>'.repeat(500);
    const expected =
      '<p data-hamish-onclick=a() data-hamish-style="x">t</p><!-- <b onclick=x> --><noframes>s</noframes>'.repeat(500);
    expect(neutralizeInlineCode(page)).toBe(expected);
  });
});
