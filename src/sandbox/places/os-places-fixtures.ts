// The addresses the OS Places stand-in knows: a handful of postcodes, one per kind of council the catalogue serves
// (a London borough, another London borough, a Nottinghamshire district, a metropolitan borough). Streets and
// buildings are made up; postcodes and councils are real, so the card finds the council the way it would with OS.

type Custodian = { readonly code: number; readonly name: string };

const LEWISHAM: Custodian = { code: 5690, name: 'LEWISHAM' };
const BARKING_AND_DAGENHAM: Custodian = { code: 5060, name: 'BARKING AND DAGENHAM' };
const GEDLING: Custodian = { code: 3030, name: 'GEDLING' };
const NEWCASTLE: Custodian = { code: 4510, name: 'NEWCASTLE UPON TYNE' };

/** One delivery point, in parts (as OS holds them, in capitals). */
export type FixtureAddress = {
  readonly uprn: string;
  readonly sub?: string;
  readonly building?: string;
  readonly number?: string;
  readonly street: string;
  readonly locality?: string;
  readonly town: string;
  readonly postcode: string;
  readonly custodian: Custodian;
  /** Grid reference (British National Grid), for the coordinates OS sends. */
  readonly at: readonly [x: number, y: number];
  /** An address that no longer exists: OS still lists it, marked historical. */
  readonly historical?: true;
};

const street = (
  postcode: string,
  town: string,
  custodian: Custodian,
  at: readonly [number, number],
  rest: { street: string; locality?: string },
) => ({ postcode, town, custodian, at, ...rest });

const catford = street('SE6 4RU', 'LONDON', LEWISHAM, [537812, 172960], { street: 'BRAMBLE ROAD' });
const dagenham = street('RM9 6SJ', 'DAGENHAM', BARKING_AND_DAGENHAM, [548321, 184410], { street: 'ALDER WAY' });
const carlton = street('NG4 3EX', 'NOTTINGHAM', GEDLING, [461050, 341420], {
  street: 'HAWTHORN AVENUE',
  locality: 'CARLTON',
});
const quayside = street('NE1 3JF', 'NEWCASTLE UPON TYNE', NEWCASTLE, [425460, 564070], { street: 'SANDGATE WHARF' });

export const FIXTURE_ADDRESSES: readonly FixtureAddress[] = [
  { ...catford, uprn: '100023900001', sub: 'FLAT 1', building: 'ROWAN COURT', number: '12' },
  { ...catford, uprn: '100023900002', sub: 'FLAT 2', building: 'ROWAN COURT', number: '12' },
  { ...catford, uprn: '100023900003', number: '14' },
  { ...catford, uprn: '100023900004', number: '16', historical: true },
  { ...dagenham, uprn: '100033900001', number: '2' },
  { ...dagenham, uprn: '100033900002', number: '4A' },
  { ...carlton, uprn: '100031900001', building: 'THE OLD FORGE', number: '21' },
  { ...carlton, uprn: '100031900002', number: '23' },
  { ...quayside, uprn: '100047900001', sub: 'FLAT 3', building: 'CHANDLERS HOUSE' },
];

const compact = (postcode: string) => postcode.replace(/\s+/g, '').toUpperCase();

/** The addresses at a full postcode, or in a postcode district or sector ("SE6", "SE6 4"), as OS searches. */
export function addressesAt(postcode: string): FixtureAddress[] {
  const wanted = compact(postcode);
  const full = wanted.length >= 5 && /\d[A-Z]{2}$/.test(wanted);
  return FIXTURE_ADDRESSES.filter((a) =>
    full ? compact(a.postcode) === wanted : compact(a.postcode).startsWith(wanted),
  );
}
