// Who moved the referral, when and why: newest first, with the count of older changes no longer kept.
import { triageStateWords, type TriageRecord } from '../../../domain';
import { useBoardStyles } from './triage-board.styles';

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });

export function AuditTrail({ record, names }: { record: TriageRecord; names: ReadonlyMap<string, string> }) {
  const s = useBoardStyles();
  const name = (id: string) => names.get(id) ?? 'Someone outside the team';
  const events = [...record.history].reverse();
  return (
    <section aria-labelledby="trail-heading" className={s.decisions}>
      <h2 id="trail-heading" className={s.subheading}>
        What has happened
      </h2>
      {events.length === 0 ? (
        <p className={s.text}>Nobody has made a decision on this referral yet.</p>
      ) : (
        <ol className={s.trail}>
          {events.map((e) => (
            <li key={e.version}>
              {WHEN.format(new Date(e.at))}: {e.by.role === 'system' ? 'Referral Card' : name(e.by.id)} moved it from{' '}
              {triageStateWords(e.from).toLocaleLowerCase('en-GB')} to{' '}
              {triageStateWords(e.to).toLocaleLowerCase('en-GB')}
              {e.workerId ? `, allocated to ${name(e.workerId)}` : ''}
              {e.reason ? `. Reason: ${e.reason}` : ''}
              {e.question ? `. Asked: ${e.question}` : ''}
              {e.note ? `. Note: ${e.note}` : ''}
            </li>
          ))}
        </ol>
      )}
      {record.earlierEvents ? (
        <p className={s.muted}>
          and {record.earlierEvents} earlier {record.earlierEvents === 1 ? 'change' : 'changes'}, no longer kept here.
        </p>
      ) : null}
    </section>
  );
}
