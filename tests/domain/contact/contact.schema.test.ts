import { familyContactSchema, normalisePostcode, postcodeSchema } from '../../../src/domain';

describe('UK postcodes', () => {
  test.each([
    ['SE6 4RU', 'SE6 4RU'],
    ['se64ru', 'SE6 4RU'],
    [' ec1a 1bb ', 'EC1A 1BB'],
    ['W1A 0AX', 'W1A 0AX'],
    ['DN55 1PT', 'DN55 1PT'],
  ])('%j is a postcode, written %j', (typed, standard) => {
    expect(postcodeSchema.safeParse(typed).success).toBe(true);
    expect(normalisePostcode(typed)).toBe(standard);
  });

  test.each(['SE6', '12345', 'SE6 4R', '<b>SE6 4RU</b>', 'SE6\n4RU', 'SE6 4RUX', ''])(
    '%j is refused in words',
    (typed) => {
      const parsed = postcodeSchema.safeParse(typed);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe('Enter a UK postcode, like SE6 4RU');
    },
  );

  test('the form writes a postcode typed over two lines in its standard form, which the schema takes', () => {
    expect(normalisePostcode('SE6\n4RU')).toBe('SE6 4RU');
    expect(normalisePostcode('SE6 4RUX')).toBeUndefined();
  });
});

describe('the family contact', () => {
  test('a council code must be an ONS code; phone numbers must be numbers', () => {
    expect(familyContactSchema.safeParse({ councilCode: 'Lewisham' }).success).toBe(false);
    expect(familyContactSchema.safeParse({ councilCode: 'E09000023' }).success).toBe(true);
    expect(familyContactSchema.safeParse({ phones: [{ number: 'call me' }] }).success).toBe(false);
    expect(familyContactSchema.safeParse({ phones: [{ number: '+44 20 7946 0000', kind: 'work' }] }).success).toBe(
      true,
    );
  });

  test('unknown fields and an address without its first line are refused', () => {
    expect(familyContactSchema.safeParse({ surprise: 1 }).success).toBe(false);
    expect(familyContactSchema.safeParse({ address: { postcode: 'SE6 4RU' } }).success).toBe(false);
  });
});
