import { personaSchema } from '../../../src/sandbox/auth/persona.schema';

const valid = {
  id: 'p-tm',
  upn: 'team.manager@sandbox.test',
  displayName: 'Tess Manager',
  roles: ['team-manager'],
  mailboxAccess: ['Family.Hub.Referrals@lewisham.gov.uk'],
  groups: ['g-lewisham-tm'],
};

describe('personaSchema', () => {
  it('accepts a persona', () => {
    expect(personaSchema.parse(valid)).toEqual(valid);
  });

  it.each([
    ['an unknown role', { roles: ['admin'] }],
    ['a upn without a domain', { upn: 'tess' }],
    ['a mailbox that is not an address', { mailboxAccess: ['Family Hub'] }],
    ['an empty id', { id: '' }],
    ['no display name', { displayName: undefined }],
    ['groups that are not strings', { groups: [42] }],
  ])('refuses %s', (_label, change) => {
    const result = personaSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
  });
});
