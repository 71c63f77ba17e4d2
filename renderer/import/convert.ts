// Decoded text in one of the three formats → a titled ArticleDoc (images still at their
// original addresses; images.ts makes them local). Pure apart from DOMParser. In the app it
// runs in the extraction frame (extraction/), never on the app's own thread.

import { marked } from 'marked';
import { err, ok, type Result } from '../../electron/common/result';
import { canonicalText } from '../article/canonicalText';
import { textToDoc } from '../article/textToDoc';
import { firstWords, hasVisibleText, titleOfText } from '../article/textTitle';
import { EXTRACTION_VERSION, type ArticleDoc, type Block } from '../article/types';
import { documentDirection } from '../text/direction';
import { excerptOf } from '../text/words';
import { withoutBylineBlocks } from './byline';
import { extractHtml } from './extractHtml';

import type { DocumentFormat } from './formats';

export type { DocumentFormat } from './formats';

export interface Converted {
  readonly title: string;
  readonly doc: ArticleDoc;
  readonly byline: string | null;
  readonly siteName: string | null;
  readonly publishedAt: string | null;
}

export type ConvertError = 'empty' | 'nothing-readable';

export interface ConvertOptions {
  /** A title the user typed; wins over anything found in the document. */
  readonly title?: string | null;
  /** The file's name, the last resort for a title. */
  readonly fileName?: string | null;
  /** The page's address, for HTML from the web. */
  readonly pageUrl?: string | null;
  /** HTML only: try Readability first (pages and files; not pasted HTML, which is the content). */
  readonly readability?: boolean;
  /** HTML only: mark the text made from formulas (math.ts, MATH_START); for the corpus check. */
  readonly markMath?: boolean;
}

const TITLE_LIMIT = 300;

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
const HEBREW_SCRIPT = /\p{Script=Hebrew}/u;
const LETTER = /\p{L}/u;

/** A language guess from the dominant script, for documents that do not say: ar, he or en. */
export function guessLanguage(text: string): string {
  let letters = 0;
  let arabic = 0;
  let hebrew = 0;
  for (const char of text.slice(0, 4000)) {
    if (!LETTER.test(char)) continue;
    letters += 1;
    if (ARABIC_SCRIPT.test(char)) arabic += 1;
    else if (HEBREW_SCRIPT.test(char)) hebrew += 1;
  }
  if (letters > 0 && arabic / letters >= 0.3) return 'ar';
  if (letters > 0 && hebrew / letters >= 0.3) return 'he';
  return 'en';
}

function cleanTitle(title: string | null | undefined): string | null {
  const text = title?.replace(/\s+/g, ' ').trim() ?? '';
  return text === '' ? null : text.length > TITLE_LIMIT ? excerptOf(text, TITLE_LIMIT) : text;
}

function fileTitle(fileName: string | null | undefined): string | null {
  return cleanTitle(fileName?.replace(/\.[^.]+$/, '').replace(/[_]+/g, ' '));
}

function sameText(a: string, b: string): boolean {
  const norm = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
  return norm(a) === norm(b);
}

/** Drops a leading heading that repeats the title (the reader shows the title itself). */
function withoutTitleHeading(blocks: readonly Block[], title: string): Block[] {
  const first = blocks[0];
  return first?.kind === 'heading' && sameText(first.text, title) ? blocks.slice(1) : [...blocks];
}

function hasContent(blocks: readonly Block[]): boolean {
  return blocks.some((block) => block.kind === 'image' || hasVisibleText(block.text));
}

export function convertText(text: string, options: ConvertOptions = {}): Result<Converted, ConvertError> {
  const normalized = text.replace(/^\uFEFF/, '');
  // Only white space, bidi marks or zero-width characters: nothing a reader could see.
  if (!hasVisibleText(normalized)) return err('empty');
  let title = cleanTitle(options.title);
  let body = normalized;
  if (title === null) {
    // A short first line is the title; a first line that reads as a sentence stays in the body.
    const split = titleOfText(normalized, fileTitle(options.fileName));
    title = cleanTitle(split.title);
    body = split.body;
  }
  const doc = textToDoc(body, guessLanguage(body));
  if (!hasContent(doc.blocks)) return err('empty');
  return ok({ title: title ?? '', doc, byline: null, siteName: null, publishedAt: null });
}

function docFromBlocks(blocks: Block[], lang: string | null, dir: 'rtl' | 'ltr' | null): ArticleDoc {
  const text = canonicalText({ blocks });
  const language = lang ?? guessLanguage(text);
  const direction = dir ?? documentDirection(language, text);
  // An image has no text to take a direction from: it stands in the document's flow.
  const placed = blocks.map((block): Block =>
    block.kind === 'image' && block.dir === undefined ? { ...block, dir: direction } : block,
  );
  return { extractionVersion: EXTRACTION_VERSION, lang: language, dir: direction, blocks: placed };
}

export function convertHtml(html: string, options: ConvertOptions = {}): Result<Converted, ConvertError> {
  if (html.trim() === '') return err('empty');
  const extracted = extractHtml(html, {
    pageUrl: options.pageUrl ?? null,
    readability: options.readability ?? true,
    markMath: options.markMath === true,
  });
  if (!extracted.ok) return extracted;
  const { blocks: found } = extracted.value;
  const firstText = found.find((block) => block.text.trim() !== '')?.text ?? '';
  // An article's own first-level heading is its headline; <title> often adds the site's name.
  const headline = found[0]?.kind === 'heading' && found[0].level === 1 ? cleanTitle(found[0].text) : null;
  const title =
    cleanTitle(options.title) ??
    headline ??
    extracted.value.title ??
    (found[0]?.kind === 'heading' ? cleanTitle(found[0].text) : null) ??
    fileTitle(options.fileName) ??
    cleanTitle(firstWords(firstText)) ??
    '';
  const blocks = withoutBylineBlocks(withoutTitleHeading(found, title), extracted.value.byline);
  if (!hasContent(blocks)) return err('nothing-readable');
  return ok({
    title,
    doc: docFromBlocks(blocks, extracted.value.lang, extracted.value.dir),
    byline: extracted.value.byline,
    siteName: extracted.value.siteName,
    publishedAt: extracted.value.publishedAt,
  });
}

export function convertMarkdown(markdown: string, options: ConvertOptions = {}): Result<Converted, ConvertError> {
  const source = markdown.replace(/^\uFEFF/, '');
  if (source.trim() === '') return err('empty');
  const html = marked.parse(source, { async: false, gfm: true, breaks: false });
  // A Markdown document's first-level heading is its title; the rest is taken whole.
  const converted = convertHtml(`<!doctype html><body>${html}</body>`, { ...options, readability: false });
  if (!converted.ok || cleanTitle(options.title) !== null) return converted;
  const first = converted.value.doc.blocks[0];
  if (first?.kind === 'heading' && first.level === 1) {
    const blocks = converted.value.doc.blocks.slice(1);
    if (hasContent(blocks))
      return ok({
        ...converted.value,
        title: cleanTitle(first.text) ?? converted.value.title,
        doc: { ...converted.value.doc, blocks },
      });
  }
  return converted;
}

export function convert(
  format: DocumentFormat,
  text: string,
  options: ConvertOptions = {},
): Result<Converted, ConvertError> {
  switch (format) {
    case 'text':
      return convertText(text, options);
    case 'markdown':
      return convertMarkdown(text, options);
    case 'html':
      return convertHtml(text, options);
  }
}
