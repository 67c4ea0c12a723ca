import { catalogueSchema } from '../../../../src/domain';
import type { MissingFact } from '../../../../src/domain';
import {
  OTHER_GROUP,
  groupIdOf,
  groupsOf,
  missingText,
  personNames,
} from '../../../../src/ui/features/eligibility/panel-groups';
import { testCatalogue } from './panel-fixture';

describe('the eligibility panel groups', () => {
  test('lists providers in catalogue order with their services, and only providers that have some', () => {
    const groups = groupsOf(testCatalogue);
    const withServices = testCatalogue.providers.filter((p) =>
      testCatalogue.services.some((s) => s.providerId === p.id),
    );
    expect(groups.map((g) => g.id)).toEqual(withServices.map((p) => p.id));
    for (const g of groups) expect(g.services.every((s) => s.providerId === g.id)).toBe(true);
  });

  test('puts services naming an unknown provider last, under "Other services"', () => {
    const [first] = testCatalogue.services;
    const orphan = { ...first!, id: 'nowhere.orphan', providerId: 'nowhere' };
    const catalogue = catalogueSchema.parse({ ...testCatalogue, services: [...testCatalogue.services, orphan] });
    const groups = groupsOf(catalogue);
    const last = groups[groups.length - 1]!;
    expect(last).toMatchObject({ id: OTHER_GROUP, name: 'Other services', provider: undefined });
    expect(last.services.map((s) => s.id)).toEqual(['nowhere.orphan']);
    expect(groupIdOf(catalogue, last.services[0]!)).toBe(OTHER_GROUP);
    expect(groupIdOf(catalogue, first!)).toBe(first!.providerId);
  });
});

describe('how "Still needed" names people', () => {
  const people = [
    { id: 'a', kind: 'adult', name: 'Alex' },
    { id: 'c1', kind: 'child', name: '  ' },
    { id: 'c2', kind: 'child', name: 'Jo' },
    { id: 'a2', kind: 'adult', name: '' },
  ] as const;

  test('by name, or by their place in the family while the name is blank', () => {
    const names = personNames(people as never);
    expect([...names.values()]).toEqual(['Alex', 'child 1, no name yet', 'Jo', 'adult 2, no name yet']);
  });

  test('joins the missing answers, naming the person each is about, and one no longer in the referral', () => {
    const names = personNames(people as never);
    const missing: MissingFact[] = [
      { fact: 'risks.perpetratorInHome', label: 'Does the person live at home?' },
      { fact: 'people.dateOfBirth', label: 'Date of birth', personId: 'c2' },
      { fact: 'people.dateOfBirth', label: 'Date of birth', personId: 'gone' },
    ] as never;
    expect(missingText(missing, names)).toBe(
      'Does the person live at home?; Date of birth (Jo); Date of birth (a person no longer in the referral)',
    );
    expect(missingText([], names)).toBe('');
  });
});
