// The import dialog: paste (plain or formatted text, with an optional title), choose files,
// or save a web page for offline reading. Each source hands its work to the import queue and
// the dialog closes; progress and per-item results show in the imports panel. Input that can
// be refused at once (nothing pasted, a non-web address) is refused here, in place.

import { useEffect, useId, useRef, useState, type ClipboardEvent, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hasVisibleText } from '../article/textTitle';
import type { ImportErrorCode } from './errors';
import { useImportQueue } from './ImportContext';
import { hasTypedScheme, normalizeWebAddress } from './address';

interface ImportDialogProps {
  open: boolean;
  onClose: () => void;
}

export const FILE_ACCEPT = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

export function ImportDialog({ open, onClose }: ImportDialogProps): ReactNode {
  const queue = useImportQueue();
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  // Formatted text pasted into an empty box; used while the box still holds exactly that paste.
  const [pastedHtml, setPastedHtml] = useState<{ html: string; text: string } | null>(null);
  const [pasteError, setPasteError] = useState<ImportErrorCode | null>(null);
  const [address, setAddress] = useState('');
  const [webError, setWebError] = useState<ImportErrorCode | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
    if (open) queue.warmUp();
  }, [open, queue]);

  function reset() {
    setText('');
    setTitle('');
    setPastedHtml(null);
    setPasteError(null);
    setAddress('');
    setWebError(null);
  }

  function close() {
    reset();
    onClose();
  }

  function onPaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    const html = event.clipboardData.getData('text/html');
    const plain = event.clipboardData.getData('text/plain');
    const box = event.currentTarget;
    const replacesAll = box.selectionStart === 0 && box.selectionEnd === box.value.length;
    if (html.trim() === '' || !replacesAll) return;
    // The box shows the plain text; the formatting that came with it is kept aside.
    event.preventDefault();
    setText(plain);
    setPastedHtml({ html, text: plain });
    setPasteError(null);
  }

  const formattedActive = pastedHtml !== null && pastedHtml.text === text;

  function addPasted(event: FormEvent) {
    event.preventDefault();
    if (!hasVisibleText(text) && !formattedActive) {
      setPasteError('empty');
      return;
    }
    queue.enqueue([{ kind: 'paste', text, html: formattedActive ? pastedHtml.html : null, title }]);
    close();
  }

  function chooseFiles(files: FileList | null) {
    if (files === null || files.length === 0) return;
    queue.enqueueFiles(Array.from(files));
    close();
  }

  function saveWebPage(event: FormEvent) {
    event.preventDefault();
    // The page's own origin: in a browser tab, the one site pages can be saved from.
    const normalized = normalizeWebAddress(address, window.location.origin);
    if (!normalized.ok) {
      setWebError(normalized.error === 'empty' ? 'bad-url' : normalized.error);
      return;
    }
    const schemeAdded = !hasTypedScheme(address) && normalized.value.startsWith('https:');
    queue.enqueue([{ kind: 'web', url: normalized.value, schemeAdded }]);
    close();
  }

  return (
    <dialog ref={dialog} className="import-dialog" aria-labelledby={`${id}-title`} onClose={close}>
      <h2 id={`${id}-title`}>{t('import.heading')}</h2>

      <form className="import-section" onSubmit={addPasted} noValidate aria-labelledby={`${id}-paste`}>
        <h3 id={`${id}-paste`}>{t('import.pasteSection')}</h3>
        <label htmlFor={`${id}-text`}>{t('import.pasteText')}</label>
        <textarea
          id={`${id}-text`}
          dir="auto"
          rows={6}
          value={text}
          aria-describedby={`${id}-paste-hint ${id}-paste-error`}
          aria-invalid={pasteError !== null}
          onPaste={onPaste}
          onChange={(event) => {
            setText(event.target.value);
            setPasteError(null);
          }}
        />
        <p id={`${id}-paste-hint`} className="import-hint">
          {formattedActive ? t('import.pastedFormatted') : t('import.pasteHint')}
        </p>
        <label htmlFor={`${id}-title-input`}>{t('import.titleLabel')}</label>
        <input
          id={`${id}-title-input`}
          type="text"
          dir="auto"
          value={title}
          placeholder={t('import.titlePlaceholder')}
          onChange={(event) => setTitle(event.target.value)}
        />
        <p id={`${id}-paste-error`} className="import-error" role="alert">
          {pasteError === 'empty' ? t('import.pasteEmpty') : pasteError !== null ? t(`importErrors.${pasteError}`) : ''}
        </p>
        <button type="submit">{t('import.add')}</button>
      </form>

      <div className="import-section" role="group" aria-labelledby={`${id}-files`}>
        <h3 id={`${id}-files`}>{t('import.filesSection')}</h3>
        {/* The native control is hidden behind a label that looks like a button: its own
            "Choose Files / No file chosen" text comes from the browser, not in the UI language. */}
        <input
          id={`${id}-file-input`}
          className="file-picker"
          type="file"
          multiple
          accept={FILE_ACCEPT}
          aria-describedby={`${id}-files-hint`}
          onChange={(event) => {
            chooseFiles(event.target.files);
            event.target.value = '';
          }}
        />
        <label htmlFor={`${id}-file-input`} className="file-picker-button">
          {t('import.chooseFiles')}
        </label>
        <p id={`${id}-files-hint`} className="import-hint">
          {t('import.filesHint')}
        </p>
      </div>

      <form className="import-section" onSubmit={saveWebPage} noValidate aria-labelledby={`${id}-web`}>
        <h3 id={`${id}-web`}>{t('import.webSection')}</h3>
        <label htmlFor={`${id}-address`}>{t('import.webAddress')}</label>
        <input
          id={`${id}-address`}
          type="url"
          dir="ltr"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          value={address}
          aria-describedby={`${id}-web-hint ${id}-web-error`}
          aria-invalid={webError !== null}
          onChange={(event) => {
            setAddress(event.target.value);
            setWebError(null);
          }}
        />
        <p id={`${id}-web-hint`} className="import-hint">
          {t('import.webHint')}
        </p>
        <p id={`${id}-web-error`} className="import-error" role="alert">
          {webError !== null ? t(`importErrors.${webError}`) : ''}
        </p>
        <button type="submit">{t('import.save')}</button>
      </form>

      <div className="import-actions">
        <button type="button" onClick={close}>
          {t('import.close')}
        </button>
      </div>
    </dialog>
  );
}
