/** @jest-environment jsdom */
// The "Suitable for the age of" filter with a child not yet born: listed, usable, and agreeing with the engine.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { catalogue } from '../../../../src/catalogues';
import { catalogueSchema, evaluate } from '../../../../src/domain';
import type { Catalogue } from '../../../../src/domain';
import { ageCriteriaByService, servicesFittingAge } from '../../../../src/ui/features/eligibility/age-fit';
import { describeChild } from '../../../../src/ui/features/eligibility/eligibility-filters';
import type { DraftAction } from '../../../../src/ui/state/draft-actions';
import { Harness, NOW, TODAY, draftWith, rememberAllGroupsOpen, testCatalogue } from './panel-fixture';

afterEach(cleanup);
// Every group open, as a referrer who opened them would see it: the filter is what hides a row here.
beforeEach(() => rememberAllGroupsOpen(testCatalogue, withPreBirth, catalogue));

const SEED = '001_0123456789abcdef.txt';
// The test catalogue plus one service that admits a child from before birth to age 1.
const withPreBirth: Catalogue = catalogueSchema.parse({
  ...testCatalogue,
  services: [
    ...testCatalogue.services,
    {
      id: 'beta.bump',
      providerId: 'beta',
      name: 'Beta bump to baby',
      description: 'Pre-birth support, for tests.',
      mailbox: 'beta-bump@council.example',
      kind: 'programme',
      audience: 'family',
      ruleSets: [],
      citations: [{ seed: SEED, section: 'Bump' }],
      criteria: [
        {
          kind: 'age',
          id: 'beta.bump.age',
          requirement: 'From pre-birth to age 1',
          citation: { seed: SEED, section: 'Bump' },
          min: -1,
          max: 1,
        },
      ],
    },
  ],
});

const control = (label: string) =>
  document.getElementById(
    (screen.getByText(label, { selector: 'label' }) as HTMLLabelElement).htmlFor,
  ) as HTMLSelectElement;
const optionsOf = (select: HTMLSelectElement) =>
  within(select)
    .getAllByRole('option')
    .map((o) => [o.textContent, (o as HTMLOptionElement).disabled]);
// Rows found by their heading: role queries over every row are slow in jsdom.
const shownNames = () => new Set(screen.queryAllByText(/./, { selector: 'h4' }).map((h) => h.textContent ?? ''));
const child = (id: string, name: string, dates: Record<string, unknown>) => ({ id, kind: 'child', name, ...dates });

function renderPanel(people: unknown[], cat: Catalogue = withPreBirth) {
  const dispatchRef: { current?: (a: DraftAction) => void } = {};
  const view = render(<Harness catalogue={cat} initial={draftWith({ people })} dispatchRef={dispatchRef} />);
  return { ...view, dispatch: (a: DraftAction) => act(() => dispatchRef.current?.(a)) };
}

describe('describeChild', () => {
  const baby = { id: 'c1', kind: 'child' as const, name: 'Baby Example', age: -1 };
  it.each([
    ['an expected date to come', { due: '2027-03-03' }, 'Baby Example, not yet born (due 3 March 2027)'],
    ['an expected date today', { due: TODAY }, 'Baby Example, not yet born (due 23 November 2026)'],
    ['an expected date gone by', { due: '2026-10-01' }, 'Baby Example, not yet born (was due 1 October 2026)'],
    [
      'a date of birth after today',
      { due: '2027-01-05', dueFromDateOfBirth: true },
      'Baby Example, not yet born (date of birth 5 January 2027 is after today)',
    ],
    ['no date', {}, 'Baby Example, not yet born'],
    ['a date that is not real', { due: '2027-02-30' }, 'Baby Example, not yet born'],
  ])('words a child not yet born with %s', (_, extra, words) => {
    expect(describeChild({ ...baby, ...extra }, 0, TODAY)).toBe(words);
  });

  it('names a child with no name yet by its place, unborn or not', () => {
    expect(describeChild({ ...baby, name: ' ', due: '2027-03-03' }, 1, TODAY)).toBe(
      'Child 2 (no name yet), not yet born (due 3 March 2027)',
    );
    expect(describeChild({ id: 'c2', kind: 'child', name: 'Sam' }, 0, TODAY)).toBe('Sam, age not known yet');
    expect(describeChild({ id: 'c2', kind: 'child', name: 'Sam', age: 0 }, 0, TODAY)).toBe('Sam, aged 0');
  });
});

describe('the age filter with a child not yet born', () => {
  const family = [
    child('c1', 'Amira', { dateOfBirth: '2023-01-10' }),
    child('c2', 'Baby Example', { expectedDate: '2027-03-03' }),
    child('c3', 'Typo', { dateOfBirth: '2027-01-05' }),
    child('c4', 'Unknown', {}),
    child('c5', 'Bad date', { expectedDate: '2027-02-30' }),
    child('c6', 'Both', { dateOfBirth: '2026-02-01', expectedDate: '2026-02-10' }),
  ];

  it('lists an unborn child with its due date and lets it be chosen; a child with no usable date stays disabled', () => {
    renderPanel(family);
    expect(optionsOf(control('Suitable for the age of'))).toEqual([
      ['Any child', false],
      ['Amira, aged 3', false],
      ['Baby Example, not yet born (due 3 March 2027)', false],
      ['Typo, not yet born (date of birth 5 January 2027 is after today)', false],
      ['Unknown, age not known yet', true],
      ['Bad date, age not known yet', true],
      ['Both, aged 0', false],
    ]);
  });

  it('keeps exactly the services whose criteria admit a child not yet born', () => {
    renderPanel(family);
    fireEvent.change(control('Suitable for the age of'), { target: { value: 'c2' } });
    const fitting = servicesFittingAge(withPreBirth, -1, TODAY);
    const expected = withPreBirth.services.filter((s) => fitting.has(s.id)).map((s) => s.name);
    expect([...shownNames()].sort()).toEqual([...expected].sort());
    expect(shownNames().has('Beta bump to baby')).toBe(true);
    expect(shownNames().has('Beta little ones')).toBe(false); // 0 to 5: not before birth
    expect(shownNames().has('Beta teens')).toBe(false);
    expect(shownNames().has('Alpha open group')).toBe(true); // no age rule
    expect(screen.getByText(/suitable for Baby Example, not yet born \(due 3 March 2027\)\./)).toBeTruthy();
  });

  it('filters a child whose date of birth is after today as not yet born, as the engine reads it', () => {
    renderPanel(family);
    fireEvent.change(control('Suitable for the age of'), { target: { value: 'c3' } });
    expect(shownNames().has('Beta bump to baby')).toBe(true);
    expect(shownNames().has('Beta little ones')).toBe(false);
  });

  it('follows the draft: a due date typed in changes the words, and a birth date turns the child into a baby aged 0', () => {
    const { dispatch } = renderPanel([child('c1', 'Baby Example', { expectedDate: '2027-03-03' })]);
    const select = control('Suitable for the age of');
    fireEvent.change(select, { target: { value: 'c1' } });
    dispatch({ type: 'edit-person', index: 0, patch: { expectedDate: '2027-04-01' } });
    expect(optionsOf(select)[1]).toEqual(['Baby Example, not yet born (due 1 April 2027)', false]);
    expect(screen.getByText(/suitable for Baby Example, not yet born \(due 1 April 2027\)\./)).toBeTruthy();
    dispatch({ type: 'edit-person', index: 0, patch: { dateOfBirth: '2026-11-20' } });
    expect(optionsOf(select)[1]).toEqual(['Baby Example, aged 0', false]);
    expect(shownNames().has('Beta little ones')).toBe(true);
    expect(shownNames().has('Beta bump to baby')).toBe(true);
    dispatch({ type: 'edit-person', index: 0, patch: { dateOfBirth: '2026-11-31' } }); // not a real date: the expected date counts again
    expect(optionsOf(select)[1]).toEqual(['Baby Example, not yet born (due 1 April 2027)', false]);
    expect(shownNames().has('Beta little ones')).toBe(false);
  });

  it('agrees with the engine on the real catalogue: a service is hidden exactly when an age rule fails for the unborn child', () => {
    const people = [child('c1', 'Baby Example', { expectedDate: '2027-03-03' })];
    renderPanel(people, catalogue);
    fireEvent.change(control('Suitable for the age of'), { target: { value: 'c1' } });
    const shown = shownNames();
    const { results } = evaluate({ people }, catalogue, { now: NOW });
    const ageRules = ageCriteriaByService(catalogue);
    const nameOf = new Map(catalogue.services.map((s) => [s.id, s.name]));
    expect(results).toHaveLength(catalogue.services.length);
    for (const r of results) {
      const codes = new Set((ageRules.get(r.serviceId) ?? []).map((c) => c.id));
      const failsOnAge = r.reasons.some((reason) => codes.has(reason.code) && reason.status === 'not-met');
      expect([r.serviceId, shown.has(nameOf.get(r.serviceId) ?? '')]).toEqual([r.serviceId, !failsOnAge]);
    }
    expect(new Set(nameOf.values()).size).toBe(catalogue.services.length); // names tell the rows apart
    expect(shown.has(nameOf.get('notts.parenting-capacity-assessment') ?? '')).toBe(true); // pre-birth to 16
    expect(shown.size).toBeLessThan(catalogue.services.length);
  });

  it('has no axe violations with an unborn child chosen', async () => {
    const { container } = renderPanel(family);
    fireEvent.change(control('Suitable for the age of'), { target: { value: 'c2' } });
    const results = await axe.run(container, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
