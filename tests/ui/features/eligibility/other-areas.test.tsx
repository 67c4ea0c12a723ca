/** @jest-environment jsdom */
// Services for other council areas are hidden, with a way to show them that lasts while the card is open.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { mergeCatalogue } from '../../../../src/domain';
import type { DraftAction } from '../../../../src/ui/state/draft-actions';
import { providerFile } from '../../../catalogues/provider-files';
import { Harness, draftWith, rememberAllGroupsOpen } from './panel-fixture';

afterEach(cleanup);
beforeEach(() => rememberAllGroupsOpen(catalogue));

const lewisham = providerFile('lewisham-family-hub');
const lbbd = providerFile('lbbd-domestic-abuse');
const catalogue = mergeCatalogue('test', [lewisham, lbbd]);
const LBBD_NAMES = lbbd.services.map((s) => s.name);
const LEWISHAM_NAMES = lewisham.services.map((s) => s.name);

// Rows found by their heading: role queries over every row are slow in jsdom.
const shownNames = () => new Set(screen.queryAllByText(/./, { selector: 'h4' }).map((h) => h.textContent ?? ''));
const amira = { id: 'c1', kind: 'child', name: 'Amira', dateOfBirth: '2016-05-01' };

function renderPanel(councilCode: string | undefined) {
  const dispatchRef: { current?: (a: DraftAction) => void } = {};
  const family = councilCode ? { family: { councilCode } } : {};
  render(
    <Harness catalogue={catalogue} initial={draftWith({ people: [amira], ...family })} dispatchRef={dispatchRef} />,
  );
  return (a: DraftAction) => act(() => dispatchRef.current?.(a));
}

const toggle = () => screen.queryByRole('checkbox', { name: /Show services in other areas/ });

test('a Lewisham family sees Lewisham services; Barking and Dagenham services are hidden behind a count', () => {
  renderPanel('E09000023');
  const shown = shownNames();
  for (const name of LEWISHAM_NAMES) expect(shown.has(name)).toBe(true);
  for (const name of LBBD_NAMES) expect(shown.has(name)).toBe(false);
  expect(toggle()).not.toBeNull();
  expect(toggle()!.closest('span, div')?.textContent).toContain(`Show services in other areas (${LBBD_NAMES.length})`);
});

test('asking to see other areas shows them, with the reason in words, and the choice lasts as the draft changes', () => {
  const dispatch = renderPanel('E09000023');
  fireEvent.click(toggle()!);
  for (const name of LBBD_NAMES) expect(shownNames().has(name)).toBe(true);
  // The reasons open on demand.
  for (const show of screen.getAllByText(/^Show reasons/)) fireEvent.click(show);
  expect(
    screen.getAllByText(/The family lives in Lewisham; this service is for families in Barking and Dagenham/).length,
  ).toBeGreaterThan(0);
  dispatch({ type: 'edit-person', index: 0, patch: { name: 'Amira Khan' } });
  expect((toggle() as HTMLInputElement).checked).toBe(true);
  for (const name of LBBD_NAMES) expect(shownNames().has(name)).toBe(true);
  fireEvent.click(toggle()!);
  for (const name of LBBD_NAMES) expect(shownNames().has(name)).toBe(false);
});

test('the control is a real checkbox, reachable from the keyboard', () => {
  renderPanel('E09000023');
  const box = toggle() as HTMLInputElement;
  expect(box.tagName).toBe('INPUT');
  expect(box.tabIndex).not.toBe(-1);
  expect(box.disabled).toBe(false);
});

test('moving the family to Barking and Dagenham swaps which services are hidden', () => {
  const dispatch = renderPanel('E09000023');
  dispatch({ type: 'edit-family', patch: { councilCode: 'E09000002' } });
  const shown = shownNames();
  for (const name of LBBD_NAMES) expect(shown.has(name)).toBe(true);
  for (const name of LEWISHAM_NAMES) expect(shown.has(name)).toBe(false);
});

test('with no council chosen nothing is hidden as out of area, and there is no control', () => {
  renderPanel(undefined);
  const shown = shownNames();
  for (const name of [...LEWISHAM_NAMES, ...LBBD_NAMES]) expect(shown.has(name)).toBe(true);
  expect(toggle()).toBeNull();
});
