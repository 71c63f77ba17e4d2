// Highlights in the accessibility tree, for screen readers in browse mode (NVDA's and JAWS's
// virtual cursor, VoiceOver's reading): they read the tree, not the caret, so the live region of
// HighlightAnnouncer never speaks for them, and CSS highlights are not in the tree at all.
//
// Before the text node where each highlight starts sits an empty span marked
// `data-not-content`, so the text map skips it and no offset moves. Its label is CSS generated
// content (`::before { content: attr(data-label) }`, visually hidden, margin.css): generated
// content is read by screen readers but is not text of the page, so selecting, copying, find and
// every stored offset are as if it were not there.
//
// Text nodes are never split (the map and every stored range point into them: docs/surface.md),
// so a highlight that starts inside a run of text is labelled just before that run, with its
// first words ("Yellow highlight from “the findings will”"), to say where in the run it starts.
//
// Labels are put in idle slices after the article is drawn, so opening an article with
// thousands of highlights is not held up; a change (a new highlight, a note, the language)
// changes only the labels it concerns.

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteRow } from '../db/types';
import { NOT_CONTENT_ATTRIBUTE } from '../document/textMap';
import type { TextSurface } from '../document/surface';
import type { HighlightColor } from '../shared/highlightColors';

export const LABEL_CLASS = 'highlight-label';
/**
 * A label changes the layout of its paragraph, so labels must not compete with an article's
 * opening: placed while it opened (250 per idle slice with a 200 ms deadline, then in every idle
 * gap, which opening has while it waits for IndexedDB) they made opening with 200 margin notes
 * 20-50% slower. So a new rendering's labels start this long after it is drawn, when the reader
 * is reading, and then only in idle time, as many as each idle period allows; a screen reader's
 * browse mode gets them a moment later. Changes after that (a new highlight) go at the next
 * idle period.
 */
const FIRST_LABELS_AFTER_MS = 1000;
/** Each slice leaves this much of the idle period unused. */
const IDLE_MARGIN_MS = 2;
/** How much of a highlight that starts inside a run its label quotes. */
const QUOTED_WORDS = 3;

interface LabelledPlace {
  readonly row: { readonly id: string; readonly color: HighlightColor };
  readonly start: number;
  readonly end: number;
}

interface Label {
  readonly span: HTMLSpanElement;
  readonly before: Text;
  readonly text: string;
}

/** The first words of a passage, with an ellipsis when it goes on. */
export function firstWords(passage: string, count = QUOTED_WORDS): string {
  const words = passage.trim().split(/\s+/u);
  const shown = words.slice(0, count).join(' ');
  return words.length > count ? `${shown}…` : shown;
}

/** Runs `work` in the next idle period (soon, where the page has none); returns a cancel. */
function whenIdle(work: (hasTime: () => boolean) => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback((deadline) => work(() => deadline.timeRemaining() > IDLE_MARGIN_MS));
    return () => cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(() => work(() => true), 0);
  return () => window.clearTimeout(handle);
}

export function useHighlightLabels(
  surface: TextSurface,
  places: readonly LabelledPlace[],
  notesByHighlight: ReadonlyMap<string, NoteRow>,
): void {
  const { t, i18n } = useTranslation();
  const labels = useRef(new Map<string, Label>());
  /** The rendering whose labels have been started. */
  const labelled = useRef<TextSurface | null>(null);

  useEffect(() => {
    const { map, canonical } = surface;
    const placed = labels.current;
    // The label is in the interface's language, so in its direction, whatever the article's: in
    // a right-to-left paragraph an English label that quotes Arabic words would otherwise be read
    // out in the order the runs are drawn ("“…” Green highlight from").
    const direction = i18n.dir();
    const seen = new Set<string>();
    let next = 0;
    let cancel = () => {};

    function textOf(place: LabelledPlace, atRunStart: boolean): string {
      const color = t(`colors.${place.row.color}`);
      const withNote = notesByHighlight.has(place.row.id);
      if (atRunStart) return t(withNote ? 'highlights.announceWithNote' : 'highlights.announce', { color });
      // Quoted from the paragraph it starts in: the next one is read after the label anyway.
      const words = firstWords(
        canonical.slice(place.start, Math.min(place.end, map.blockEnd(map.blockAt(place.start)))),
      );
      return t(withNote ? 'highlights.labelFromWithNote' : 'highlights.labelFrom', { color, words });
    }

    function place(one: LabelledPlace): void {
      seen.add(one.row.id);
      const point = map.pointAt(one.start, 'forward');
      const old = placed.get(one.row.id);
      if (point === null || !point.node.isConnected) {
        old?.span.remove();
        placed.delete(one.row.id);
        return;
      }
      const text = textOf(one, point.offset === 0);
      if (
        old !== undefined &&
        old.before === point.node &&
        old.text === text &&
        old.span.dir === direction &&
        old.span.isConnected
      )
        return;
      old?.span.remove();
      const span = old?.span ?? document.createElement('span');
      span.className = `visually-hidden ${LABEL_CLASS}`;
      span.dir = direction;
      span.setAttribute(NOT_CONTENT_ATTRIBUTE, '');
      span.dataset['label'] = text;
      span.dataset['start'] = String(one.start);
      // Several highlights starting in one run: their labels in the order they start.
      let at: Node = point.node;
      while (
        at.previousSibling instanceof HTMLElement &&
        at.previousSibling.classList.contains(LABEL_CLASS) &&
        Number(at.previousSibling.dataset['start']) > one.start
      ) {
        at = at.previousSibling;
      }
      point.node.parentNode!.insertBefore(span, at);
      placed.set(one.row.id, { span, before: point.node, text });
    }

    function slice(hasTime: () => boolean): void {
      // At least one a slice, so a page whose idle periods are all short still gets them all.
      while (next < places.length) {
        place(places[next++]!);
        if (!hasTime()) break;
      }
      if (next < places.length) {
        cancel = whenIdle(slice);
        return;
      }
      for (const [id, label] of placed) {
        if (seen.has(id)) continue;
        label.span.remove();
        placed.delete(id);
      }
    }

    if (places.length === 0 && placed.size === 0) return;
    if (labelled.current === surface) cancel = whenIdle(slice);
    else {
      const timer = window.setTimeout(() => {
        labelled.current = surface;
        cancel = whenIdle(slice);
      }, FIRST_LABELS_AFTER_MS);
      cancel = () => window.clearTimeout(timer);
    }
    return () => cancel();
  }, [surface, places, notesByHighlight, t, i18n]);

  // Leaving the article (or the reader) takes every label away.
  useEffect(() => {
    const placed = labels.current;
    return () => {
      for (const label of placed.values()) label.span.remove();
      placed.clear();
    };
  }, []);
}
