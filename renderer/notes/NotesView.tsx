// Every highlight and note across the library, with its article: filter by colour, tag and
// article, newest first or by article (a header per article), open one in its article, edit a
// note and a highlight's tags where they stand, export what is shown.

import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../platform/services';
import { hrefFor } from '../shared/route';
import type { HighlightRow } from '../db/types';
import { addHighlightTags, removeHighlightTag } from '../db/highlights';
import { deleteNote, editNote, restoreNote, writeNote } from '../db/notes';
import type { WriteFailure } from '../db/storageErrors';
import type { Result } from '../../electron/common/result';
import { exportAnnotationsFile, useMarkdownLabels } from '../exports/exportFiles';
import { NotesFilters } from './NotesFilters';
import { NotesItemView, type NotesItemActions } from './NotesItemView';
import { annotationsOf, filterTags, groupByArticle, notesItems, type NotesFilter, type NotesItem } from './notesItems';

/** Enough to read and scroll; the rest comes with "Show more" (the full set exports either way). */
const PAGE = 300;

/** A note not saved: the box keeps the text and says so (a note deleted elsewhere counts as failed too). */
function failedSave(error: WriteFailure, detail: string | undefined): 'failed' {
  console.error('Saving a note failed', error, detail);
  return 'failed';
}

export function NotesView(): ReactNode {
  const { db } = useServices();
  const { t, i18n } = useTranslation();
  const id = useId();
  const labels = useMarkdownLabels();
  const [filter, setFilter] = useState<NotesFilter>({ color: 'all', tag: 'all', articleId: 'all', order: 'newest' });
  const [shown, setShown] = useState(PAGE);
  const [deletedNote, setDeletedNote] = useState<string | null>(null);
  const [failed, setFailed] = useState<'tags' | 'undo' | null>(null);
  const rows = useLiveQuery(async () => {
    const [articles, highlights, notes] = await Promise.all([
      db.articles.toArray(),
      db.highlights.toArray(),
      db.notes.toArray(),
    ]);
    return { articles: articles.filter((article) => article.deletedAt === null), highlights, notes };
  }, [db]);
  const collator = useMemo(
    () => new Intl.Collator([i18n.language, 'ar', 'en'], { sensitivity: 'base', numeric: true }),
    [i18n.language],
  );
  const tags = useMemo(
    () => (rows === undefined ? [] : filterTags(rows.articles, rows.highlights, collator)),
    [rows, collator],
  );
  // A tag no item carries any more (its last one was just removed) no longer filters.
  const active = useMemo<NotesFilter>(
    () => (filter.tag === 'all' || tags.includes(filter.tag) ? filter : { ...filter, tag: 'all' }),
    [filter, tags],
  );
  const items = useMemo(
    () => (rows === undefined ? [] : notesItems(rows.articles, rows.highlights, rows.notes, active, collator)),
    [rows, active, collator],
  );
  const dates = useMemo(() => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }), [i18n.language]);
  const change = (patch: Partial<NotesFilter>) => {
    setFilter((current) => ({ ...current, ...patch }));
    setShown(PAGE);
  };
  const exportAs = (kind: 'md' | 'json') =>
    exportAnnotationsFile(annotationsOf(items), kind, labels, t('highlights.exportLabel'), t('notes.heading'));

  const actions = useMemo<NotesItemActions>(() => {
    const attempt = (work: Promise<Result<unknown, WriteFailure>>) => {
      setFailed(null);
      void work.then((result) => {
        if (result.ok) return;
        console.error('Changing tags failed', result.error, result.detail);
        setFailed('tags');
      });
    };
    return {
      async saveNote(item: NotesItem, text: string) {
        const note = item.note;
        if (text.trim() === '') {
          if (note === null) return 'saved';
          const deleted = await deleteNote(db, note.id);
          if (!deleted.ok) return failedSave(deleted.error, deleted.detail);
          setDeletedNote(note.id);
          return 'deleted';
        }
        // A highlight without a note: written by highlight, so a second save (Ctrl+Enter, then
        // the focus leaving) edits the note the first one added instead of adding another.
        if (note === null) {
          const written = await writeNote(db, { articleId: item.article.id, highlightId: item.highlight!.id, text });
          if (written.ok) return 'saved';
          return written.error === 'missing' ? 'highlight-gone' : failedSave(written.error, written.detail);
        }
        const edited = await editNote(db, note.id, text);
        return edited.ok ? 'saved' : failedSave(edited.error, edited.detail);
      },
      addTags: (highlight: HighlightRow, added: string[]) => attempt(addHighlightTags(db, highlight.id, added)),
      removeTag: (highlight: HighlightRow, tag: string) => attempt(removeHighlightTag(db, highlight.id, tag)),
    };
  }, [db]);

  function undoNoteDelete() {
    if (deletedNote === null) return;
    const noteId = deletedNote;
    setDeletedNote(null);
    void restoreNote(db, noteId).then((result) => {
      if (result.ok) return;
      console.error('Undo failed', result.error, result.detail);
      setFailed('undo');
    });
  }

  const visible = items.slice(0, shown);
  const itemView = (item: NotesItem, showArticle: boolean) => (
    <NotesItemView key={item.key} item={item} showArticle={showArticle} dates={dates} actions={actions} />
  );

  return (
    <section className="notes-view" aria-labelledby={`${id}-heading`}>
      <h1 id={`${id}-heading`}>{t('notes.heading')}</h1>
      <NotesFilters filter={active} change={change} tags={tags} articles={rows?.articles ?? []} />
      <div className="notes-controls">
        <span role="status">{t('notes.count', { count: items.length })}</span>
        <button type="button" onClick={() => exportAs('md')} disabled={items.length === 0}>
          {t('highlights.exportMarkdown')}
        </button>
        <button type="button" onClick={() => exportAs('json')} disabled={items.length === 0}>
          {t('highlights.exportJson')}
        </button>
      </div>
      {failed !== null && <p role="alert">{t(failed === 'tags' ? 'notes.tagFailed' : 'notes.undoFailed')}</p>}
      {rows !== undefined && items.length === 0 && <p>{t('notes.empty')}</p>}
      {active.order === 'article' ? (
        groupByArticle(visible).map((group, index) => (
          <section key={group.article.id} className="notes-group" aria-labelledby={`${id}-group-${index}`}>
            <h2 id={`${id}-group-${index}`} className="notes-group-heading" dir="auto" lang={group.article.lang}>
              <a href={hrefFor({ view: 'reader', articleId: group.article.id })}>{group.article.title}</a>
            </h2>
            <ol className="notes-list" aria-labelledby={`${id}-group-${index}`}>
              {group.items.map((item) => itemView(item, false))}
            </ol>
          </section>
        ))
      ) : (
        <ol className="notes-list" aria-label={t('notes.listLabel')}>
          {visible.map((item) => itemView(item, true))}
        </ol>
      )}
      {items.length > shown && (
        <button type="button" onClick={() => setShown((count) => count + PAGE)}>
          {t('notes.showMore')}
        </button>
      )}
      {deletedNote !== null && (
        <div className="undo-bar" role="status">
          <span>{t('notes.noteDeleted')}</span>
          <button type="button" onClick={undoNoteDelete}>
            {t('notes.undo')}
          </button>
          <button type="button" onClick={() => setDeletedNote(null)}>
            {t('notes.dismiss')}
          </button>
        </div>
      )}
    </section>
  );
}
