import { describe, expect, it } from 'vitest';
import { failedState, isUnfinished, queuedJob, withState } from './importJob';

const web = queuedJob('j1', { kind: 'web', url: 'example.org/a', schemeAdded: true });

describe('import jobs', () => {
  it('start queued, with the label and scheme note of their input', () => {
    expect(web).toEqual({ id: 'j1', kind: 'web', label: 'example.org/a', schemeAdded: true, status: 'queued' });
    expect(queuedJob('j2', { kind: 'paste', text: 'x', html: null, title: '' })).toMatchObject({ label: '' });
  });

  it('carry into a new status only what that status holds', () => {
    const failed = withState(web, failedState('unreachable', 'no route'));
    expect(failed).toEqual({ ...web, status: 'failed', error: 'unreachable', detail: 'no route' });
    // Asked again after a failure: nothing of the failure stays on the job.
    const again = withState(failed, { status: 'queued' });
    expect(again).toEqual(web);
    expect(again).not.toHaveProperty('error');
    const stored = withState(again, { status: 'done', articleId: 'a1', title: 'T', skippedImages: 0 });
    expect(withState(stored, { status: 'reverted', articleId: 'a1', title: 'T' })).not.toHaveProperty('skippedImages');
  });

  it('count a cancelled import as a status of its own, and know which are unfinished', () => {
    expect(failedState('cancelled')).toEqual({ status: 'cancelled' });
    expect(isUnfinished(web)).toBe(true);
    expect(isUnfinished(withState(web, { status: 'confirm-private', detail: null }))).toBe(true);
    expect(isUnfinished(withState(web, { status: 'cancelled' }))).toBe(false);
  });
});
