// A draft that every filing requirement accepts, apart from its people and its reason: the tests add their own.
import { newDraft } from '../../../../../src/ui/state/draft';

export const FILABLE_ID = '00000000-0000-4000-8000-000000000001';

export const filableDraft = () => ({
  ...newDraft(FILABLE_ID, new Date('2026-11-23T10:00:00Z')).referral,
  referrer: { name: 'Sam', role: 'SW', organisation: 'LA', email: 'sam@council.gov.uk' },
  consent: { given: true, recordedOn: '2026-11-20', givenBy: 'Pat' },
  family: {
    councilCode: 'E09000023',
    address: { line1: '10 Example Street', postcode: 'SE6 4RU' },
    phones: [{ number: '07700 900123' }],
    safeContact: { call: 'yes', text: 'yes', email: 'no', leaveMessage: 'no' },
  },
});
