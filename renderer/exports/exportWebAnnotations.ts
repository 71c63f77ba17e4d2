// Highlights and notes in the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/)
// for interchange: one AnnotationCollection, each highlight an Annotation whose target
// carries a TextQuoteSelector and a TextPositionSelector (offsets into Hamish's canonical
// text), its notes as commenting bodies, its colour and each of its tags as tagging bodies. Notes on a whole
// article target the article itself.

import type { HighlightRow, NoteRow } from '../db/types';
import { hamishLink, liveAnnotations, type ArticleAnnotations } from './exportTypes';

const iso = (time: number) => new Date(time).toISOString();

function textBody(note: NoteRow) {
  return {
    type: 'TextualBody',
    value: note.text,
    format: 'text/plain',
    purpose: 'commenting',
    created: iso(note.createdAt),
    modified: iso(note.updatedAt),
  };
}

function highlightAnnotation(item: ArticleAnnotations, highlight: HighlightRow, notes: readonly NoteRow[]) {
  const modified = Math.max(highlight.updatedAt, ...notes.map((note) => note.updatedAt));
  return {
    id: `urn:uuid:${highlight.id}`,
    type: 'Annotation',
    motivation: notes.length > 0 ? 'commenting' : 'highlighting',
    created: iso(highlight.createdAt),
    modified: iso(modified),
    body: [
      ...notes.map(textBody),
      { type: 'TextualBody', value: highlight.color, purpose: 'tagging' },
      ...(highlight.tags ?? []).map((tag) => ({ type: 'TextualBody', value: tag, purpose: 'tagging' })),
    ],
    target: {
      source: item.article.sourceUrl ?? hamishLink(item.article.id),
      language: item.article.lang,
      textDirection: item.article.dir,
      selector: [
        { type: 'TextQuoteSelector', exact: highlight.exact, prefix: highlight.prefix, suffix: highlight.suffix },
        { type: 'TextPositionSelector', start: highlight.start, end: highlight.end },
      ],
    },
  };
}

function articleNoteAnnotation(item: ArticleAnnotations, note: NoteRow) {
  return {
    id: `urn:uuid:${note.id}`,
    type: 'Annotation',
    motivation: 'commenting',
    created: iso(note.createdAt),
    modified: iso(note.updatedAt),
    body: [textBody(note)],
    target: {
      source: item.article.sourceUrl ?? hamishLink(item.article.id),
      language: item.article.lang,
      textDirection: item.article.dir,
    },
  };
}

export function annotationsToWebAnnotations(items: readonly ArticleAnnotations[], label: string) {
  const annotations = items.flatMap((item) => {
    const { highlights, articleNotes, notesOf } = liveAnnotations(item);
    return [
      ...articleNotes.map((note) => articleNoteAnnotation(item, note)),
      ...highlights.map((highlight) => highlightAnnotation(item, highlight, notesOf(highlight.id))),
    ];
  });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label,
    total: annotations.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: annotations },
  };
}
