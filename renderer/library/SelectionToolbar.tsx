// What can be done to the selected rows together: archive (or unarchive, when all are archived),
// delete (one undoable action), tag, or clear the selection. The count of selected rows sits in
// a live region that is always there, so a screen reader announces each change of it.

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TagField } from '../shared/TagField';

interface SelectionToolbarProps {
  /** Selected rows among those shown. */
  count: number;
  /** Every selected row is archived: the archive button unarchives. */
  allArchived: boolean;
  /** Bulk work is under way: the buttons wait for it. */
  busy: boolean;
  onArchive(archived: boolean): void;
  onDelete(): void;
  onTag(tags: string[]): void;
  onClear(): void;
}

export function SelectionToolbar({
  count,
  allArchived,
  busy,
  onArchive,
  onDelete,
  onTag,
  onClear,
}: SelectionToolbarProps): ReactNode {
  const { t } = useTranslation();
  const [taggingWanted, setTagging] = useState(false);
  // The tag box closes with the selection.
  const tagging = taggingWanted && count > 0;
  const tagBox = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (tagging) tagBox.current?.focus();
  }, [tagging]);

  return (
    <>
      <p className="library-selected-count" role="status">
        {count > 0 ? t('library.selected', { count }) : ''}
      </p>
      {count > 0 && (
        <div className="library-selection" role="toolbar" aria-label={t('library.selection')}>
          <button type="button" disabled={busy} onClick={() => onArchive(!allArchived)}>
            {t(allArchived ? 'library.unarchiveSelected' : 'library.archiveSelected')}
          </button>
          <button type="button" disabled={busy} onClick={onDelete}>
            {t('library.deleteSelected')}
          </button>
          <button type="button" disabled={busy} aria-expanded={tagging} onClick={() => setTagging(!tagging)}>
            {t('library.tagSelected')}
          </button>
          {tagging && (
            <TagField
              ref={tagBox}
              className="tag-input"
              label={t('library.tagSelectedBox')}
              placeholder={t('library.tagsPlaceholder')}
              existing={[]}
              commitOnBlur={false}
              onAdd={(tags) => {
                setTagging(false);
                onTag(tags);
              }}
            />
          )}
          <button
            type="button"
            onClick={() => {
              setTagging(false);
              onClear();
            }}
          >
            {t('library.clearSelection')}
          </button>
        </div>
      )}
    </>
  );
}
