// What the person deciding is told after a decision: done, refused by the rules, or overtaken by someone else.
import { triageStateWords, ukLongDate, type TriageState } from '../../../domain';
import type { BoardRow, DecisionOutcome } from './board-ports';

export type DecisionResult = { readonly tone: 'success' | 'refused' | 'conflict' | 'failed'; readonly text: string };

const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });

function whenWords(iso: string | undefined): string {
  const ms = iso === undefined ? Number.NaN : Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  return ` at ${TIME.format(new Date(ms))} on ${ukLongDate(iso!.slice(0, 10)) ?? iso!.slice(0, 10)}`;
}

/** "Alex Morgan changed this referral at 10:42 on 7 December 2026: it is now screening. …" */
export function conflictWords(current: BoardRow | undefined, who: string | undefined): string {
  const last = current?.triage.history.at(-1);
  const state: TriageState | undefined = current?.triage.state;
  const now = state ? `: it is now ${triageStateWords(state).toLocaleLowerCase('en-GB')}` : '';
  return `${who ?? 'Someone else'} changed this referral${whenWords(last?.at)}${now}. Your decision was not saved. Look at the referral again, then decide.`;
}

export function resultWords(outcome: DecisionOutcome, who: string | undefined): DecisionResult {
  if (outcome.ok) {
    const state = triageStateWords(outcome.row.triage.state).toLocaleLowerCase('en-GB');
    const told = outcome.statusMessageSent ? ' The referrer has been sent a status message.' : '';
    // The worker cannot open the service mailbox: without the notice they would not know the referral is theirs.
    const notice =
      outcome.allocationNoticeSent === undefined
        ? ''
        : outcome.allocationNoticeSent
          ? ' The worker has been emailed that it is theirs.'
          : ' The worker could not be emailed that it is theirs: tell them yourself.';
    return { tone: 'success', text: `Saved: the referral is now ${state}.${told}${notice}` };
  }
  if (outcome.code === 'conflict') return { tone: 'conflict', text: conflictWords(outcome.current, who) };
  return { tone: 'refused', text: outcome.message };
}
