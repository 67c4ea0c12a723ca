import type { ExtensionCardView } from '../../src/cards/extension.card';

/** A pending request on Lewisham's referral RC-5B1D3C1E, as the extension cards show it; `over` changes any part. */
export const extensionView = (over: Partial<ExtensionCardView> = {}): ExtensionCardView => ({
  referralId: '5b1d3c1e-2f7a-4c55-9a0e-6a1f6d1b2c3d',
  mailbox: 'family.hub.referrals@lewisham.gov.uk',
  requestId: '0e9f8a7b-6c5d-4e3f-8a1b-2c3d4e5f6a7b',
  reference: 'RC-5B1D3C1E',
  planStartedOn: '19 October 2026',
  currentEnd: '11 January 2027',
  proposedEnd: '8 February 2027',
  requestedOn: '7 December 2026',
  reason: 'Two sessions lost to illness.',
  progress: 'Routines in place.',
  leadProfessional: { who: 'Social worker, Team B', agreedOn: '4 December 2026' },
  status: 'pending',
  ...over,
});
