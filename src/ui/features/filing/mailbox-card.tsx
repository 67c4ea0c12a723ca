import { mergeClasses } from '@fluentui/react-components';
import { AttachmentProgress } from './attachment-progress';
import { FailureBlock } from './failure-block';
import { waitWords } from '../../../filing';
import type { MailboxView } from '../../../filing';
import { useFilingScreenStyles } from './filing.styles';
import { mailboxStatusWords } from './step-words';

/** One message's filing: its services, where it goes, its step, each attachment's upload and any problem. */
export function MailboxCard({ mailbox: m }: { readonly mailbox: MailboxView }) {
  const s = useFilingScreenStyles();
  const title = m.serviceNames.join(', ');
  const statusClass = m.status === 'filed' ? s.filed : m.status === 'failed' ? s.failed : undefined;
  return (
    <li className={mergeClasses(s.card, statusClass)} aria-label={title}>
      <h3 className={s.subHeading}>{m.kind === 'advice' ? `Advice request: ${title}` : title}</h3>
      <p className={s.muted}>To {m.address}</p>
      <p className={s.text}>
        <strong>{mailboxStatusWords(m)}</strong>
      </p>
      {m.wait && (
        <p className={s.text}>
          {m.wait.reason === 'throttled'
            ? `Microsoft 365 asked us to wait ${waitWords(m.wait.seconds)}. Filing carries on by itself after the wait.`
            : `Microsoft 365 did not answer; trying again in ${waitWords(m.wait.seconds)}.`}
        </p>
      )}
      {m.status !== 'filed' && m.attachments.length > 0 && (
        <ul className={s.list} aria-label={`Attachments to ${m.address}`}>
          {m.attachments.map((a) => (
            <AttachmentProgress key={`${a.name}:${a.totalBytes}`} attachment={a} />
          ))}
        </ul>
      )}
      {m.failure && m.failure.kind !== 'offline' && (
        <FailureBlock kind={m.failure.kind} details={m.failure.details} mailbox={m.address} />
      )}
    </li>
  );
}
