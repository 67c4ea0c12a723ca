// The files attached so far, each with its size, where it came from, and a way to remove it.
import { Button } from '@fluentui/react-components';
import { useFormStyles } from '../form.styles';
import type { AttachmentMeta } from './attachment-meta';
import type { AttachmentStore } from './attachment-store';
import { formatSize } from './attachment-store';

const SOURCE_WORDS = {
  upload: 'From this device',
  'current-email': 'The open email',
  'current-email-attachment': 'From the open email',
} as const;

export type AttachedFileListProps = {
  readonly list: readonly AttachmentMeta[];
  readonly store: AttachmentStore;
  /** The open email's attachments are still being read, so a missing one may yet be found. */
  readonly hostLoading: boolean;
  readonly onRemove: (m: AttachmentMeta) => void;
};

export function AttachedFileList({ list, store, hostLoading, onRemove }: AttachedFileListProps) {
  const s = useFormStyles();
  return (
    <ul className={s.list} aria-label="Attached files">
      {list.map((m) => (
        <li key={m.id} className={s.card}>
          <div className={s.row}>
            <span className={s.text}>
              {m.name}{' '}
              <span className={s.muted}>
                {formatSize(m.size)} · {SOURCE_WORDS[m.source ?? 'upload']}
              </span>
            </span>
            <Button size="small" onClick={() => onRemove(m)} aria-label={`Remove ${m.name}`}>
              Remove
            </Button>
          </div>
          {!store.has(m.id) && !(m.source !== 'upload' && hostLoading) && (
            <p className={s.warning}>Add this file again: files are kept only while the card is open.</p>
          )}
        </li>
      ))}
    </ul>
  );
}
