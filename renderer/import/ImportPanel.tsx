// Imports in progress and just finished: overall progress with a way to cancel, then one
// line per file, page or paste with its stage or its result — added (with a link), refused
// (with the reason, in the UI language), or already in the library (open it, or keep both; a
// saved page whose text has changed can also update the existing article, and that update can
// be undone while its line is shown).

import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { hrefFor } from '../shared/route';
import { navigate } from '../shared/useRoute';
import { VALUE_PLACE, WithIsolated } from '../i18n/WithIsolated';
import { useImportJobs, useImportQueue } from './ImportContext';
import { countJobs, foldedJobs, type JobCounts } from './importSummary';
import type { ImportJob, JobIn } from './importQueue';
import { PrivateAddressDialog } from './PrivateAddressDialog';

function JobStatus({ job }: { job: ImportJob }): ReactNode {
  const { t } = useTranslation();
  if (job.status === 'queued') return t('imports.queued');
  if (job.status === 'working') {
    switch (job.stage) {
      case 'reading':
        return t('imports.reading');
      case 'fetching-page':
        return t('imports.fetchingPage');
      case 'fetching-images':
        return job.total > 0
          ? t('imports.fetchingImages', { done: job.done, total: job.total })
          : t('imports.fetchingPage');
      case 'saving':
        return t('imports.saving');
      default:
        return t('imports.converting');
    }
  }
  if (job.status === 'done') {
    const added = <WithIsolated message={t('imports.done', { title: VALUE_PLACE })} value={job.title ?? ''} />;
    return job.skippedImages > 0 ? (
      <>
        {added} {t('imports.skippedImages', { count: job.skippedImages })}
      </>
    ) : (
      added
    );
  }
  if (job.status === 'duplicate') {
    const message = job.canUpdate
      ? t('imports.duplicateChanged', { title: VALUE_PLACE })
      : t('imports.duplicate', { title: VALUE_PLACE });
    return <WithIsolated message={message} value={job.title ?? ''} />;
  }
  if (job.status === 'updated') {
    const updated = <WithIsolated message={t('imports.updated', { title: VALUE_PLACE })} value={job.title ?? ''} />;
    if (job.undoError === null) return updated;
    return (
      <>
        {updated} {t('imports.undoFailed', { reason: t(`importErrors.${job.undoError}`, { detail: '' }) })}
      </>
    );
  }
  if (job.status === 'reverted')
    return <WithIsolated message={t('imports.reverted', { title: VALUE_PLACE })} value={job.title ?? ''} />;
  if (job.status === 'confirm-private') return t('privateAddress.waiting');
  if (job.status === 'cancelled') return t('importErrors.cancelled');
  // Says itself that nothing was added.
  if (job.error === 'too-slow') return t('importErrors.too-slow');
  const reason = t(`importErrors.${job.error ?? 'failed'}`, { detail: job.detail ?? '' });
  // The real reason of a failure may be the https:// Hamish put in front of what was typed.
  if (job.schemeAdded) return t('imports.failedSchemeAdded', { reason, address: `\u2068${job.label}\u2069` });
  return t('imports.failed', { reason });
}

function JobRow({ job }: { job: ImportJob }): ReactNode {
  const queue = useImportQueue();
  const { t } = useTranslation();
  const label = job.kind === 'paste' ? t('imports.pasted') : job.label;
  return (
    <li
      className={`import-job import-job-${job.status}`}
      data-status={job.status}
      data-error={job.status === 'failed' ? job.error : job.status === 'cancelled' ? 'cancelled' : undefined}
    >
      <span className="import-job-label" dir="auto">
        {label}
      </span>
      <span className="import-job-status" dir="auto">
        <JobStatus job={job} />
      </span>
      {(job.status === 'done' || job.status === 'updated' || job.status === 'reverted') && job.articleId !== null && (
        <a className="import-job-action" href={hrefFor({ view: 'reader', articleId: job.articleId })}>
          {t('imports.open')}
        </a>
      )}
      {job.status === 'updated' && (
        <button type="button" className="import-job-action" onClick={() => void queue.undoUpdate(job.id)}>
          {t('imports.undoUpdate')}
        </button>
      )}
      {job.status === 'duplicate' && job.articleId !== null && (
        <span className="import-job-actions">
          <button
            type="button"
            onClick={() => {
              queue.dismiss(job.id);
              navigate(hrefFor({ view: 'reader', articleId: job.articleId! }));
            }}
          >
            {t('imports.openExisting')}
          </button>
          {job.canUpdate && (
            <button type="button" onClick={() => void queue.updateExisting(job.id)}>
              {t('imports.updateExisting')}
            </button>
          )}
          <button type="button" onClick={() => void queue.keepBoth(job.id)}>
            {t('imports.keepBoth')}
          </button>
        </span>
      )}
    </li>
  );
}

/** Rows shown while the panel is folded; the rest are one "Show all" away. */
export const FOLDED_ROWS = 5;

export function ImportPanel(): ReactNode {
  const queue = useImportQueue();
  const jobs = useImportJobs(queue);
  const { t, i18n } = useTranslation();
  const listId = useId();
  const [expanded, setExpanded] = useState(false);
  if (jobs.length === 0) return null;
  const counts = countJobs(jobs);
  const shown = expanded ? jobs : foldedJobs(jobs, FOLDED_ROWS);
  // One question at a time, in the order the addresses were given.
  const toConfirm = jobs.find((job): job is JobIn<'confirm-private'> => job.status === 'confirm-private');
  return (
    <section className="imports" aria-label={t('imports.region')}>
      <div className="imports-head">
        <p className="imports-summary" role="status">
          {counts.unfinished > 0
            ? t('imports.running', { done: jobs.length - counts.unfinished, total: jobs.length })
            : summaryText(t, i18n.language, counts)}
        </p>
        {counts.unfinished > 0 && (
          <progress aria-label={t('imports.progress')} value={jobs.length - counts.unfinished} max={jobs.length} />
        )}
        {counts.unfinished > 0 ? (
          <button type="button" onClick={() => queue.cancelAll()}>
            {t('imports.cancel')}
          </button>
        ) : (
          <button type="button" onClick={() => queue.clearFinished()}>
            {t('imports.dismiss')}
          </button>
        )}
      </div>
      <ul className="import-jobs" id={listId}>
        {shown.map((job) => (
          <JobRow key={job.id} job={job} />
        ))}
      </ul>
      {jobs.length > FOLDED_ROWS && (
        <button
          type="button"
          className="imports-expand"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('imports.showFewer') : t('imports.showAll', { count: jobs.length })}
        </button>
      )}
      {toConfirm !== undefined && (
        <PrivateAddressDialog
          key={toConfirm.id}
          job={toConfirm}
          onSave={() => queue.confirmPrivate(toConfirm.id)}
          onDecline={() => queue.declinePrivate(toConfirm.id)}
        />
      )}
    </section>
  );
}

function summaryText(t: TFunction, language: string, counts: JobCounts): string {
  const parts = [
    counts.added > 0 ? t('imports.partAdded', { count: counts.added }) : null,
    counts.failed > 0 ? t('imports.partFailed', { count: counts.failed }) : null,
    counts.duplicates > 0 ? t('imports.partDuplicates', { count: counts.duplicates }) : null,
    counts.cancelled > 0 ? t('imports.partCancelled', { count: counts.cancelled }) : null,
  ].filter((part) => part !== null);
  // "7 added, 2 failed" / "أُضيف 7، تعذّر 2": the language's own list separator.
  const joined = new Intl.ListFormat(language, { type: 'unit', style: 'short' }).format(parts);
  return t(counts.allFiles ? 'imports.summaryFiles' : 'imports.summaryItems', { count: counts.total, parts: joined });
}
