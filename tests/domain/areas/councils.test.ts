import {
  COUNCILS,
  COUNTY_DISTRICTS,
  LONDON_COUNCIL_CODES,
  areaRequirement,
  areaWords,
  councilByCode,
  councilByName,
  councilCodeSchema,
  factQuestion,
  isInArea,
} from '../../../src/domain';

describe('the council table', () => {
  test('every code is a valid ONS code, listed once, with one name', () => {
    for (const c of COUNCILS) expect(councilCodeSchema.safeParse(c.code).success).toBe(true);
    expect(new Set(COUNCILS.map((c) => c.code)).size).toBe(COUNCILS.length);
    expect(new Set(COUNCILS.map((c) => c.name.toLowerCase())).size).toBe(COUNCILS.length);
  });

  test('the 33 London councils are E09000001 to E09000033, with their names', () => {
    expect(LONDON_COUNCIL_CODES).toEqual(
      Array.from({ length: 33 }, (_, i) => `E090000${String(i + 1).padStart(2, '0')}`),
    );
    expect(councilByCode('E09000001')?.name).toBe('City of London');
    expect(councilByCode('E09000002')?.name).toBe('Barking and Dagenham');
    expect(councilByCode('E09000013')?.name).toBe('Hammersmith and Fulham');
    expect(councilByCode('E09000020')?.name).toBe('Kensington and Chelsea');
    expect(councilByCode('E09000023')?.name).toBe('Lewisham');
    expect(councilByCode('E09000033')?.name).toBe('Westminster');
  });

  test('every district of a county is in the table, and so is the county', () => {
    for (const [county, districts] of Object.entries(COUNTY_DISTRICTS)) {
      expect(councilByCode(county)).toBeDefined();
      for (const d of districts) expect(councilByCode(d)).toBeDefined();
    }
  });
});

describe('finding a council', () => {
  test.each([
    ['LEWISHAM', 'E09000023'],
    ['lewisham', 'E09000023'],
    ['London Borough of Lewisham', 'E09000023'],
    ['Lewisham Council', 'E09000023'],
    ['Hammersmith & Fulham', 'E09000013'],
    ['ROYAL BOROUGH OF KENSINGTON AND CHELSEA', 'E09000020'],
    ['CITY OF WESTMINSTER', 'E09000033'],
    ['City of London', 'E09000001'],
    ['Gedling Borough Council', 'E07000173'],
    ['Nottinghamshire County Council', 'E10000024'],
    ['NOTTINGHAM CITY', 'E06000018'],
    ['Nottingham City Council', 'E06000018'],
    ['  newcastle upon tyne  ', 'E08000021'],
  ])('by name: %p is %s', (name, code) => {
    expect(councilByName(name)?.code).toBe(code);
  });

  test.each(['', '   ', 'Leeds', 'Lewishamshire', 'Borough of', undefined])(
    'by name: %p is not in the table',
    (name) => {
      expect(councilByName(name)).toBeUndefined();
    },
  );

  test('by code, in any case; an unknown or missing code finds nothing', () => {
    expect(councilByCode('e09000023')?.name).toBe('Lewisham');
    expect(councilByCode('E08000035')).toBeUndefined();
    expect(councilByCode(undefined)).toBeUndefined();
  });
});

describe('is this council in this area', () => {
  test('a council is in an area that lists it', () => {
    expect(isInArea('E09000023', ['E09000023'])).toBe(true);
    expect(isInArea('E09000007', ['E09000023'])).toBe(false);
  });

  test("a county's code covers its seven districts; Nottingham, a unitary council, is not covered", () => {
    for (const d of COUNTY_DISTRICTS.E10000024!) expect(isInArea(d, ['E10000024'])).toBe(true);
    expect(isInArea('E06000018', ['E10000024'])).toBe(false);
  });

  test("a district's code does not cover its county or the other districts", () => {
    expect(isInArea('E10000024', ['E07000173'])).toBe(false);
    expect(isInArea('E07000170', ['E07000173'])).toBe(false);
  });
});

describe('words', () => {
  test('an area is its name, or its councils joined with "or"', () => {
    expect(areaWords({ councils: ['E09000023'] })).toBe('Lewisham');
    expect(areaWords({ councils: ['E09000013', 'E09000020', 'E09000033'] })).toBe(
      'Hammersmith and Fulham, Kensington and Chelsea or Westminster',
    );
    expect(areaWords({ councils: LONDON_COUNCIL_CODES, name: 'London' })).toBe('London');
    expect(areaWords({ councils: ['E08000035'] })).toBe('E08000035');
  });

  test('the rule for a family, a child, and a child who may be at school there', () => {
    expect(areaRequirement({ councils: ['E09000023'] })).toBe('For families who live in Lewisham');
    expect(areaRequirement({ councils: ['E09000002'], who: 'child' })).toBe(
      'For children and young people who live in Barking and Dagenham',
    );
    expect(areaRequirement({ councils: ['E09000002'], who: 'child', school: true })).toBe(
      'For children and young people who live or go to school or nursery in Barking and Dagenham',
    );
  });

  test('questions name the child and the council, never "the borough"', () => {
    const lives = { id: 'child.livesInBorough', label: 'plain' };
    const school = { id: 'child.schoolInBorough', label: 'plain' };
    expect(factQuestion(lives, { person: 'Amira', council: 'Lewisham' })).toBe('Does Amira live in Lewisham?');
    expect(factQuestion(school, { person: 'Amira', council: 'Lewisham' })).toBe(
      'Does Amira go to school or nursery in Lewisham?',
    );
    expect(factQuestion(lives, { person: ' ', council: undefined })).toBe(
      "Does the child live in the family's council area?",
    );
    expect(factQuestion({ id: 'child.schoolCouncilCode', label: 'plain' }, { person: 'Jess' })).toBe(
      "Which council area is Jess's school or nursery in?",
    );
    expect(factQuestion({ id: 'risks.perpetratorInHome', label: 'As it is' }, { person: 'Amira' })).toBe('As it is');
  });
});
