// Exporting highlights and notes as a file, from the reader's panel or the Notes view, with
// the labels in the UI language.

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile, fileNameFor } from '../shared/download';
import { annotationsToMarkdown } from './exportMarkdown';
import type { ArticleAnnotations, MarkdownLabels } from './exportTypes';
import { annotationsToWebAnnotations } from './exportWebAnnotations';
import { HIGHLIGHT_COLORS } from '../shared/highlightColors';

export function useMarkdownLabels(): MarkdownLabels {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      source: t('highlights.source'),
      articleNotes: t('highlights.articleNotes'),
      openInHamish: t('highlights.openInHamish'),
      tags: t('highlights.tags'),
      colors: Object.fromEntries(
        HIGHLIGHT_COLORS.map((color) => [color, t(`colors.${color}`)]),
      ) as MarkdownLabels['colors'],
    }),
    [t],
  );
}

export function exportAnnotationsFile(
  items: readonly ArticleAnnotations[],
  kind: 'md' | 'json',
  labels: MarkdownLabels,
  collectionLabel: string,
  fileStem: string,
): void {
  const data =
    kind === 'md'
      ? new Blob([annotationsToMarkdown(items, labels)], { type: 'text/markdown;charset=utf-8' })
      : new Blob([JSON.stringify(annotationsToWebAnnotations(items, collectionLabel), null, 2)], {
          type: 'application/ld+json',
        });
  downloadFile(data, fileNameFor(fileStem, kind));
}
