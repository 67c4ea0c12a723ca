// A small catalogue whose verdicts the tests control exactly, and a harness that behaves like the App: it keeps a
// draft, evaluates it on every change and renders the panel with the draft's services and people.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useMemo, useReducer } from 'react';
import { catalogueSchema, evaluate } from '../../../../src/domain';
import type { Catalogue } from '../../../../src/domain';
import { cardPeople } from '../../../../src/ui/app/card-people';
import { EligibilityPanel } from '../../../../src/ui/features/eligibility/eligibility-panel';
import { groupsOf } from '../../../../src/ui/features/eligibility/panel-groups';
import { writePanelMemory } from '../../../../src/ui/features/eligibility/panel-memory';
import { draftReducer } from '../../../../src/ui/state/draft-reducer';
import { newDraft } from '../../../../src/ui/state/draft';
import type { DraftAction } from '../../../../src/ui/state/draft-actions';
import type { Draft } from '../../../../src/ui/state/draft';

export const NOW = new Date('2026-11-23T10:00:00Z');
export const TODAY = '2026-11-23';
const SEED = '001_0123456789abcdef.txt';
const cite = (section: string, note?: string) => (note ? { seed: SEED, section, note } : { seed: SEED, section });

const service = (id: string, providerId: string, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  providerId,
  name,
  description: `${name}, for tests.`,
  mailbox: `${id.replace('.', '-')}@council.example`,
  kind: 'programme',
  audience: 'family',
  ruleSets: [],
  criteria: [],
  citations: [cite('Services')],
  ...extra,
});

export const testCatalogue: Catalogue = catalogueSchema.parse({
  version: 'test',
  providers: [
    {
      id: 'alpha',
      name: 'Alpha Family Hub',
      seed: SEED,
      sources: [
        {
          id: 'alpha-offer',
          file: SEED,
          title: 'Alpha Offer 2026',
          publisher: 'Alpha Council',
          shortTitle: 'family offer',
        },
      ],
    },
    { id: 'beta', name: 'Beta Services', seed: SEED, contacts: [{ name: 'Beta front door', phone: '020 7946 0999' }] },
  ],
  ruleSets: [
    {
      id: 'beta.teen-rules',
      description: 'Teenagers only',
      criteria: [
        {
          kind: 'age',
          id: 'beta.teen.age',
          requirement: 'For young people aged 11 to 18',
          citation: cite('Teen offer'),
          min: 11,
          max: 18,
        },
      ],
    },
  ],
  questions: [],
  services: [
    service('alpha.eligible', 'alpha', 'Alpha open group', {
      criteria: [
        {
          kind: 'condition',
          id: 'alpha.eligible.safe',
          requirement: 'The person who caused harm has left the home',
          citation: cite('Safety', 'Read with the safety plan'),
          test: { fact: 'risks.perpetratorInHome', eq: 'no' },
        },
      ],
    }),
    service('alpha.ineligible', 'alpha', 'Alpha closed group', {
      criteria: [
        {
          kind: 'condition',
          id: 'alpha.ineligible.in-home',
          requirement: 'The person who caused harm still lives in the home',
          citation: cite('Who it is for'),
          test: { fact: 'risks.perpetratorInHome', eq: 'yes' },
          alternatives: ['beta.no-mailbox', 'beta.teen', 'unknown.service'],
        },
        {
          kind: 'condition',
          id: 'alpha.ineligible.no-misuse',
          requirement: 'No active substance misuse',
          citation: cite('Exclusions'),
          test: { fact: 'risks.activeSubstanceMisuse', eq: 'no' },
        },
      ],
    }),
    service('alpha.review', 'alpha', 'Alpha judgement service', {
      criteria: [
        {
          kind: 'review',
          id: 'alpha.review.ask',
          requirement: 'Discuss with the service first',
          citation: cite('Referral process'),
        },
      ],
    }),
    service('alpha.incomplete', 'alpha', 'Alpha borough service', {
      criteria: [
        {
          kind: 'person',
          who: 'child',
          id: 'alpha.incomplete.borough',
          requirement: 'The child lives in the borough',
          citation: cite('Area'),
          test: { fact: 'child.livesInBorough', eq: 'yes' },
        },
      ],
    }),
    service('beta.no-mailbox', 'beta', 'Beta drop-in', {
      mailbox: undefined,
      contacts: [{ name: 'Beta intake team', email: 'intake@beta.example', phone: '020 7946 0000' }],
      criteria: [
        {
          kind: 'condition',
          id: 'beta.drop-in.safe',
          requirement: 'The person who caused harm has left the home',
          citation: cite('Drop-in'),
          test: { fact: 'risks.perpetratorInHome', eq: 'no' },
        },
      ],
    }),
    service('beta.young', 'beta', 'Beta little ones', {
      criteria: [
        {
          kind: 'age',
          id: 'beta.young.age',
          requirement: 'For children aged 0 to 5',
          citation: cite('Early years'),
          min: 0,
          max: 5,
        },
      ],
    }),
    service('beta.teen', 'beta', 'Beta teens', { ruleSets: ['beta.teen-rules'] }),
  ],
  packageRules: [
    {
      kind: 'max-items',
      id: 'alpha.max-one',
      services: ['alpha.*'],
      max: 1,
      message: 'Choose at most one Alpha service',
      citation: cite('Package', 'One at a time'),
    },
    {
      kind: 'condition',
      id: 'beta.need',
      services: ['beta.young'],
      message: 'Say whether the family has additional needs',
      citation: cite('Needs'),
      test: { fact: 'needs.additionalNeeds', eq: 'yes' },
      severity: 'advice',
    },
  ],
  timeStandards: [],
});

/** The panel's `people` prop from the draft, derived as the App derives it. */
export const panelPeople = (referral: Record<string, unknown>) => cardPeople(referral.people, TODAY);

export function draftWith(referral: Record<string, unknown>): Draft {
  const d = newDraft('draft-1', NOW);
  return { ...d, referral: { ...d.referral, ...referral } };
}

/** Like the App: a reducer over the draft, evaluation memoised on the referral object. */
export function Harness(props: {
  catalogue: Catalogue;
  initial: Draft;
  onToggle?: (id: string, o?: { advice?: boolean }) => void;
  dispatchRef?: { current?: (a: DraftAction) => void };
}) {
  const [draft, dispatch] = useReducer(
    draftReducer(() => NOW),
    props.initial,
  );
  if (props.dispatchRef) props.dispatchRef.current = dispatch;
  const evaluation = useMemo(
    () => evaluate(draft.referral, props.catalogue, { now: NOW }),
    [draft.referral, props.catalogue],
  );
  const services = (Array.isArray(draft.referral.services) ? draft.referral.services : []) as {
    serviceId: string;
    personIds: string[];
    advice?: boolean;
  }[];
  return (
    <FluentProvider theme={webLightTheme}>
      <EligibilityPanel
        catalogue={props.catalogue}
        evaluation={evaluation}
        services={services}
        people={panelPeople(draft.referral)}
        today={TODAY}
        onToggle={(serviceId, options) => {
          props.onToggle?.(serviceId, options);
          dispatch({ type: 'toggle-service', serviceId, ...(options?.advice ? { advice: true } : {}) });
        }}
      />
    </FluentProvider>
  );
}

/**
 * Remembers every provider group of `catalogue` as open (what a referrer who opened them all would see), and no
 * filter: most tests look at every row. Tests of the folding itself start from an empty memory instead.
 */
export function rememberAllGroupsOpen(...catalogues: Catalogue[]): void {
  localStorage.clear();
  writePanelMemory({ open: catalogues.flatMap((c) => groupsOf(c).map((g) => g.id)) }, localStorage);
}
