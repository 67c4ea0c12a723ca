/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { getIn, newDraft } from '../../../../src/ui/state/draft';
import type { Draft } from '../../../../src/ui/state/draft';
import { formCatalogue } from './form-catalogue';
import { NOW, renderForm } from './form-harness';

const region = (name: string | RegExp) => screen.getByRole('region', { name });

function draftWith(referral: Record<string, unknown>): Draft {
  const d = newDraft('00000000-0000-4000-8000-00000000aaaa', NOW);
  return { ...d, referral: { ...d.referral, ...referral } };
}

describe('referral form sections', () => {
  test('typing in the referrer section updates the draft; clearing a box removes the value', () => {
    const { out } = renderForm({ catalogue: formCatalogue });
    fireEvent.change(screen.getByLabelText(/^Your role/), { target: { value: 'Social worker' } });
    fireEvent.change(screen.getByLabelText(/^Your email address/), { target: { value: 'sam@council.gov.uk' } });
    expect(getIn(out.draft.referral, ['referrer'])).toEqual({ role: 'Social worker', email: 'sam@council.gov.uk' });
    fireEvent.change(screen.getByLabelText(/^Your role/), { target: { value: '' } });
    expect(getIn(out.draft.referral, ['referrer', 'role'])).toBeUndefined();
  });

  test('the referrer is prefilled from the signed-in user, without overwriting what is typed', async () => {
    const tokenSource = {
      user: async () => ({ name: 'Sam Patel', email: 'sam@council.gov.uk' }),
      getToken: async () => 't',
    };
    const { out } = renderForm({
      catalogue: formCatalogue,
      tokenSource,
      initial: draftWith({ referrer: { name: 'Typed Name' } }),
    });
    await act(async () => undefined);
    expect(getIn(out.draft.referral, ['referrer'])).toEqual({ name: 'Typed Name', email: 'sam@council.gov.uk' });
    expect(screen.getByLabelText(/^Your email address/)).toHaveProperty('value', 'sam@council.gov.uk');
  });

  test('a sign-in failure leaves the referrer empty and the form working', async () => {
    const tokenSource = {
      user: async () => {
        throw new Error('no account');
      },
      getToken: async () => 't',
    };
    const { out } = renderForm({ catalogue: formCatalogue, tokenSource });
    await act(async () => undefined);
    expect(getIn(out.draft.referral, ['referrer'])).toEqual({});
  });

  test('consent: given records date and by whom; switching to not given asks for the lawful basis and keeps the other answers', () => {
    const { out } = renderForm({ catalogue: formCatalogue });
    const consent = region('Consent');
    fireEvent.click(within(consent).getByLabelText('Yes, consent was given'));
    fireEvent.change(within(consent).getByLabelText(/^Date consent was recorded/), { target: { value: '20/11/2026' } });
    fireEvent.change(within(consent).getByLabelText(/^Consent given by/), { target: { value: 'Alex Smith' } });
    expect(getIn(out.draft.referral, ['consent'])).toEqual({
      given: true,
      recordedOn: '2026-11-20',
      givenBy: 'Alex Smith',
    });
    fireEvent.click(within(consent).getByLabelText('No, referring without consent'));
    expect(getIn(out.draft.referral, ['consent'])).toEqual({ given: false });
    fireEvent.change(within(consent).getByLabelText(/^Lawful basis/), { target: { value: 'safeguarding' } });
    fireEvent.click(within(consent).getByLabelText('Yes, consent was given'));
    expect(getIn(out.draft.referral, ['consent'])).toEqual({
      given: true,
      recordedOn: '2026-11-20',
      givenBy: 'Alex Smith',
    });
    fireEvent.click(within(consent).getByLabelText('No, referring without consent'));
    expect(getIn(out.draft.referral, ['consent'])).toEqual({ given: false, lawfulBasis: 'safeguarding' });
  });

  test('people are added (focus goes to their name) and removed (focus goes to the add buttons)', () => {
    const { out } = renderForm({ catalogue: formCatalogue });
    const family = region('Family');
    fireEvent.click(within(family).getByRole('button', { name: 'Add a child' }));
    const name = within(family).getByRole('textbox', { name: /Full name/ });
    expect(document.activeElement).toBe(name);
    fireEvent.change(name, { target: { value: 'Jo' } });
    fireEvent.change(within(family).getByRole('textbox', { name: 'Date of birth' }), {
      target: { value: '27/03/2019' },
    });
    fireEvent.click(within(family).getByRole('button', { name: 'Add an adult' }));
    const adultName = within(family).getAllByRole('textbox', { name: /Full name/ })[1]!;
    fireEvent.change(adultName, { target: { value: 'Pat' } });
    fireEvent.change(within(family).getByLabelText(/^Relationship to the children/), { target: { value: 'mother' } });
    const people = getIn(out.draft.referral, ['people']) as Record<string, unknown>[];
    expect(people).toMatchObject([
      { kind: 'child', name: 'Jo', dateOfBirth: '2019-03-27' },
      { kind: 'adult', name: 'Pat', role: 'parent', relationship: 'mother' },
    ]);
    fireEvent.click(within(family).getByRole('button', { name: 'Remove Jo' }));
    expect(getIn(out.draft.referral, ['people'])).toEqual([expect.objectContaining({ name: 'Pat' })]);
    expect(within(family).queryByRole('heading', { name: /Jo/ })).toBeNull();
    expect(document.activeElement).toBe(within(family).getByRole('button', { name: 'Add a child' }));
  });

  test('an unborn child: switching to "not born yet" moves the typed date to the expected date', () => {
    const { out } = renderForm({
      catalogue: formCatalogue,
      initial: draftWith({ people: [{ id: 'c1', kind: 'child', name: 'Baby', dateOfBirth: '2027-01-10' }] }),
    });
    fireEvent.click(screen.getByLabelText('Not born yet'));
    expect(getIn(out.draft.referral, ['people', 0])).toEqual({
      id: 'c1',
      kind: 'child',
      name: 'Baby',
      expectedDate: '2027-01-10',
    });
    expect(screen.getByLabelText(/^Expected date of birth/)).toHaveProperty('value', '10/01/2027');
  });

  test('previous support entries are added and removed', () => {
    const { out } = renderForm({ catalogue: formCatalogue });
    const support = region('Previous and current support');
    fireEvent.click(within(support).getByRole('button', { name: 'Add previous support' }));
    fireEvent.change(within(support).getByLabelText(/^Service or support/), { target: { value: 'Triple P' } });
    fireEvent.change(within(support).getByLabelText(/^Started/), { target: { value: '1/2/2025' } });
    expect(getIn(out.draft.referral, ['support', 'previous'])).toEqual([{ service: 'Triple P', from: '2025-02-01' }]);
    fireEvent.click(within(support).getByRole('button', { name: 'Remove Triple P' }));
    expect(getIn(out.draft.referral, ['support', 'previous'])).toBeUndefined();
  });

  test('case context and needs store numbered vocabularies as numbers, as the schema wants', () => {
    const { out } = renderForm({ catalogue: formCatalogue });
    fireEvent.change(within(region('Case context')).getByLabelText(/^Pathway to Provision level/), {
      target: { value: '3' },
    });
    fireEvent.change(within(region('Needs')).getByLabelText(/^Primary need/), { target: { value: '5' } });
    fireEvent.click(within(region('Needs')).getByLabelText('Improving family functioning'));
    expect(getIn(out.draft.referral, ['context', 'p2pLevel'])).toBe(3);
    expect(getIn(out.draft.referral, ['needs'])).toEqual({ gfpoPrimaryNeed: 5, gfpoOtherNeeds: [1] });
    fireEvent.click(within(screen.getByRole('radiogroup', { name: /lead professional/ })).getByLabelText('No'));
    expect(getIn(out.draft.referral, ['context', 'leadProfessional'])).toBeNull();
  });

  test('services: each chosen service lists who it is for, ticked by the referrer, and can be removed', () => {
    const people = [
      { id: 'c1', kind: 'child', name: 'Jo' },
      { id: 'c2', kind: 'child', name: 'Al' },
    ];
    const { out } = renderForm({
      catalogue: formCatalogue,
      initial: draftWith({
        people,
        services: [
          { serviceId: 'alpha.group', personIds: [] },
          { serviceId: 'alpha.gone', personIds: [] },
        ],
      }),
    });
    const services = region('Services');
    expect(within(services).getByRole('heading', { name: 'Alpha parenting group' })).toBeTruthy();
    expect(within(services).getByText('Not in the catalogue')).toBeTruthy();
    const who = within(services).getByRole('group', { name: 'Who is Alpha parenting group for?' });
    fireEvent.click(within(who).getByRole('checkbox', { name: 'Al' }));
    expect(getIn(out.draft.referral, ['services', 0, 'personIds'])).toEqual(['c2']);
    fireEvent.click(within(who).getByRole('checkbox', { name: 'Jo' }));
    expect(getIn(out.draft.referral, ['services', 0, 'personIds'])).toEqual(['c1', 'c2']);
    fireEvent.click(within(services).getByRole('button', { name: 'Remove alpha.gone' }));
    expect(getIn(out.draft.referral, ['services'])).toEqual([{ serviceId: 'alpha.group', personIds: ['c1', 'c2'] }]);
  });
});
