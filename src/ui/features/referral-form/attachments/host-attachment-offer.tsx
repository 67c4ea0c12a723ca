import { Button } from '@fluentui/react-components';
import type { HostAttachment } from '../../../host-context';
import { useFormStyles } from '../form.styles';
import { formatSize } from './attachment-store';
import type { HostAttachments } from './use-host-attachments';

export type HostAttachmentOfferProps = {
  readonly subject: string;
  readonly state: HostAttachments;
  readonly isAttached: (a: HostAttachment) => boolean;
  readonly onAttach: (a: HostAttachment) => void;
};

/** "Attach this email": the open email (as .eml or its text) and its attachments, one button each. */
export function HostAttachmentOffer({ subject, state, isAttached, onAttach }: HostAttachmentOfferProps) {
  const s = useFormStyles();
  if (state.status === 'none') return null;
  return (
    <div className={s.card}>
      <h3 className={s.cardTitle}>From the open email</h3>
      <p className={s.muted}>{subject}</p>
      {state.status === 'loading' && (
        <p className={s.text} role="status">
          Looking for the email’s attachments…
        </p>
      )}
      {state.status === 'error' && <p className={s.warning}>{state.message}</p>}
      {state.status === 'ready' && (
        <ul className={s.list}>
          {state.list.map((a) => (
            <li key={a.id} className={s.row}>
              <span className={s.text}>
                {a.source === 'current-email' ? `This email (${a.name})` : a.name}{' '}
                <span className={s.muted}>{formatSize(a.size)}</span>
              </span>
              {isAttached(a) ? (
                <span className={s.muted}>Attached</span>
              ) : (
                <Button
                  size="small"
                  onClick={() => onAttach(a)}
                  aria-label={`Attach ${a.source === 'current-email' ? 'this email' : a.name}`}
                >
                  Attach
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
