// What follows from the whole referral: the verdicts, the field checks and readiness to file. They follow the draft
// store in an interruptible render when the page is idle, never between a key and the frame that shows it.
import { useCallback, useMemo } from 'react';
import { londonDate } from '../../domain';
import type { Evaluation } from '../../domain';
import type { FieldPath } from '../components/field-id';
import { useFieldValidation } from '../features/referral-form';
import type { FieldValidation } from '../features/referral-form';
import type { CatalogueStatus } from '../state/catalogue-status';
import type { DraftReferral } from '../state/draft';
import type { DraftStore } from '../state/draft-store';
import { useEvaluation } from '../state/use-evaluation';
import { useSettledValue } from '../state/use-settled-value';
import { cardPeople } from './card-people';
import type { CardPerson } from './card-people';
import { filingReadiness } from './filing-readiness';
import { serviceNeeds } from './service-needs';
import type { Readiness } from './filing-readiness';

export type CardChecks = {
  /** The referral as last followed: what the verdicts, the questions and the headings were worked out from. */
  readonly settled: DraftReferral;
  /** Europe/London date, YYYY-MM-DD. */
  readonly today: string;
  /** Undefined until the catalogue is ready. */
  readonly evaluation?: Evaluation;
  readonly validation: FieldValidation;
  readonly people: readonly CardPerson[];
  readonly readiness?: Readiness;
};

/** The referral store's latest referral, with whether its latest change was typed. */
function referralOf(store: DraftStore) {
  return { get: () => store.get().referral, subscribe: store.subscribe, isTyping: store.isTyping };
}

export function useCardChecks(store: DraftStore, catalogue: CatalogueStatus, now: () => Date): CardChecks {
  const source = useMemo(() => referralOf(store), [store]);
  const [settled, catchUp] = useSettledValue(source);
  const today = londonDate(now());
  const ready = catalogue.state === 'ready' ? catalogue.catalogue : undefined;
  const evaluation = useEvaluation(settled, ready, now, today);
  const needs = useMemo(() => serviceNeeds(ready, settled.services), [ready, settled.services]);
  const checks = useFieldValidation(settled, source.get, needs);
  // Leaving a field, or "Check referral", shows problems: the checks first catch up with what was typed, in the same
  // render, so a problem the referrer has just fixed never flashes up.
  const { blur: checkField, showAll: checkAll } = checks;
  const blur = useCallback(
    (path: FieldPath) => {
      catchUp();
      checkField(path);
    },
    [catchUp, checkField],
  );
  const showAll = useCallback(() => {
    catchUp();
    return checkAll();
  }, [catchUp, checkAll]);
  const validation = useMemo(() => ({ ...checks, blur, showAll }), [checks, blur, showAll]);
  const people = useMemo(() => cardPeople(settled.people, today), [settled.people, today]);
  const readiness = useMemo(
    () => (ready && evaluation ? filingReadiness(settled, evaluation, ready, validation.issues) : undefined),
    [settled, evaluation, ready, validation.issues],
  );
  return {
    settled,
    today,
    validation,
    people,
    ...(evaluation ? { evaluation } : {}),
    ...(readiness ? { readiness } : {}),
  };
}
