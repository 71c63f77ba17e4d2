// Settings → Sync: set up sync with a server and a passphrase, see how the first sync goes,
// sync now, turn live sync on or off, and stop syncing on this device (the library stays).

import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSync, useSyncStatus } from '../SyncContext';
import type { SyncErrorKind, SyncStatus } from '../syncStatus';
import { errorText, statusText } from './statusText';

const MIN_PASSPHRASE_LENGTH = 10;

type FormProblem = 'missing' | 'mismatch' | 'short' | SyncErrorKind | null;

function Field(props: {
  label: string;
  type: 'text' | 'url' | 'password';
  value: string;
  onChange: (value: string) => void;
  autoComplete: string;
  hint?: string;
}): ReactNode {
  const id = useId();
  return (
    <div className="settings-row sync-field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type={props.type}
        dir={props.type === 'password' ? 'auto' : 'ltr'}
        value={props.value}
        autoComplete={props.autoComplete}
        spellCheck={false}
        aria-describedby={props.hint === undefined ? undefined : `${id}-hint`}
        onChange={(event) => props.onChange(event.target.value)}
      />
      {props.hint !== undefined && (
        <p id={`${id}-hint`} className="sync-hint">
          {props.hint}
        </p>
      )}
    </div>
  );
}

function ProgressBar({ status }: { status: SyncStatus }): ReactNode {
  const { t } = useTranslation();
  const progress = status.progress;
  if (progress === null) return null;
  const text =
    progress.phase === 'keys'
      ? t('sync.progress.keys', { percent: progress.done })
      : t(`sync.progress.${progress.phase}`, { done: progress.done, total: progress.total });
  return (
    <div className="sync-progress">
      <progress aria-label={t('sync.progressLabel')} value={progress.done} max={Math.max(progress.total, 1)} />
      <span>{text}</span>
    </div>
  );
}

function SetUpForm({ status }: { status: SyncStatus }): ReactNode {
  const { t } = useTranslation();
  const sync = useSync();
  const [address, setAddress] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<FormProblem>(null);
  const busy = status.state === 'setting-up';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if ([address, username, password, passphrase].some((value) => value.trim() === '')) return setProblem('missing');
    if (passphrase !== repeat) return setProblem('mismatch');
    if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return setProblem('short');
    setProblem(null);
    setProblem(await sync.setUp({ address, username, password, passphrase }));
  }

  const problemText =
    problem === 'missing'
      ? t('sync.missingFields')
      : problem === 'mismatch'
        ? t('sync.passphraseMismatch')
        : problem === 'short'
          ? t('sync.passphraseTooShort')
          : problem === null
            ? null
            : errorText(t, problem);
  return (
    <form className="sync-form" onSubmit={(event) => void submit(event)} noValidate>
      <Field
        label={t('sync.address')}
        type="url"
        value={address}
        onChange={setAddress}
        autoComplete="url"
        hint={t('sync.addressHint')}
      />
      <Field label={t('sync.username')} type="text" value={username} onChange={setUsername} autoComplete="username" />
      <Field
        label={t('sync.password')}
        type="password"
        value={password}
        onChange={setPassword}
        autoComplete="current-password"
        hint={status.keepsPassword ? undefined : t('sync.passwordSession')}
      />
      <Field
        label={t('sync.passphrase')}
        type="password"
        value={passphrase}
        onChange={setPassphrase}
        autoComplete="new-password"
      />
      <Field
        label={t('sync.passphraseRepeat')}
        type="password"
        value={repeat}
        onChange={setRepeat}
        autoComplete="new-password"
      />
      <p className="sync-warning">{t('sync.passphraseWarning')}</p>
      <div className="settings-actions sync-actions">
        <button type="submit" disabled={busy}>
          {t('sync.syncNow')}
        </button>
      </div>
      <ProgressBar status={status} />
      {problemText !== null && <p role="alert">{problemText}</p>}
    </form>
  );
}

function PasswordForm(): ReactNode {
  const { t } = useTranslation();
  const sync = useSync();
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<SyncErrorKind | null>(null);
  return (
    <form
      className="sync-form"
      onSubmit={(event) => {
        event.preventDefault();
        void sync.resume(password).then(setProblem);
      }}
    >
      <p>{t('sync.enterPassword')}</p>
      <Field
        label={t('sync.password')}
        type="password"
        value={password}
        onChange={setPassword}
        autoComplete="current-password"
      />
      <div className="settings-actions sync-actions">
        <button type="submit">{t('sync.syncNow')}</button>
      </div>
      {problem !== null && <p role="alert">{errorText(t, problem)}</p>}
    </form>
  );
}

function StopSyncing({ onStopped }: { onStopped: () => void }): ReactNode {
  const { t } = useTranslation();
  const sync = useSync();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="danger" onClick={() => setConfirming(true)}>
        {t('sync.stop')}
      </button>
    );
  }
  return (
    <div className="sync-stop-confirm">
      <p role="alert">{t('sync.stopConfirm')}</p>
      <button
        type="button"
        className="danger"
        onClick={() => {
          setConfirming(false);
          void sync.stopOnThisDevice().then(onStopped);
        }}
      >
        {t('sync.stopConfirmButton')}
      </button>
      <button type="button" onClick={() => setConfirming(false)} autoFocus>
        {t('sync.cancel')}
      </button>
    </div>
  );
}

/**
 * "Sync now" once sync runs. It stays busy (aria-disabled, keeping the focus) from a press until
 * the sync that press started has ended, so a second press does not queue a second round behind
 * the first, and whoever pressed it can tell when it is done.
 */
function SyncNowButton({ blocked }: { blocked: boolean }): ReactNode {
  const { t } = useTranslation();
  const sync = useSync();
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={blocked}
      aria-disabled={pending || undefined}
      aria-busy={pending || undefined}
      onClick={() => {
        if (pending) return;
        setPending(true);
        void sync.syncNow().finally(() => setPending(false));
      }}
    >
      {t('sync.syncNow')}
    </button>
  );
}

export function SyncSection(): ReactNode {
  const { t, i18n } = useTranslation();
  const sync = useSync();
  const status = useSyncStatus();
  const headingId = useId();
  const [stopped, setStopped] = useState(false);
  const formatTime = (time: number) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
  const running = status.state !== 'off' && status.state !== 'setting-up' && status.state !== 'needs-password';
  // The set-up form (and its Sync now button, which held the focus) goes once sync runs: the
  // focus moves to the Live sync switch that takes its place, not to the page behind the dialog.
  const liveSwitch = useRef<HTMLButtonElement>(null);
  const previousState = useRef(status.state);
  useEffect(() => {
    if (previousState.current === 'setting-up' && running) liveSwitch.current?.focus();
    previousState.current = status.state;
  }, [status.state, running]);
  return (
    <section className="sync" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('sync.heading')}</h3>
      <p className="sync-intro">{t('sync.intro')}</p>
      {(status.state === 'off' || status.state === 'setting-up') && <SetUpForm status={status} />}
      {status.state === 'off' && stopped && <p role="status">{t('sync.stopped')}</p>}
      {status.server !== null && status.state !== 'off' && status.state !== 'setting-up' && (
        <p className="sync-server" dir="auto">
          {t('sync.connectedAs', { server: status.server.databaseUrl, user: status.server.username })}
        </p>
      )}
      {status.state === 'needs-password' && <PasswordForm />}
      {running && (
        <>
          <div className="settings-row sync-live">
            <button
              ref={liveSwitch}
              type="button"
              role="switch"
              aria-checked={status.live}
              aria-describedby={`${headingId}-live`}
              className="sync-switch"
              onClick={() => void sync.setLive(!status.live)}
            >
              {t('sync.live')}
            </button>
            <span id={`${headingId}-live`} className="sync-hint">
              {t('sync.liveHint')}
            </span>
          </div>
          <ProgressBar status={status} />
          <p className="sync-state">{statusText(t, status, formatTime)}</p>
          <div className="settings-actions sync-actions">
            <SyncNowButton blocked={status.state === 'elsewhere'} />
          </div>
        </>
      )}
      {status.state !== 'off' && status.state !== 'setting-up' && (
        <div className="settings-actions sync-actions">
          <StopSyncing onStopped={() => setStopped(true)} />
        </div>
      )}
    </section>
  );
}
