// One referral opened from the board: its row's facts, a possible duplicate, the decision, what has happened, and
// the referral itself (the summary and every file), or why its details file could not be read.
import { Button } from '@fluentui/react-components';
import { useCallback, useEffect, useRef } from 'react';
import type { Catalogue, InterventionPlan, Role, TriageMove, TriageState } from '../../../domain';
import type { ExtensionMessage } from '../../../graph/extension';
import { ukLongDate } from '../../../domain';
import { FiledReferralView, type FiledAttachment } from '../../components/filed-referral-view';
import { PlanSection } from '../extension-request';
import { AuditTrail } from './audit-trail';
import type { DuplicateFlag } from './board-duplicates';
import { duplicateWords } from './board-duplicates';
import type { BoardPerson, BoardRow, DecisionOutcome, OpenedReferral, StoredDigest } from './board-ports';
import { DEADLINE_WORDS, type ViewRow } from './board-view';
import { DecisionForm } from './decision-form';
import { useBoardStyles } from './triage-board.styles';
import { useOpenedReferral } from './use-opened-referral';

export type ReferralDetailProps = {
  readonly row: BoardRow;
  readonly view: ViewRow;
  readonly catalogue: Catalogue;
  readonly role: Role;
  readonly members: readonly BoardPerson[];
  readonly names: ReadonlyMap<string, string>;
  readonly duplicates: readonly DuplicateFlag[];
  readonly now: () => Date;
  readonly open: (messageId: string) => Promise<OpenedReferral>;
  readonly download: (messageId: string, attachment: FiledAttachment) => Promise<void>;
  readonly decide: (move: TriageMove) => Promise<DecisionOutcome>;
  readonly personName: (id: string) => Promise<string | undefined>;
  readonly onDigest: (messageId: string, digest: StoredDigest) => void;
  readonly onOpenOther: (messageId: string) => void;
  readonly onBack: () => void;
  readonly readPlan?: (messageId: string) => Promise<InterventionPlan | undefined>;
  readonly sendPlan?: (message: ExtensionMessage, serviceIds: readonly string[]) => Promise<void>;
};

function Facts({ view }: { view: ViewRow }) {
  const s = useBoardStyles();
  const facts: [string, string][] = [
    ['Service', view.service],
    ['Referrer', view.referrer],
    ['Received', ukLongDate(view.receivedOn) ?? view.receivedOn],
    ['Age', `${view.ageDays} working ${view.ageDays === 1 ? 'day' : 'days'}`],
    ['Status', view.status],
    ['Allocated to', view.assignee || 'Nobody yet'],
    ['Priority', view.priority || 'Not set'],
    [
      'Deadline',
      `${DEADLINE_WORDS[view.deadline]}${view.dueDate && view.deadline !== 'none' ? ` (${ukLongDate(view.dueDate) ?? view.dueDate})` : ''}`,
    ],
  ];
  return (
    <dl className={s.facts}>
      {facts.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt className={s.term}>{term}</dt>
          <dd className={s.definition}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Duplicates({ flags, onOpen }: { flags: readonly DuplicateFlag[]; onOpen: (id: string) => void }) {
  const s = useBoardStyles();
  if (flags.length === 0) return null;
  return (
    <section className={s.warning} aria-labelledby="duplicate-heading">
      <h2 id="duplicate-heading" className={s.subheading}>
        Possible duplicate
      </h2>
      {flags.map((f) => (
        <p key={`${f.reference}:${f.service.id}:${f.child}`} className={s.text}>
          {duplicateWords(f)}{' '}
          <Button appearance="secondary" size="small" onClick={() => onOpen(f.earlierMessageId)}>
            Open {f.reference}
          </Button>
        </p>
      ))}
    </section>
  );
}

function ReferralContent(props: ReferralDetailProps) {
  const s = useBoardStyles();
  const { row } = props;
  const state = useOpenedReferral(row.messageId, props.open, props.onDigest, props.now);
  if (state.status === 'loading') return <p role="status">Reading the referral…</p>;
  if (state.status === 'error')
    return (
      <div className={s.problem} role="alert">
        <p className={s.text}>{state.problem.what}</p>
        <p className={s.text}>{state.problem.todo}</p>
      </div>
    );
  const { document, attachments } = state.opened;
  const onDownload = (a: FiledAttachment) => props.download(row.messageId, a);
  if (document.ok)
    return (
      <FiledReferralView
        document={document.document}
        catalogue={props.catalogue}
        attachments={attachments}
        onDownload={onDownload}
        headingLevel={3}
      />
    );
  return (
    <div className={s.warning}>
      <h3 className={s.subheading}>Referral details held back</h3>
      <p className={s.text}>{document.message} The board has set it aside; the message and its files are unchanged.</p>
      <ul className={s.trail} aria-label="Files on the message">
        {attachments.map((a) => (
          <li key={a.id}>
            {a.name}{' '}
            <Button size="small" onClick={() => void onDownload(a).catch(() => undefined)}>
              Download {a.name}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Once a referral is allocated, its plan: the start, and a request to run beyond 12 weeks. */
function AllocatedPlan({ row, now, readPlan, sendPlan }: ReferralDetailProps) {
  const { messageId, serviceIds } = row;
  const read = useCallback(() => readPlan!(messageId), [readPlan, messageId]);
  const send = useCallback((m: ExtensionMessage) => sendPlan!(m, serviceIds), [sendPlan, serviceIds]);
  if (row.triage.state !== 'allocated' || !sendPlan) return null;
  return (
    <PlanSection
      referralId={row.referralId}
      reference={row.reference}
      now={now}
      send={send}
      {...(readPlan ? { readPlan: read } : {})}
    />
  );
}

export function ReferralDetail(props: ReferralDetailProps) {
  const s = useBoardStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [props.row.messageId]);
  const state: TriageState = props.row.triage.state;
  return (
    <article className={s.panel} aria-labelledby="referral-heading" data-state={state}>
      <div className={s.top}>
        <h1 id="referral-heading" ref={heading} tabIndex={-1} className={s.heading}>
          Referral {props.row.reference}
        </h1>
        <Button onClick={props.onBack}>Back to the board</Button>
      </div>
      <Facts view={props.view} />
      <Duplicates flags={props.duplicates} onOpen={props.onOpenOther} />
      <DecisionForm
        row={props.row}
        role={props.role}
        members={props.members}
        decide={props.decide}
        personName={props.personName}
      />
      <AllocatedPlan {...props} />
      <AuditTrail record={props.row.triage} names={props.names} />
      <section aria-labelledby="content-heading" className={s.decisions}>
        <h2 id="content-heading" className={s.subheading}>
          The referral
        </h2>
        <ReferralContent {...props} />
      </section>
    </article>
  );
}
