import {
  DUPLICATE_WINDOW_DAYS,
  findPossibleDuplicates,
  possibleDuplicateText,
} from '../../../src/domain/referral/possible-duplicates';
import type { DuplicateCheckReferral, EarlierReferral } from '../../../src/domain/referral/possible-duplicates';

// 10:00 on 1 February 2027 in London (GMT).
const NOW = new Date('2027-02-01T10:00:00Z');
const NVR = { id: 'lewisham.nvr', name: 'NVR' };
const TRIPLE_P = { id: 'lewisham.triple-p-group', name: 'Triple P Group' };
const AMIRA = { name: 'Amira Hassan', dateOfBirth: '2014-06-02' };
const YUSUF = { name: 'Yusuf Hassan', dateOfBirth: '2020-01-15' };

const candidate: DuplicateCheckReferral = { children: [AMIRA, YUSUF], services: [NVR] };

function earlier(patch: Partial<EarlierReferral> = {}): EarlierReferral {
  return { reference: 'RC-0000000A', referredOn: '2026-11-03', children: [AMIRA], services: [NVR], ...patch };
}

describe('findPossibleDuplicates', () => {
  it('finds the same child referred to the same service, with what the card needs to say so', () => {
    expect(findPossibleDuplicates(candidate, [earlier()], { now: NOW })).toEqual([
      {
        reference: 'RC-0000000A',
        referredOn: '2026-11-03',
        child: 'Amira Hassan',
        service: NVR,
        matchedOn: 'date-of-birth',
      },
    ]);
  });

  it.each([
    ['on the day', '2027-02-01', 1],
    ['89 days before', '2026-11-04', 1],
    ['90 days before', '2026-11-03', 1],
    ['91 days before', '2026-11-02', 0],
    ['a year before', '2026-02-01', 0],
    ['after now (not an earlier referral)', '2027-02-02', 0],
    ['a date-time late in the London evening', '2026-11-03T23:30:00Z', 1],
    ['a date-time on the last day outside the window', '2026-11-02T23:30:00Z', 0],
    ['a date-time with an offset', '2026-11-03T00:30:00+01:00', 0],
    ['not a date', 'last week', 0],
    ['an impossible date', '2026-11-31', 0],
  ])('an earlier referral %s (%s) counts %i times', (_, referredOn, count) => {
    expect(findPossibleDuplicates(candidate, [earlier({ referredOn })], { now: NOW })).toHaveLength(count);
  });

  it(`counts the ${DUPLICATE_WINDOW_DAYS} days in London dates, in summer time too`, () => {
    expect(DUPLICATE_WINDOW_DAYS).toBe(90);
    // 00:30 on 2 August in London is still 1 August in UTC.
    const summerNight = { now: new Date('2026-08-01T23:30:00Z') };
    expect(findPossibleDuplicates(candidate, [earlier({ referredOn: '2026-05-04' })], summerNight)).toHaveLength(1);
    expect(findPossibleDuplicates(candidate, [earlier({ referredOn: '2026-05-03' })], summerNight)).toHaveLength(0);
    expect(findPossibleDuplicates(candidate, [earlier({ referredOn: '2026-08-02' })], summerNight)).toHaveLength(1);
  });

  it.each([
    ['another service', earlier({ services: [TRIPLE_P] })],
    ['another child of the same name', earlier({ children: [{ ...AMIRA, dateOfBirth: '2015-06-02' }] })],
    ['another child', earlier({ children: [{ name: 'Amira Khan', dateOfBirth: '2014-06-02' }] })],
    [
      'the same child for another service of that referral',
      earlier({ services: [NVR, TRIPLE_P], children: [{ ...AMIRA, serviceIds: [TRIPLE_P.id] }] }),
    ],
    ['the referral itself', earlier({ reference: 'RC-11111111' })],
  ])('is not a duplicate: %s', (_, before) => {
    const self = { ...candidate, reference: 'RC-11111111' };
    expect(findPossibleDuplicates(self, [before], { now: NOW })).toEqual([]);
  });

  it('reads names sensibly and copes with a date of birth that is not known', () => {
    const typedAgain = { children: [{ name: ' amira  HASSAN ', approximateAge: 13 }], services: [NVR] };
    const [found] = findPossibleDuplicates(typedAgain, [earlier()], { now: NOW });
    expect(found).toMatchObject({ child: 'Amira Hassan', matchedOn: 'approximate-age' });
    const tooOld = { children: [{ name: 'Amira Hassan', approximateAge: 15 }], services: [NVR] };
    expect(findPossibleDuplicates(tooOld, [earlier()], { now: NOW })).toEqual([]);
    const unknownAge = { children: [{ name: 'Amira Hassan' }], services: [NVR] };
    expect(findPossibleDuplicates(unknownAge, [earlier()], { now: NOW })).toMatchObject([{ matchedOn: 'name-only' }]);
  });

  it('matches only the services each child of the new referral is referred to', () => {
    const forYusuf = { children: [{ ...AMIRA, serviceIds: [TRIPLE_P.id] }, YUSUF], services: [NVR, TRIPLE_P] };
    expect(findPossibleDuplicates(forYusuf, [earlier()], { now: NOW })).toEqual([]);
  });

  it('lists every earlier referral, child and service, newest first', () => {
    const both = { children: [AMIRA, YUSUF], services: [NVR, TRIPLE_P] };
    const found = findPossibleDuplicates(
      both,
      [
        earlier({ reference: 'RC-0000000A', referredOn: '2026-11-03' }),
        earlier({ reference: 'RC-0000000C', referredOn: '2027-01-10', services: [TRIPLE_P], children: [YUSUF] }),
        earlier({ reference: 'RC-0000000B', referredOn: '2027-01-10', children: [AMIRA, YUSUF] }),
      ],
      { now: NOW },
    );
    expect(found.map((d) => `${d.reference} ${d.child} ${d.service.id}`)).toEqual([
      'RC-0000000B Amira Hassan lewisham.nvr',
      'RC-0000000B Yusuf Hassan lewisham.nvr',
      'RC-0000000C Yusuf Hassan lewisham.triple-p-group',
      'RC-0000000A Amira Hassan lewisham.nvr',
    ]);
  });

  it('finds nothing with nothing to compare', () => {
    expect(findPossibleDuplicates(candidate, [], { now: NOW })).toEqual([]);
    expect(findPossibleDuplicates({ children: [], services: [NVR] }, [earlier()], { now: NOW })).toEqual([]);
    expect(findPossibleDuplicates({ children: [AMIRA], services: [] }, [earlier()], { now: NOW })).toEqual([]);
    const unnamed = { children: [{ name: '' }], services: [NVR] };
    expect(findPossibleDuplicates(unnamed, [earlier({ children: [{ name: '' }] })], { now: NOW })).toEqual([]);
  });
});

describe('possibleDuplicateText', () => {
  const found = (referredOn: string) => ({
    reference: 'RC-0000000A',
    referredOn,
    child: 'Amira',
    service: NVR,
    matchedOn: 'date-of-birth' as const,
  });

  it.each([
    ['2027-01-10', 'You referred Amira to NVR on 10 January'],
    ['2026-11-03', 'You referred Amira to NVR on 3 November 2026'],
  ])('a referral on %s reads %j', (referredOn, text) => {
    expect(possibleDuplicateText(found(referredOn), { now: NOW })).toBe(text);
  });
});
