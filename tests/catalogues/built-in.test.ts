import { authoredCatalogue, catalogue, checkedBuiltIn } from '../../src/catalogues';
import type * as BuiltIn from '../../src/catalogues/built-in';
import type { CatalogueCheckError } from '../../src/catalogues';

const notesIn = (value: unknown): string[] => JSON.stringify(value).match(/"notes":/g) ?? [];

test('the catalogue the card and the documents get has no authoring notes; the authored one keeps them', () => {
  expect(notesIn(authoredCatalogue).length).toBeGreaterThan(0);
  expect(notesIn(catalogue)).toEqual([]);
  expect(notesIn(checkedBuiltIn())).toEqual([]);
  expect(checkedBuiltIn()).toEqual(catalogue);
});

test('no words the card shows talk about the seed files or documents outside the product', () => {
  const shown = JSON.stringify(catalogue).replace(/"seed":"[^"]*"/g, '');
  expect(shown).not.toMatch(/CATALOGUE\.md|the seed (gives|names|lists|describes|prints)|read literally/i);
});

describe('when the built catalogue fails its checks', () => {
  beforeEach(() => jest.resetModules());
  afterEach(() => jest.dontMock('../../src/catalogues/generated/built-in.catalogue.json'));

  test('loading it throws a CatalogueCheckError with words for the person using the card, and the problems', () => {
    jest.doMock('../../src/catalogues/generated/built-in.catalogue.json', () => ({ version: '1', providers: 'x' }));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fresh = require('../../src/catalogues/built-in') as typeof BuiltIn;
    let error: unknown;
    try {
      fresh.checkedBuiltIn();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(fresh.CatalogueCheckError);
    const check = error as CatalogueCheckError;
    expect(check.message).toMatch(/^The list of services could not be loaded/);
    expect(check.message).not.toMatch(/zod|schema|undefined/i);
    expect(check.issues.map((i) => i.path[0])).toContain('providers');
    expect(fresh.describeCheckError(check)).toMatch(/^providers: /m);
  });
});
