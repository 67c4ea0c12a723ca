// The files of a filed message, each with a download button; a failed download says so beside the file.
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { formatBytes } from '../../../domain';
import { useFiledReferralViewStyles } from './filed-referral-view.styles';

/** A file attached to the filed message, as Graph lists it. */
export type FiledAttachment = {
  readonly id: string;
  readonly name: string;
  readonly contentType?: string;
  /** Bytes. */
  readonly size?: number;
};

/** Plain words for the two files every filing carries; the referrer's own files keep their names only. */
const DESCRIPTIONS: Readonly<Record<string, string>> = {
  'referral.pdf': 'the summary, for the case record',
  'referral.json': 'the referral for the service’s systems',
};

export type AttachmentListProps = {
  readonly attachments: readonly FiledAttachment[];
  readonly onDownload?: (attachment: FiledAttachment) => Promise<void> | void;
};

export function AttachmentList({ attachments, onDownload }: AttachmentListProps) {
  const s = useFiledReferralViewStyles();
  const [busy, setBusy] = useState<string | undefined>();
  const [failed, setFailed] = useState<ReadonlySet<string>>(new Set());
  const download = async (a: FiledAttachment) => {
    if (!onDownload || busy) return;
    setBusy(a.id);
    setFailed((f) => new Set([...f].filter((id) => id !== a.id)));
    try {
      await onDownload(a);
    } catch {
      setFailed((f) => new Set([...f, a.id]));
    } finally {
      setBusy(undefined);
    }
  };
  if (attachments.length === 0) return <p className={s.muted}>No files are listed for this message.</p>;
  return (
    <ul className={s.files}>
      {attachments.map((a) => {
        const about = DESCRIPTIONS[a.name.toLowerCase()];
        return (
          <li key={a.id} className={s.file}>
            <span>
              <bdi dir="auto">{a.name}</bdi>
              {about && `: ${about}`}
              {a.size !== undefined && <span className={s.muted}> ({formatBytes(a.size)})</span>}
            </span>
            {onDownload && (
              <Button
                size="small"
                aria-label={`Download ${a.name}`}
                disabledFocusable={busy !== undefined}
                onClick={() => void download(a)}
              >
                {busy === a.id ? 'Downloading…' : 'Download'}
              </Button>
            )}
            {failed.has(a.id) && (
              <p role="alert" className={s.failed}>
                {a.name} could not be downloaded. Check your connection and try again.
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
