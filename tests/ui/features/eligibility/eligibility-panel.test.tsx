/** @jest-environment jsdom */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { catalogue } from '../../../../src/catalogues';
import { evaluate } from '../../../../src/domain';
import { EligibilityPanel } from '../../../../src/ui/features/eligibility/eligibility-panel';
import { readPanelMemory } from '../../../../src/ui/features/eligibility/panel-memory';
import { rowRenderProbe } from '../../../../src/ui/features/eligibility/service-row';
import { ANNOUNCE_DELAY_MS } from '../../../../src/ui/features/eligibility/use-eligible-announcement';
import { sameResult } from '../../../../src/ui/features/eligibility/use-stable-results';
import type { DraftAction } from '../../../../src/ui/state/draft-actions';
import { Harness, NOW, draftWith, rememberAllGroupsOpen, testCatalogue } from './panel-fixture';

beforeEach(() => rememberAllGroupsOpen(testCatalogue, catalogue));

afterEach(() => {
  cleanup();
  rowRenderProbe.current = undefined;
  jest.useRealTimers();
});

const row = (name: string) => screen.getByRole('article', { name });
const queryRow = (name: string) => screen.queryByRole('article', { name });
// getByLabelText walks every label (64 checkboxes on the real catalogue) and is very slow in jsdom.
const control = (label: string) =>
  document.getElementById(
    (screen.getByText(label, { selector: 'label' }) as HTMLLabelElement).htmlFor,
  ) as HTMLSelectElement;
const child = (id: string, name: string, dateOfBirth?: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'child',
  name,
  ...(dateOfBirth ? { dateOfBirth } : {}),
  ...extra,
});

// perpetratorInHome "no" makes alpha.eligible and beta.no-mailbox eligible and alpha.ineligible ineligible.
const baseReferral = {
  risks: { perpetratorInHome: 'no', activeSubstanceMisuse: 'no' },
  people: [child('c1', 'Amira', '2019-05-01')],
};

function renderTest(referral: Record<string, unknown> = baseReferral, onToggle?: jest.Mock) {
  const dispatchRef: { current?: (a: DraftAction) => void } = {};
  const view = render(
    <Harness catalogue={testCatalogue} initial={draftWith(referral)} onToggle={onToggle} dispatchRef={dispatchRef} />,
  );
  return { ...view, dispatch: (a: DraftAction) => act(() => dispatchRef.current?.(a)) };
}

describe('verdicts', () => {
  it('shows each verdict in words, with an icon that is hidden from screen readers', () => {
    renderTest({ ...baseReferral, people: [child('c1', 'Amira')] });
    const cases: [string, string][] = [
      ['Alpha open group', 'Eligible'],
      ['Alpha closed group', 'Not eligible'],
      ['Alpha judgement service', 'Needs a professional judgement'],
      ['Alpha borough service', 'More information needed'],
    ];
    for (const [name, verdict] of cases) {
      const text = within(row(name)).getByText(verdict);
      const icon = text.parentElement?.querySelector('svg');
      expect(icon?.getAttribute('aria-hidden')).toBe('true');
    }
  });

  it('says what is still needed, naming the person it is about', () => {
    renderTest({ ...baseReferral, people: [child('c1', 'Amira')] });
    expect(
      within(row('Alpha borough service')).getByText(
        "Still needed: Does the child live in the family's council area? (Amira)",
      ),
    ).toBeTruthy();
  });

  it('names a person with no name yet by their place in the family, not a blank', () => {
    renderTest({ ...baseReferral, people: [child('c1', '  ')] });
    expect(within(row('Alpha borough service')).getByText(/Still needed: .*\(child 1, no name yet\)/)).toBeTruthy();
  });

  it('updates a verdict when a fact changes', () => {
    const { dispatch } = renderTest();
    expect(within(row('Alpha open group')).getByText('Eligible')).toBeTruthy();
    dispatch({ type: 'edit-section', section: 'risks', patch: { perpetratorInHome: 'yes' } });
    expect(within(row('Alpha open group')).getByText('Not eligible')).toBeTruthy();
    expect(within(row('Alpha closed group')).getByText('Eligible')).toBeTruthy();
  });
});

describe('reasons and citations', () => {
  it('keeps the reasons closed until asked, then shows the deciding ones first', () => {
    renderTest();
    const r = row('Alpha closed group');
    // A rule not met states what was found, then the rule.
    const notMet =
      'The person who caused harm does not live in the family home — The person who caused harm still lives in the home';
    expect(within(r).queryByText(notMet)).toBeNull();
    const show = within(r).getByRole('button', { name: 'Show reasons (2)' });
    expect(show.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(show);
    const items = within(r)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(items[0]).toContain(notMet);
    // A met rule states only what was found, in plain words, not the rule.
    expect(items[1]).toContain('No active drug or alcohol misuse by a parent or carer');
    expect(within(r).queryByText(/No active substance misuse/)).toBeNull();
    const hide = within(r).getByRole('button', { name: 'Hide reasons' });
    expect(hide.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(hide);
    expect(within(r).queryByText(notMet)).toBeNull();
  });

  it('labels each reason with its status in words', () => {
    renderTest();
    const r = row('Alpha closed group');
    fireEvent.click(within(r).getByRole('button', { name: /Show reasons/ }));
    expect(within(r).getByText('Not met:')).toBeTruthy();
    // A met reason's finding says it all: no "Met:" in front of it.
    expect(within(r).queryByText('Met:')).toBeNull();
    expect(within(r).getByText('No active drug or alcohol misuse by a parent or carer')).toBeTruthy();
  });

  it("reveals a reason's source document by name, its section and note on demand, never its file name", () => {
    renderTest();
    const r = row('Alpha open group');
    fireEvent.click(within(r).getByRole('button', { name: /Show reasons/ }));
    expect(within(r).queryByText(/^Source:/)).toBeNull();
    const source = within(r).getByRole('button', { name: 'Show source' });
    expect(source.getAttribute('aria-controls')).toBeTruthy();
    fireEvent.click(source);
    expect(within(r).getByText('Source: Alpha Council — family offer, ‘Safety’')).toBeTruthy();
    expect(r.textContent).not.toMatch(/\.txt/);
    expect(within(r).getByText('Read with the safety plan')).toBeTruthy();
    fireEvent.click(within(r).getByRole('button', { name: 'Hide source' }));
    expect(within(r).queryByText(/^Source:/)).toBeNull();
  });
});

describe('alternatives', () => {
  it('moves focus to the alternative service, even when a filter or a closed group hides it', () => {
    renderTest();
    // Hide Beta by filtering to Alpha, and close nothing: the alternative is filtered out.
    fireEvent.change(control('Provider'), { target: { value: 'alpha' } });
    expect(queryRow('Beta drop-in')).toBeNull();
    fireEvent.click(within(row('Alpha closed group')).getByRole('button', { name: 'Beta drop-in' }));
    expect(document.activeElement).toBe(row('Beta drop-in'));
  });

  it('opens a closed provider group to reach the alternative, and remembers it open', () => {
    renderTest();
    const header = screen.getByRole('button', { name: /Beta Services/ });
    fireEvent.click(header);
    expect(header.getAttribute('aria-expanded')).toBe('false');
    expect(queryRow('Beta teens')).toBeNull();
    expect(readPanelMemory(localStorage).open).not.toContain('beta');
    fireEvent.click(within(row('Alpha closed group')).getByRole('button', { name: 'Beta teens' }));
    expect(header.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(row('Beta teens'));
    expect(readPanelMemory(localStorage).open).toContain('beta');
  });

  it('shows an alternative missing from the catalogue as text, not a dead button', () => {
    renderTest();
    const r = row('Alpha closed group');
    expect(within(r).getByText('unknown.service')).toBeTruthy();
    expect(within(r).queryByRole('button', { name: 'unknown.service' })).toBeNull();
  });
});

describe('filters', () => {
  it('shows eligible services only', () => {
    renderTest();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Eligible only' }));
    const names = screen
      .getAllByRole('article')
      .map((a) => a.getAttribute('aria-labelledby') && within(a).getByRole('heading').textContent);
    expect(names.sort()).toEqual(['Alpha open group', 'Beta drop-in']);
    expect(screen.getByText(/Showing 2 of 7 services/)).toBeTruthy();
  });

  it('filters by provider, one heading per provider', () => {
    renderTest();
    expect(screen.getByRole('heading', { name: /Alpha Family Hub/ })).toBeTruthy();
    fireEvent.change(control('Provider'), { target: { value: 'beta' } });
    expect(screen.queryByRole('heading', { name: /Alpha Family Hub/ })).toBeNull();
    expect(screen.getAllByRole('article')).toHaveLength(3);
  });

  it('filters by the age of a chosen child, using age criteria from rule sets too', () => {
    renderTest({
      ...baseReferral,
      people: [child('c1', 'Amira', '2023-01-10'), child('c2', 'Sam', '2012-06-01'), child('c3', 'Baby')],
    });
    const select = control('Suitable for the age of');
    const options = within(select)
      .getAllByRole('option')
      .map((o) => [o.textContent, (o as HTMLOptionElement).disabled]);
    expect(options).toEqual([
      ['Any child', false],
      ['Amira, aged 3', false],
      ['Sam, aged 14', false],
      ['Baby, age not known yet', true],
    ]);
    fireEvent.change(select, { target: { value: 'c1' } });
    expect(queryRow('Beta little ones')).not.toBeNull();
    expect(queryRow('Beta teens')).toBeNull(); // its age rule lives in a shared rule set
    expect(queryRow('Alpha open group')).not.toBeNull(); // no age rule: any child fits
    fireEvent.change(select, { target: { value: 'c2' } });
    expect(queryRow('Beta little ones')).toBeNull();
    expect(queryRow('Beta teens')).not.toBeNull();
  });

  it('says so, with a way out, when nothing matches', () => {
    renderTest({ risks: { perpetratorInHome: 'yes' }, people: [] });
    fireEvent.change(control('Provider'), { target: { value: 'beta' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Eligible only' }));
    expect(screen.getByText('No services match these filters.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getAllByRole('article')).toHaveLength(7);
  });

  it("filters the real catalogue by a child's age from its age criteria", () => {
    const referral = { people: [child('c1', 'Amira', '2019-05-01'), child('c2', 'Sam', '2011-09-01')] };
    render(<Harness catalogue={catalogue} initial={draftWith(referral)} />);
    const select = control('Suitable for the age of');
    // Found by heading text: role queries over 64 rows are slow in jsdom.
    const shown = (name: string) => screen.queryByText(name, { selector: 'h4' }) !== null;
    fireEvent.change(select, { target: { value: 'c1' } }); // aged 7
    expect(shown('1-2-3 Magic')).toBe(true); // 5 to 12
    expect(shown('Strengthening Families')).toBe(false); // 10 to 14
    expect(shown('NVR (Non-Violent Resistance) Informed Practice')).toBe(true); // 8 to 18, younger children may be considered
    fireEvent.change(select, { target: { value: 'c2' } }); // aged 15
    expect(shown('1-2-3 Magic')).toBe(false);
    expect(shown('Strengthening Families')).toBe(false);
    expect(shown('NVR (Non-Violent Resistance) Informed Practice')).toBe(true);
  });
});

describe('selecting services', () => {
  it('adds an eligible service with "Add to referral"', () => {
    const onToggle = jest.fn();
    renderTest(baseReferral, onToggle);
    const box = within(row('Alpha open group')).getByRole('checkbox', { name: /Add to referral/ });
    fireEvent.click(box);
    expect(onToggle).toHaveBeenCalledWith('alpha.eligible', undefined);
    expect(
      (within(row('Alpha open group')).getByRole('checkbox', { name: /Add to referral/ }) as HTMLInputElement).checked,
    ).toBe(true);
  });

  it('offers advice instead of adding an ineligible service, and marks the advice request', () => {
    const onToggle = jest.fn();
    renderTest(baseReferral, onToggle);
    const r = row('Alpha closed group');
    expect(within(r).queryByRole('checkbox')).toBeNull();
    fireEvent.click(within(r).getByRole('button', { name: /Ask the service for advice/ }));
    expect(onToggle).toHaveBeenCalledWith('alpha.ineligible', { advice: true });
    expect(within(row('Alpha closed group')).getByText(/Advice request/)).toBeTruthy();
    fireEvent.click(within(row('Alpha closed group')).getByRole('button', { name: /Cancel advice request/ }));
    expect(onToggle).toHaveBeenLastCalledWith('alpha.ineligible', undefined);
    expect(within(row('Alpha closed group')).queryByText(/Advice request/)).toBeNull();
  });

  it('warns when a chosen service turns ineligible, and lets the referrer remove it', () => {
    const { dispatch } = renderTest({ ...baseReferral, services: [{ serviceId: 'alpha.eligible', personIds: [] }] });
    dispatch({ type: 'edit-section', section: 'risks', patch: { perpetratorInHome: 'yes' } });
    const r = row('Alpha open group');
    expect(within(r).getByText(/cannot be filed as a referral/)).toBeTruthy();
    fireEvent.click(within(r).getByRole('button', { name: /Remove from referral/ }));
    expect(within(row('Alpha open group')).getByRole('button', { name: /Ask the service for advice/ })).toBeTruthy();
  });

  it('gives the contact instead of selection for a service with no referral mailbox', () => {
    renderTest();
    const r = row('Beta drop-in');
    expect(r.textContent).toContain(
      'No referral mailbox — contact: Beta intake team, intake@beta.example, 020 7946 0000',
    );
    expect(within(r).getByRole('link', { name: 'intake@beta.example' }).getAttribute('href')).toBe(
      'mailto:intake@beta.example',
    );
    expect(within(r).queryByRole('checkbox')).toBeNull();
    expect(within(r).queryByRole('button', { name: /advice/ })).toBeNull();
  });

  it('names each "Add to referral" control after its service for screen readers', () => {
    renderTest();
    expect(screen.getByRole('checkbox', { name: 'Add to referral — Alpha open group' })).toBeTruthy();
  });
});

describe('package findings', () => {
  it('shows a blocking finding at the top with the services it applies to and its citation', () => {
    renderTest({
      ...baseReferral,
      services: [
        { serviceId: 'alpha.eligible', personIds: [] },
        { serviceId: 'alpha.review', personIds: [] },
      ],
    });
    const region = screen.getByRole('region', { name: 'About the services you chose' });
    expect(within(region).getByText('Must be put right before filing:')).toBeTruthy();
    expect(within(region).getByText(/Choose at most one Alpha service \(2 chosen\)/)).toBeTruthy();
    fireEvent.click(within(region).getByRole('button', { name: 'Show source' }));
    expect(within(region).getByText('Source: Alpha Council — family offer, ‘Package’')).toBeTruthy();
    fireEvent.click(within(region).getByRole('button', { name: 'Alpha judgement service' }));
    expect(document.activeElement).toBe(row('Alpha judgement service'));
  });

  it('shows an advice finding as advice, with what is still needed', () => {
    renderTest({ ...baseReferral, services: [{ serviceId: 'beta.young', personIds: [] }] });
    const region = screen.getByRole('region', { name: 'About the services you chose' });
    expect(within(region).getByText('Advice:')).toBeTruthy();
    expect(within(region).getByText('Still needed: Does the family have additional needs?')).toBeTruthy();
  });

  it('shows nothing when the package raises no finding, and ignores advice requests', () => {
    renderTest({
      ...baseReferral,
      services: [
        { serviceId: 'alpha.eligible', personIds: [] },
        { serviceId: 'alpha.ineligible', personIds: [], advice: true },
      ],
    });
    expect(screen.queryByRole('region', { name: 'About the services you chose' })).toBeNull();
  });

  it('shows the real catalogue\'s "siblings cannot join the same group" rule', () => {
    const referral = {
      people: [child('c1', 'Amira', '2015-05-01'), child('c2', 'Sam', '2014-09-01')],
      services: [{ serviceId: 'lewisham.coda', personIds: ['c1', 'c2'] }],
    };
    render(<Harness catalogue={catalogue} initial={draftWith(referral)} />);
    const region = screen.getByRole('region', { name: 'About the services you chose' });
    expect(within(region).getByText(/sibling/i)).toBeTruthy();
    expect(within(region).getByText('Must be put right before filing:')).toBeTruthy();
  });
});

describe('announcing the eligible count', () => {
  it('announces politely once the count settles, not on every change', () => {
    jest.useFakeTimers();
    const { dispatch } = renderTest();
    const live = screen.getByRole('status');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe('');
    dispatch({ type: 'edit-section', section: 'risks', patch: { perpetratorInHome: 'yes' } }); // 2 eligible → 1
    act(() => jest.advanceTimersByTime(ANNOUNCE_DELAY_MS - 1));
    expect(live.textContent).toBe('');
    act(() => jest.advanceTimersByTime(1));
    expect(live.textContent).toBe('1 of 7 services is eligible.');
  });

  it('stays quiet when the count changes and changes back within the delay', () => {
    jest.useFakeTimers();
    const { dispatch } = renderTest();
    dispatch({ type: 'edit-section', section: 'risks', patch: { perpetratorInHome: 'yes' } });
    dispatch({ type: 'edit-section', section: 'risks', patch: { perpetratorInHome: 'no' } });
    act(() => jest.advanceTimersByTime(ANNOUNCE_DELAY_MS * 3));
    expect(screen.getByRole('status').textContent).toBe('');
  });
});

describe('memoisation', () => {
  function countRenders() {
    const counts = new Map<string, number>();
    rowRenderProbe.current = (id) => counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  }

  it('re-renders no row when typing changes nothing a row shows (real catalogue, 64 services)', () => {
    const dispatchRef: { current?: (a: DraftAction) => void } = {};
    render(
      <Harness
        catalogue={catalogue}
        initial={draftWith({ people: [child('c1', 'Amira', '2019-05-01')] })}
        dispatchRef={dispatchRef}
      />,
    );
    expect(screen.getAllByRole('article')).toHaveLength(catalogue.services.length);
    const counts = countRenders();
    for (const text of ['J', 'Jo', 'Jo Bloggs'])
      act(() => dispatchRef.current?.({ type: 'edit-section', section: 'referrer', patch: { name: text } }));
    expect([...counts.keys()]).toEqual([]);
  });

  it('re-renders exactly the rows whose result changed', () => {
    const before = { people: [child('c1', 'Amira', '2019-05-01')] };
    const dispatchRef: { current?: (a: DraftAction) => void } = {};
    render(<Harness catalogue={catalogue} initial={draftWith(before)} dispatchRef={dispatchRef} />);
    const counts = countRenders();
    act(() => dispatchRef.current?.({ type: 'edit-section', section: 'risks', patch: { perpetratorInHome: 'yes' } }));

    const resultsOf = (referral: Record<string, unknown>) =>
      new Map(evaluate(draftWith(referral).referral, catalogue, { now: NOW }).results.map((r) => [r.serviceId, r]));
    const a = resultsOf(before);
    const b = resultsOf({ ...before, risks: { perpetratorInHome: 'yes' } });
    const changed = [...a.keys()].filter((id) => !sameResult(a.get(id)!, b.get(id)!));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThan(catalogue.services.length);
    expect([...counts.keys()].sort()).toEqual(changed.sort());
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });

  it('re-renders only the toggled row when a selection changes', () => {
    const { dispatch } = renderTest();
    const counts = countRenders();
    dispatch({ type: 'toggle-service', serviceId: 'alpha.review' });
    // The package rule "at most one Alpha service" reads only the request; no row's own result changes.
    expect([...counts.keys()]).toEqual(['alpha.review']);
  });
});

describe('robustness and accessibility', () => {
  it('renders a service the evaluation does not cover as "Not checked yet"', () => {
    render(
      <EligibilityPanel
        catalogue={testCatalogue}
        evaluation={{ results: [], package: [] }}
        services={[]}
        people={[]}
        today="2026-11-23"
        onToggle={() => {}}
      />,
    );
    expect(within(row('Alpha open group')).getByText('Not checked yet')).toBeTruthy();
  });

  it('escapes hostile text typed into the referral', () => {
    renderTest({ ...baseReferral, people: [child('c1', '<img src=x onerror=alert(1)>')] });
    expect(document.querySelector('img')).toBeNull();
    expect(
      within(row('Alpha borough service')).getByText(
        "Still needed: Does the child live in the family's council area? (<img src=x onerror=alert(1)>)",
      ),
    ).toBeTruthy();
    fireEvent.change(control('Suitable for the age of'), { target: { value: 'c1' } });
    expect(document.querySelector('img')).toBeNull();
  });

  it('has no axe violations with findings, reasons and citations open', async () => {
    const { container } = renderTest({
      ...baseReferral,
      services: [
        { serviceId: 'alpha.eligible', personIds: [] },
        { serviceId: 'alpha.review', personIds: [] },
      ],
    });
    fireEvent.click(within(row('Alpha closed group')).getByRole('button', { name: /Show reasons/ }));
    fireEvent.click(within(row('Alpha closed group')).getAllByRole('button', { name: 'Show source' })[0]!);
    const results = await axe.run(container, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

describe('order and folding', () => {
  // A referrer who has opened nothing yet.
  beforeEach(() => localStorage.clear());
  const part = (name: RegExp) => screen.getByRole('group', { name });
  const rowNames = (el: HTMLElement) =>
    within(el)
      .queryAllByRole('article')
      .map((a) => a.querySelector('h4')?.textContent);

  it('shows the suggested services open and the rest folded by provider, with counts in words', () => {
    renderTest();
    expect(screen.queryByRole('group', { name: /^Chosen for this referral/ })).toBeNull();
    expect(rowNames(part(/^Suggested for this family \(3\)$/))).toEqual([
      'Alpha open group',
      'Alpha judgement service',
      'Beta drop-in',
    ]);
    const others = part(/^Other services, by provider$/);
    expect(within(others).queryAllByRole('article')).toHaveLength(0);
    expect(within(others).getByText('2 services: 1 need more information, 1 not eligible')).toBeTruthy();
    expect(within(others).getByText('2 services: 2 not eligible')).toBeTruthy();
    const beta = within(others).getByRole('button', { name: /Beta Services/ });
    expect(beta.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(beta);
    expect(rowNames(others)).toEqual(['Beta little ones', 'Beta teens']);
    expect(readPanelMemory(localStorage).open).toEqual(['beta']);
  });

  it('puts the chosen services first, out of the other lists, whatever the filters say', () => {
    const { dispatch } = renderTest();
    dispatch({ type: 'toggle-service', serviceId: 'alpha.incomplete' });
    dispatch({ type: 'toggle-service', serviceId: 'alpha.eligible' });
    const chosen = part(/^Chosen for this referral \(2\)$/);
    expect(rowNames(chosen)).toEqual(['Alpha open group', 'Alpha borough service']);
    expect(rowNames(part(/^Suggested for this family \(2\)$/))).toEqual(['Alpha judgement service', 'Beta drop-in']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Eligible only' }));
    // "More information needed" is not eligible, but it is chosen: it stays in view.
    expect(rowNames(part(/^Chosen for this referral/))).toContain('Alpha borough service');
    expect(screen.getByRole('region', { name: 'Services and eligibility' }).compareDocumentPosition(chosen)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY,
    );
  });

  it('finds a service by its name or its provider, folded or not, and clears the search with the filters', () => {
    renderTest();
    const search = screen.getByRole('searchbox', { name: 'Find a service' });
    fireEvent.change(search, { target: { value: 'TEENS' } });
    expect(rowNames(part(/^Services matching your search \(1\)$/))).toEqual(['Beta teens']);
    expect(screen.queryByRole('group', { name: /^Other services/ })).toBeNull();
    fireEvent.change(search, { target: { value: 'beta services' } });
    expect(rowNames(part(/^Services matching your search \(3\)$/))).toEqual([
      'Beta drop-in',
      'Beta little ones',
      'Beta teens',
    ]);
    fireEvent.change(search, { target: { value: 'nothing like this' } });
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(search).toHaveProperty('value', '');
    expect(part(/^Suggested for this family/)).toBeTruthy();
  });

  it('remembers the filters on this device, not the search', () => {
    renderTest();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Eligible only' }));
    fireEvent.change(control('Provider'), { target: { value: 'beta' } });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Find a service' }), { target: { value: 'drop' } });
    cleanup();
    renderTest();
    expect(screen.getByRole('checkbox', { name: 'Eligible only' })).toHaveProperty('checked', true);
    expect(control('Provider').value).toBe('beta');
    expect(screen.getByRole('searchbox', { name: 'Find a service' })).toHaveProperty('value', '');
    expect(rowNames(part(/^Suggested for this family \(1\)$/))).toEqual(['Beta drop-in']);
  });
});
