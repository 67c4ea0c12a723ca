// The councils any provider in the built-in catalogue serves, with their ONS local authority codes. A county council
// area covers its districts (COUNTY_DISTRICTS); a unitary council inside a county's borders (Nottingham) does not.

export type CouncilRegion = 'London' | 'North East' | 'East Midlands';

export type Council = {
  /** ONS local authority code, e.g. E09000023. */
  readonly code: string;
  /** The name a council worker uses: "Lewisham", not "London Borough of Lewisham". */
  readonly name: string;
  readonly region: CouncilRegion;
  /** Other names an address service or a person may use for it. */
  readonly aliases?: readonly string[];
};

const london = (code: string, name: string, aliases?: readonly string[]): Council => ({
  code,
  name,
  region: 'London',
  ...(aliases ? { aliases } : {}),
});

const LONDON: readonly Council[] = [
  london('E09000001', 'City of London', ['City of London Corporation']),
  london('E09000002', 'Barking and Dagenham'),
  london('E09000003', 'Barnet'),
  london('E09000004', 'Bexley'),
  london('E09000005', 'Brent'),
  london('E09000006', 'Bromley'),
  london('E09000007', 'Camden'),
  london('E09000008', 'Croydon'),
  london('E09000009', 'Ealing'),
  london('E09000010', 'Enfield'),
  london('E09000011', 'Greenwich', ['Royal Borough of Greenwich']),
  london('E09000012', 'Hackney'),
  london('E09000013', 'Hammersmith and Fulham'),
  london('E09000014', 'Haringey'),
  london('E09000015', 'Harrow'),
  london('E09000016', 'Havering'),
  london('E09000017', 'Hillingdon'),
  london('E09000018', 'Hounslow'),
  london('E09000019', 'Islington'),
  london('E09000020', 'Kensington and Chelsea'),
  london('E09000021', 'Kingston upon Thames', ['Kingston']),
  london('E09000022', 'Lambeth'),
  london('E09000023', 'Lewisham'),
  london('E09000024', 'Merton'),
  london('E09000025', 'Newham'),
  london('E09000026', 'Redbridge'),
  london('E09000027', 'Richmond upon Thames', ['Richmond']),
  london('E09000028', 'Southwark'),
  london('E09000029', 'Sutton'),
  london('E09000030', 'Tower Hamlets'),
  london('E09000031', 'Waltham Forest'),
  london('E09000032', 'Wandsworth'),
  london('E09000033', 'Westminster', ['City of Westminster']),
];

// The Northumbria police force area: the six councils of the Northumbria Police and Crime Commissioner.
const NORTHUMBRIA: readonly Council[] = [
  { code: 'E06000057', name: 'Northumberland', region: 'North East' },
  { code: 'E08000021', name: 'Newcastle upon Tyne', region: 'North East', aliases: ['Newcastle'] },
  { code: 'E08000022', name: 'North Tyneside', region: 'North East' },
  { code: 'E08000023', name: 'South Tyneside', region: 'North East' },
  { code: 'E08000024', name: 'Sunderland', region: 'North East' },
  { code: 'E08000037', name: 'Gateshead', region: 'North East' },
];

const NOTTINGHAMSHIRE: readonly Council[] = [
  { code: 'E10000024', name: 'Nottinghamshire', region: 'East Midlands', aliases: ['Nottinghamshire County'] },
  { code: 'E07000170', name: 'Ashfield', region: 'East Midlands' },
  { code: 'E07000171', name: 'Bassetlaw', region: 'East Midlands' },
  { code: 'E07000172', name: 'Broxtowe', region: 'East Midlands' },
  { code: 'E07000173', name: 'Gedling', region: 'East Midlands' },
  { code: 'E07000174', name: 'Mansfield', region: 'East Midlands' },
  { code: 'E07000175', name: 'Newark and Sherwood', region: 'East Midlands' },
  { code: 'E07000176', name: 'Rushcliffe', region: 'East Midlands' },
  // A unitary council since 1998: inside the county's borders, outside the county council's area.
  { code: 'E06000018', name: 'Nottingham', region: 'East Midlands', aliases: ['Nottingham City'] },
];

/** Every council in the table, grouped by region in the order a picker lists them. */
export const COUNCILS: readonly Council[] = [...LONDON, ...NORTHUMBRIA, ...NOTTINGHAMSHIRE];

/** The districts of each two-tier county: a county's code in an area covers these. */
export const COUNTY_DISTRICTS: Readonly<Record<string, readonly string[]>> = {
  E10000024: ['E07000170', 'E07000171', 'E07000172', 'E07000173', 'E07000174', 'E07000175', 'E07000176'],
};

/** The 33 London boroughs (with the City of London), for areas such as "across London". */
export const LONDON_COUNCIL_CODES: readonly string[] = LONDON.map((c) => c.code);
