import { catalogue } from '../../src/catalogues';
import { contactFor, planFiling } from '../../src/filing';

const req = (serviceId: string, advice = false) => ({ serviceId, personIds: [], ...(advice ? { advice: true } : {}) });

describe('planFiling: one message per service mailbox', () => {
  test('services sharing a mailbox go in one message, in the order chosen; other mailboxes get their own', () => {
    const plan = planFiling(
      { services: [req('notts.nvr-group'), req('lewisham.nvr'), req('notts.solihull'), req('notts.123-magic')] },
      catalogue,
    );
    expect(plan.refused).toEqual([]);
    expect(plan.mailboxes).toEqual([
      {
        address: 'parenting.courses@nottsc.gov.uk',
        serviceIds: ['notts.nvr-group', 'notts.solihull', 'notts.123-magic'],
        serviceNames: ['Non-Violent Resistance (NVR) group', 'Solihull Parenting', '1-2-3 Magic'],
        kind: 'referral',
      },
      {
        address: 'Family.Hub.Referrals@lewisham.gov.uk',
        serviceIds: ['lewisham.nvr'],
        serviceNames: ['NVR (Non-Violent Resistance) Informed Practice'],
        kind: 'referral',
      },
    ]);
  });

  test('mailboxes compare case-insensitively', () => {
    const upper = {
      ...catalogue,
      services: catalogue.services.map((s) =>
        s.id === 'lewisham.coda' ? { ...s, mailbox: s.mailbox?.toUpperCase() } : s,
      ),
    };
    const plan = planFiling({ services: [req('lewisham.nvr'), req('lewisham.coda')] }, upper);
    expect(plan.mailboxes).toHaveLength(1);
    expect(plan.mailboxes[0]?.serviceIds).toEqual(['lewisham.nvr', 'lewisham.coda']);
  });

  test('a message is an advice request only when every service in it is one', () => {
    const plan = planFiling(
      { services: [req('lewisham.nvr'), req('lewisham.coda', true), req('notts.solihull', true)] },
      catalogue,
    );
    expect(plan.mailboxes.map((m) => [m.address, m.kind])).toEqual([
      ['Family.Hub.Referrals@lewisham.gov.uk', 'referral'],
      ['parenting.courses@nottsc.gov.uk', 'advice'],
    ]);
  });

  test('a service without a mailbox, or not in the catalogue, is refused with whom to contact', () => {
    const plan = planFiling(
      { services: [req('lbbd.phoenix'), req('lewisham.nvr'), req('nowhere.service')] },
      catalogue,
    );
    expect(plan.mailboxes.map((m) => m.serviceIds)).toEqual([['lewisham.nvr']]);
    expect(plan.refused.map((r) => [r.serviceId, r.name])).toEqual([
      ['lbbd.phoenix', "The Phoenix Service (Barnardo's)"],
      ['nowhere.service', 'nowhere.service'],
    ]);
    expect(plan.refused[0]?.contact).toMatch(/Project Phoenix Referral Form/);
    expect(plan.refused[1]?.contact).toBe('the provider directly');
  });

  test('the contact falls back to the provider’s contacts, then its website', () => {
    const base = catalogue.services.find((s) => s.id === 'lewisham.nvr')!;
    const provider = catalogue.providers.find((p) => p.id === base.providerId)!;
    const bare = { ...base, id: 'lewisham.bare', mailbox: undefined, contacts: undefined };
    const withContacts = {
      ...catalogue,
      services: [bare],
      providers: [{ ...provider, contacts: [{ name: 'Front door', phone: '020 1234 5678' }] }],
    };
    expect(contactFor(withContacts, 'lewisham.bare')).toBe('Front door, 020 1234 5678');
    // Each contact's note stays with it, in brackets, rather than running on as one more detail.
    const withNotes = {
      ...withContacts,
      providers: [
        {
          ...provider,
          contacts: [
            { name: 'Men’s line', phone: '020 1234 5678', note: 'For men from Arabic speaking communities' },
            { name: 'Women’s line', phone: '020 1234 5679', note: 'For women from Arabic speaking communities.' },
          ],
        },
      ],
    };
    expect(contactFor(withNotes, 'lewisham.bare')).toBe(
      'Men’s line, 020 1234 5678 (For men from Arabic speaking communities); Women’s line, 020 1234 5679 (For women from Arabic speaking communities)',
    );
    const withSite = {
      ...catalogue,
      services: [bare],
      providers: [{ ...provider, contacts: undefined, website: 'https://example.org/refer' }],
    };
    expect(contactFor(withSite, 'lewisham.bare')).toBe('https://example.org/refer');
  });
});
