/** @jest-environment jsdom */
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { catalogue } from '../../../../../src/catalogues';
import { getIn, newDraft } from '../../../../../src/ui/state/draft';
import type { Draft } from '../../../../../src/ui/state/draft';
import { formCatalogue } from '../form-catalogue';
import { NOW, renderForm } from '../form-harness';

const questions = () => screen.getByRole('region', { name: 'What the chosen services still need to know' });
const child = { id: 'c1', kind: 'child', name: 'Jo' };

function draftWith(referral: Record<string, unknown>): Draft {
  const d = newDraft('00000000-0000-4000-8000-00000000bbbb', NOW);
  return { ...d, referral: { ...d.referral, ...referral } };
}
const chosen = (...ids: string[]) => ids.map((serviceId) => ({ serviceId, personIds: [] }));

describe('what the chosen services still need to know', () => {
  test('before anything is chosen it asks what decides the open services, and offers to add a child', () => {
    renderForm({ catalogue: formCatalogue });
    const q = questions();
    expect(within(q).getByText(/No services chosen yet/)).toBeTruthy();
    expect(within(q).getByRole('radiogroup', { name: /Does the parent wish to take part/ })).toBeTruthy();
    expect(within(q).getByText('Add the child or young person this service is for')).toBeTruthy();
    fireEvent.click(within(q).getByRole('button', { name: 'Add a child' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: /Full name/ }));
  });

  test('a chosen service asks only its own missing facts, per person, and each disappears once answered', () => {
    const { out } = renderForm({
      catalogue: formCatalogue,
      initial: draftWith({ people: [child], services: chosen('alpha.group') }),
    });
    const q = questions();
    expect(within(q).queryByLabelText(/School attendance/)).toBeNull();
    const wishes = within(q).getByRole('radiogroup', { name: /Does the parent wish to take part/ });
    const about = within(q).getByRole('group', { name: 'About Jo' });
    // No council chosen yet: the question says whose area it means, never "the borough".
    const borough = within(about).getByRole('radiogroup', { name: "Does Jo live in the family's council area?" });
    expect(within(q).getAllByText(/Needed for Alpha parenting group/).length).toBeGreaterThan(0);
    fireEvent.click(within(wishes).getByLabelText('Yes'));
    expect(getIn(out.draft.referral, ['answers', 'alpha.wishes'])).toBe('yes');
    expect(within(q).queryByRole('radiogroup', { name: /Does the parent wish to take part/ })).toBeNull();
    fireEvent.click(within(borough).getByLabelText('Not known'));
    expect(getIn(out.draft.referral, ['people', 0, 'livesInBorough'])).toBe('not-known');
    expect(within(q).getByText(/Nothing more/)).toBeTruthy();
  });

  test("a question about where a child lives names the child and the family's council", () => {
    for (const [councilCode, name] of [
      ['E09000023', 'Lewisham'],
      ['E09000002', 'Barking and Dagenham'],
    ]) {
      renderForm({
        catalogue: formCatalogue,
        initial: draftWith({ people: [child], family: { councilCode }, services: chosen('alpha.group') }),
      });
      const about = within(questions()).getByRole('group', { name: 'About Jo' });
      expect(within(about).getByRole('radiogroup', { name: `Does Jo live in ${name}?` })).toBeTruthy();
      expect(within(questions()).queryByText(/the borough/)).toBeNull();
      cleanup();
    }
  });

  test('number, multi and date facts are asked with the right input; a question stays while the referrer is in it', () => {
    const { out } = renderForm({
      catalogue: formCatalogue,
      initial: draftWith({ people: [child], services: chosen('alpha.school') }),
    });
    const q = questions();
    const attendance = within(q).getByRole('textbox', { name: /School attendance/ });
    act(() => attendance.focus());
    fireEvent.change(attendance, { target: { value: '85' } });
    expect(getIn(out.draft.referral, ['answers', 'alpha.attendance'])).toBe(85);
    expect(within(q).getByRole('textbox', { name: /School attendance/ })).toBe(attendance);
    act(() => attendance.blur());
    expect(within(q).queryByRole('textbox', { name: /School attendance/ })).toBeNull();
    fireEvent.click(within(q).getByRole('checkbox', { name: 'Autism' }));
    expect(getIn(out.draft.referral, ['answers', 'alpha.diagnosis'])).toEqual(['asd']);
    const dob = within(within(q).getByRole('group', { name: 'About Jo' })).getByRole('textbox', {
      name: /Date of birth/,
    });
    fireEvent.change(dob, { target: { value: '30/02/2019' } });
    fireEvent.blur(dob);
    expect(getIn(out.draft.referral, ['people', 0, 'dateOfBirth'])).toBe('30/02/2019');
    expect(within(q).getByText('There is no 30 February')).toBeTruthy();
    fireEvent.change(dob, { target: { value: '27/03/2019' } });
    expect(getIn(out.draft.referral, ['people', 0, 'dateOfBirth'])).toBe('2019-03-27');
    expect(within(q).queryByRole('textbox', { name: /Date of birth/ })).toBeNull();
  });

  test('choices store the fact’s own values; facts answered in a section link to it', () => {
    const { out } = renderForm({ catalogue: formCatalogue, initial: draftWith({ services: chosen('alpha.level') }) });
    const q = questions();
    fireEvent.click(
      within(within(q).getByRole('radiogroup', { name: /Pathway to Provision level/ })).getByLabelText('Level 2'),
    );
    expect(getIn(out.draft.referral, ['context', 'p2pLevel'])).toBe(2);
    expect(within(q).getByText('Has the family consented to this referral?')).toBeTruthy();
    fireEvent.click(within(q).getByRole('button', { name: 'Answer in Consent' }));
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Yes, consent was given' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Yes, consent was given' }));
    expect(within(q).queryByRole('button', { name: 'Answer in Consent' })).toBeNull();
  });

  test('with the full catalogue and nothing chosen, the list is capped and grouped, with the rest on request', () => {
    const people = [child, { id: 'a1', kind: 'adult', name: 'Pat', role: 'parent', relationship: 'mother' }];
    renderForm({ catalogue, initial: draftWith({ people }) });
    const q = questions();
    const more = within(q).getByRole('button', { name: /^Show all \d+ questions$/ });
    const total = Number(/\d+/.exec(more.textContent ?? '')![0]);
    const countShown = () => within(q).getAllByRole('listitem').length;
    expect(countShown()).toBe(8);
    expect(total).toBeGreaterThan(8);
    fireEvent.click(more);
    expect(countShown()).toBe(total);
    expect(within(q).getByRole('group', { name: 'About the family' })).toBeTruthy();
  });
});
