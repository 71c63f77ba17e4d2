// One item of the Notes view: a highlight (its quote is the link into the article, at the
// highlight) with its note and tags, or a note on a whole article. The note is edited where it
// stands and the tags are added and removed there too; the controls' names carry the quote, so
// a screen reader's list of controls tells the items apart.

import { useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HighlightRow } from '../db/types';
import { VALUE_PLACE, WithIsolated } from '../i18n/WithIsolated';
import { hrefFor } from '../shared/route';
import { TagField } from '../shared/TagField';
import { NoteInPlace, type NoteNames, type NoteSaveOutcome } from './NoteInPlace';
import { quoteForName, type NotesItem } from './notesItems';

export interface NotesItemActions {
  saveNote(item: NotesItem, text: string): Promise<NoteSaveOutcome>;
  addTags(highlight: HighlightRow, tags: string[]): void;
  removeTag(highlight: HighlightRow, tag: string): void;
}

interface NotesItemViewProps {
  item: NotesItem;
  /** Whether to name the article under the quote (not under the By article order's headers). */
  showArticle: boolean;
  dates: Intl.DateTimeFormat;
  actions: NotesItemActions;
}

function HighlightTags({
  highlight,
  quote,
  quoteId,
  actions,
}: {
  highlight: HighlightRow;
  quote: string;
  quoteId: string;
  actions: NotesItemActions;
}): ReactNode {
  const { t } = useTranslation();
  const box = useRef<HTMLInputElement>(null);
  const tags = highlight.tags ?? [];
  return (
    <div className="notes-item-tags">
      {tags.map((tag) => (
        <span key={tag} className="tag">
          <bdi>{tag}</bdi>
          <button
            type="button"
            className="tag-remove"
            aria-label={t('notes.removeTag', { tag, quote })}
            onClick={() => {
              actions.removeTag(highlight, tag);
              // The button goes with its tag; the focus stays with the item's tags.
              box.current?.focus();
            }}
          >
            ×
          </button>
        </span>
      ))}
      <TagField
        ref={box}
        className="tag-input"
        label={t('notes.tagsLabel')}
        placeholder={t('notes.tagsPlaceholder')}
        existing={tags}
        describedBy={quoteId}
        onAdd={(added) => actions.addTags(highlight, added)}
      />
    </div>
  );
}

export function NotesItemView({ item, showArticle, dates, actions }: NotesItemViewProps): ReactNode {
  const { t } = useTranslation();
  const quoteId = useId();
  const { article, highlight } = item;
  const href = hrefFor({
    view: 'reader',
    articleId: article.id,
    ...(highlight === null ? {} : { at: { start: highlight.start, end: highlight.end } }),
  });
  const quote = highlight === null ? null : quoteForName(highlight.exact);
  const names: NoteNames =
    quote === null
      ? {
          edit: t('notes.editArticleNoteOn', { title: article.title }),
          add: t('notes.editArticleNoteOn', { title: article.title }),
          box: t('notes.articleNoteOn', { title: article.title }),
        }
      : {
          edit: t('notes.editNoteOn', { quote }),
          add: t('notes.addNoteOn', { quote }),
          box: t('notes.noteOn', { quote }),
        };

  return (
    <li className={`notes-item${highlight === null ? '' : ` highlight-edge-${highlight.color}`}`}>
      {highlight === null ? (
        <a className="notes-item-link" href={href} dir="auto">
          <WithIsolated message={t('notes.wholeArticle', { title: VALUE_PLACE })} value={article.title} />
        </a>
      ) : (
        <blockquote id={quoteId} dir="auto" lang={article.lang}>
          <a className="notes-item-link" href={href}>
            {highlight.exact}
          </a>
        </blockquote>
      )}
      {showArticle && highlight !== null && (
        <p className="notes-item-article" dir="auto" lang={article.lang}>
          {article.title}
        </p>
      )}
      <NoteInPlace note={item.note} names={names} save={(text) => actions.saveNote(item, text)} />
      {highlight !== null && quote !== null && (
        <HighlightTags highlight={highlight} quote={quote} quoteId={quoteId} actions={actions} />
      )}
      <time dateTime={new Date(item.time).toISOString()}>{dates.format(item.time)}</time>
    </li>
  );
}
