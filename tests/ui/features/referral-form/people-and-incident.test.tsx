/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { getIn } from '../../../../src/ui/state/draft';
import { formCatalogue } from './form-catalogue';
import { renderForm } from './form-harness';

const region = (name: string | RegExp) => screen.getByRole('region', { name });
const atField = { ignore: 'script, style, [data-testid=announcer]' };
const DA = { domesticAbuse: true, marac: false };

function addAdult(name: string) {
  fireEvent.click(within(region('Family')).getByRole('button', { name: 'Add an adult' }));
  fireEvent.change(document.activeElement!, { target: { value: name } });
  return screen.getByRole('listitem', { name: new RegExp(`^${name}`) });
}

describe('each person’s own facts', () => {
  test('a child: date of birth not known gives an approximate age; behaviours and diagnoses are the child’s own', () => {
    const { out } = renderForm({ catalogue: formCatalogue });
    fireEvent.click(within(region('Family')).getByRole('button', { name: 'Add a child' }));
    const card = within(region('Family')).getByRole('listitem');
    fireEvent.change(within(card).getByRole('textbox', { name: 'Date of birth' }), { target: { value: '2/6/14' } });
    fireEvent.click(within(card).getByRole('checkbox', { name: 'Date of birth not known' }));
    expect(within(card).queryByRole('textbox', { name: 'Date of birth' })).toBeNull();
    fireEvent.change(within(card).getByRole('textbox', { name: /^Approximate age in years/ }), {
      target: { value: '12' },
    });
    fireEvent.change(within(card).getByRole('textbox', { name: /^GP practice/ }), {
      target: { value: 'Hill Surgery' },
    });
    // Folded away until opened.
    expect(within(card).queryByRole('group', { name: 'This child’s behaviours' })).toBeNull();
    fireEvent.click(within(card).getByRole('button', { name: 'Behaviours, diagnoses and domestic abuse' }));
    const behaviours = within(card).getByRole('group', { name: /This child’s behaviours/ });
    fireEvent.click(within(behaviours).getByRole('checkbox', { name: 'Violence or abuse towards parents or carers' }));
    fireEvent.click(within(card).getByRole('checkbox', { name: 'ADHD' }));
    const person = getIn(out.draft.referral, ['people', 0]);
    expect(person).toMatchObject({
      dateOfBirthNotKnown: true,
      approximateAge: 12,
      gp: 'Hill Surgery',
      behaviours: ['violence-towards-parents'],
      diagnoses: ['adhd'],
    });
    expect(person).not.toHaveProperty('dateOfBirth');
    expect(getIn(out.draft.referral, ['needs', 'behaviours'])).toBeUndefined();
    expect(within(region('Needs')).queryByRole('group', { name: /behaviours/i })).toBeNull();
  });

  test('an adult: the questions about someone who used abusive behaviour show only for that role', () => {
    const { out } = renderForm({ catalogue: formCatalogue });
    const card = addAdult('Lee');
    expect(within(card).queryByRole('radiogroup', { name: /Do they know about this referral/ })).toBeNull();
    fireEvent.change(within(card).getByRole('combobox', { name: /relation to domestic abuse/ }), {
      target: { value: 'person-causing-harm' },
    });
    const knows = within(card).getByRole('radiogroup', { name: /Do they know about this referral/ });
    fireEvent.click(within(knows).getByLabelText('No'));
    fireEvent.change(within(card).getByRole('textbox', { name: /^Address line 1/ }), {
      target: { value: '3 Other Road' },
    });
    fireEvent.click(within(card).getByRole('button', { name: 'Risks for this adult' }));
    fireEvent.click(
      within(within(card).getByRole('radiogroup', { name: /criminal justice system/ })).getByLabelText('Yes'),
    );
    expect(getIn(out.draft.referral, ['people', 0])).toMatchObject({
      abuseRole: 'person-causing-harm',
      knowsOfReferral: 'no',
      address: { line1: '3 Other Road' },
      criminalJusticeInvolvement: 'yes',
    });
  });
});

describe('what happened, for a domestic-abuse service', () => {
  test('is not asked when no domestic-abuse service is chosen', () => {
    renderForm({ catalogue: formCatalogue });
    expect(screen.queryByRole('region', { name: 'What happened: the latest incident' })).toBeNull();
  });

  test('asks the date (or not known) and the account, and adds the person who caused harm with that role', () => {
    const { out } = renderForm({ catalogue: formCatalogue, needs: DA });
    const incident = region('What happened: the latest incident');
    act(() => void out.validation!.showAll());
    expect(
      within(incident).getByText('Enter the date of the latest incident, or tick “Date not known”', atField),
    ).toBeTruthy();
    expect(
      within(incident).getByText(
        'Add the person who has used abusive behaviour, as an adult in Family with that role',
        atField,
      ),
    ).toBeTruthy();
    fireEvent.click(within(incident).getByRole('checkbox', { name: 'Date not known' }));
    fireEvent.change(within(incident).getByRole('textbox', { name: /^What happened/ }), {
      target: { value: 'He broke the door.' },
    });
    expect(getIn(out.draft.referral, ['risks', 'latestIncident'])).toEqual({
      dateNotKnown: true,
      account: 'He broke the door.',
    });
    fireEvent.click(within(incident).getByRole('button', { name: 'Add the person who has used abusive behaviour' }));
    expect(getIn(out.draft.referral, ['people', 0])).toMatchObject({
      kind: 'adult',
      abuseRole: 'person-causing-harm',
    });
    const family = region('Family');
    expect(document.activeElement).toBe(within(family).getByRole('textbox', { name: /Full name/ }));
    fireEvent.change(document.activeElement!, { target: { value: 'Lee' } });
    expect(within(incident).getByText(/Recorded in Family: Lee/)).toBeTruthy();
    expect(within(family).getByText('Say whether Lee knows about this referral', atField)).toBeTruthy();
  });
});
