// The table of contents: the article's headings, opened from the toolbar. Choosing one scrolls
// its heading to the top of the text area and moves focus to it; the section being read is
// marked as the current location.

import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleDoc } from '../article/types';
import { Icon } from '../shared/Icon';
import { blockDirection } from './blockDirection';
import { useToolbarPopover } from './useToolbarPopover';

export interface ContentsEntry {
  readonly block: number;
  readonly level: number;
  readonly text: string;
}

export function contentsOf(doc: ArticleDoc): ContentsEntry[] {
  return doc.blocks.flatMap((block, index) =>
    block.kind === 'heading' ? [{ block: index, level: block.level, text: block.text }] : [],
  );
}

interface TableOfContentsProps {
  entries: readonly ContentsEntry[];
  /** Block index of the first visible block, when the panel opens. */
  readingBlock: () => number;
  onChoose: (block: number) => void;
}

export function TableOfContents({ entries, readingBlock, onChoose }: TableOfContentsProps): ReactNode {
  const { t } = useTranslation();
  const panelId = useId();
  const { open, setOpen, container, button, onKeyDown } = useToolbarPopover();
  const [currentEntry, setCurrentEntry] = useState(-1);
  const topLevel = Math.min(...entries.map((entry) => entry.level));

  function toggle() {
    if (!open) {
      const reading = readingBlock();
      setCurrentEntry(entries.findLastIndex((entry) => entry.block <= reading));
    }
    setOpen(!open);
  }

  return (
    <div ref={container} className="contents" onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="with-icon"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
      >
        <Icon name="contents" />
        {t('reader.contents')}
      </button>
      <nav id={panelId} className="contents-panel" aria-label={t('reader.contents')} hidden={!open}>
        {entries.length === 0 ? (
          <p>{t('reader.contentsEmpty')}</p>
        ) : (
          <ol>
            {entries.map((entry, index) => (
              <li key={entry.block} style={{ paddingInlineStart: `${(entry.level - topLevel) * 1.25}em` }}>
                <button
                  type="button"
                  dir={blockDirection({ text: entry.text })}
                  aria-current={index === currentEntry ? 'location' : undefined}
                  onClick={() => {
                    setOpen(false);
                    onChoose(entry.block);
                  }}
                >
                  {entry.text}
                </button>
              </li>
            ))}
          </ol>
        )}
      </nav>
    </div>
  );
}
