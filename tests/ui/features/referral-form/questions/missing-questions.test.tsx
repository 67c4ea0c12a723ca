/** @jest-environment jsdom */
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { catalogue } from '../../../../../src/catalogues';
import { getIn, newDraft } from '../../../../../src/ui/state/draft';
import type { Draft } from '../../../../../src/ui/state/draft';
import { formCatalogue } from '../form-catalogue';
import { NOW, renderForm } from '../form-harness';

const TITLE = /^What the chosen services still need to know/;
const questions = () => screen.getByRole('region', { name: TITLE });
const heading = () => questions().querySelector('h2')?.textContent;
const child = { id: 'c1', kind: 'child', name: 'Jo' };

function draftWith(referral: Record<string, unknown>): Draft {
  const d = newDraft('00000000-0000-4000-8000-00000000bbbb', NOW);
  return { ...d, referral: { ...d.referral, ...referral } };
}
const chosen = (...ids: string[]) => ids.map((serviceId) => ({ serviceId, personIds: [] }));

describe('what the chosen services still need to know', () => {
  test('is absent until a service is chosen, whatever the full catalogue could ask', () => {
    const people = [child, { id: 'a1', kind: 'adult', name: 'Pat', role: 'parent', relationship: 'mother' }];
    renderForm({ catalogue, initial: draftWith({ people }) });
    expect(screen.queryByRole('region', { name: TITLE })).toBeNull();
    cleanup();
    renderForm({ catalogue: formCatalogue });
    expect(screen.queryByRole('region', { name: TITLE })).toBeNull();
    // A services list holding no usable entry is nothing chosen.
    cleanup();
    renderForm({ catalogue: formCatalogue, initial: draftWith({ services: [{ personIds: [] }, null] }) });
    expect(screen.queryByRole('region', { name: TITLE })).toBeNull();
  });

  test('a chosen service asks only its own missing facts; one the form asks links there; the heading counts down', () => {
    const { out } = renderForm({
      catalogue: formCatalogue,
      initial: draftWith({ people: [child], services: chosen('alpha.group') }),
    });
    const q = questions();
    expect(heading()).toBe('What the chosen services still need to know (2)');
    expect(within(q).queryByLabelText(/School attendance/)).toBeNull();
    const wishes = within(q).getByRole('radiogroup', { name: /Does the parent wish to take part/ });
    const about = within(q).getByRole('group', { name: 'About Jo' });
    expect(within(q).getAllByText(/Needed for Alpha parenting group/).length).toBeGreaterThan(0);
    // Jo's card asks where Jo lives: no second control, a way there instead.
    expect(within(about).queryByRole('radiogroup')).toBeNull();
    expect(within(about).getByText(/^Asked in Family, Jo\. Needed for Alpha parenting group\.$/)).toBeTruthy();
    fireEvent.click(within(wishes).getByLabelText('Yes'));
    expect(getIn(out.draft.referral, ['answers', 'alpha.wishes'])).toBe('yes');
    expect(within(q).queryByRole('radiogroup', { name: /Does the parent wish to take part/ })).toBeNull();
    expect(heading()).toBe('What the chosen services still need to know (1)');
    expect(within(q).queryByText(/Nothing more/)).toBeNull();
    fireEvent.click(within(about).getByRole('button', { name: /^Answer it there/ }));
    const borough = screen.getByRole('radiogroup', { name: 'Does the child live in the borough?' });
    expect(borough.contains(document.activeElement)).toBe(true);
    fireEvent.click(within(borough).getByLabelText('Not known'));
    expect(getIn(out.draft.referral, ['people', 0, 'livesInBorough'])).toBe('not-known');
    expect(heading()).toBe('What the chosen services still need to know: nothing more');
    expect(within(q).getByText(/Nothing more/)).toBeTruthy();
  });

  test('a question the referrer is in stays, and the heading never says "nothing more" while it shows', () => {
    renderForm({ catalogue: formCatalogue, initial: draftWith({ people: [child], services: chosen('alpha.school') }) });
    const q = questions();
    const attendance = within(q).getByRole('textbox', { name: /School attendance/ });
    act(() => attendance.focus());
    fireEvent.click(within(q).getByRole('checkbox', { name: 'Autism' }));
    fireEvent.change(attendance, { target: { value: '85' } });
    // Every answer is in, but the referrer is still in the attendance box: it stays, and so does the count.
    expect(within(q).getByRole('textbox', { name: /School attendance/ })).toBe(attendance);
    expect(heading()).not.toMatch(/nothing more/);
    expect(within(q).queryByText(/Nothing more/)).toBeNull();
    act(() => attendance.blur());
    expect(within(q).queryByRole('textbox', { name: /School attendance/ })).toBeNull();
  });

  test('number, multi and date facts are asked with the right input', () => {
    const { out } = renderForm({
      catalogue: formCatalogue,
      initial: draftWith({ people: [child], services: chosen('alpha.school') }),
    });
    const q = questions();
    const attendance = within(q).getByRole('textbox', { name: /School attendance/ });
    act(() => attendance.focus());
    fireEvent.change(attendance, { target: { value: '85' } });
    expect(getIn(out.draft.referral, ['answers', 'alpha.attendance'])).toBe(85);
    act(() => attendance.blur());
    fireEvent.click(within(q).getByRole('checkbox', { name: 'Autism' }));
    expect(getIn(out.draft.referral, ['answers', 'alpha.diagnosis'])).toEqual(['asd']);
    // The date of birth is on Jo's card: the question goes there.
    const about = within(q).getByRole('group', { name: 'About Jo' });
    expect(within(about).queryByRole('textbox')).toBeNull();
    fireEvent.click(within(about).getByRole('button', { name: /^Answer it there/ }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: /Date of birth/ }));
  });

  test('a fact a section asks links to that section and moves focus there', () => {
    const { out } = renderForm({ catalogue: formCatalogue, initial: draftWith({ services: chosen('alpha.level') }) });
    const q = questions();
    // Pathway to Provision is asked in Case context, consent in Consent: neither is asked again here.
    expect(within(q).queryByRole('radiogroup')).toBeNull();
    expect(within(q).getByText(/^Asked in Case context\./)).toBeTruthy();
    expect(within(q).getByText(/^Asked in Consent\./)).toBeTruthy();
    const buttons = within(q).getAllByRole('button', { name: /^Answer it there/ });
    fireEvent.click(buttons.find((b) => /Pathway to Provision/.test(b.textContent ?? ''))!);
    expect(document.activeElement?.closest('section')?.id).toBe('section-context');
    fireEvent.click(within(q).getByRole('button', { name: /^Answer it there — Has the family consented/ }));
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Yes, consent was given' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Yes, consent was given' }));
    expect(within(q).queryByRole('button', { name: /Has the family consented/ })).toBeNull();
    expect(getIn(out.draft.referral, ['consent', 'given'])).toBe(true);
  });
});
