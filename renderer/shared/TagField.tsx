// The box where tags are typed, for an article in the library and a highlight in the Notes
// view. Enter (or leaving the box) adds what was typed; an entry the tag rule refuses
// (shared/tags.ts) stays in the box, marked invalid, with a message saying why, and nothing is
// stored. Escape empties the box.

import { useId, useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { addTags, MAX_TAG_LENGTH, MAX_TAGS, readTagEntry, type TagProblem } from './tags';

interface TagFieldProps {
  /** The box's accessible name. */
  label: string;
  placeholder: string;
  /** The tags the item has now, for the count limit. */
  existing: readonly string[];
  /** Called with the tags to add (already checked, without repeats of `existing`). */
  onAdd: (tags: string[]) => void;
  /** Ids of elements that describe the box further (the highlight's quote). */
  describedBy?: string;
  className?: string;
  ref?: Ref<HTMLInputElement>;
  /** Whether leaving the box adds what was typed (true); false for a box acting on many items, where only Enter does. */
  commitOnBlur?: boolean;
}

export function TagField({
  label,
  placeholder,
  existing,
  onAdd,
  describedBy,
  className,
  ref,
  commitOnBlur = true,
}: TagFieldProps): ReactNode {
  const { t } = useTranslation();
  const messageId = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<TagProblem | null>(null);

  function commit(fromEnter: boolean): void {
    // Leaving an empty box is not an attempt to add a tag; pressing Enter in it is.
    if (!fromEnter && text.trim() === '') {
      setProblem(null);
      return;
    }
    const entry = readTagEntry(text);
    const merged = entry.ok ? addTags(existing, entry.tags) : entry;
    if (!merged.ok) {
      setProblem(merged.problem);
      return;
    }
    setProblem(null);
    setText('');
    const added = merged.tags.slice(existing.length);
    if (added.length > 0) onAdd(added);
  }

  const message =
    problem === null
      ? null
      : problem.kind === 'empty'
        ? t('tags.empty')
        : problem.kind === 'too-long'
          ? t('tags.tooLong', { max: MAX_TAG_LENGTH, length: [...problem.tag].length })
          : t('tags.tooMany', { max: MAX_TAGS });

  return (
    <>
      <input
        ref={ref}
        type="text"
        className={className}
        dir="auto"
        aria-label={label}
        aria-invalid={problem !== null}
        aria-describedby={
          [describedBy, problem === null ? undefined : messageId].filter(Boolean).join(' ') || undefined
        }
        placeholder={placeholder}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          if (problem !== null) setProblem(null);
        }}
        onKeyDown={(event) => {
          if (event.nativeEvent.isComposing) return;
          if (event.code === 'Enter' || event.code === 'NumpadEnter') {
            event.preventDefault();
            commit(true);
          } else if (event.code === 'Escape' && (text !== '' || problem !== null)) {
            event.preventDefault();
            setText('');
            setProblem(null);
          }
        }}
        onBlur={() => {
          if (commitOnBlur) commit(false);
        }}
      />
      {message !== null && (
        <span id={messageId} className="tag-problem" role="alert">
          {message}
        </span>
      )}
    </>
  );
}
