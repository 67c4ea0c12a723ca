import { catalogue } from '../../../src/catalogues';
import { catalogueSchema, citationWords, sourceDocumentSchema, sourceOf } from '../../../src/domain';
import type { Catalogue } from '../../../src/domain';

const FILE = '000_00e7cb9a8a716238.txt';

const small = (providers: unknown[]): Catalogue =>
  catalogueSchema.parse({
    version: 't',
    providers,
    services: [],
    ruleSets: [],
    questions: [],
    packageRules: [],
    timeStandards: [],
  });

describe('citationWords', () => {
  it('names the document by publisher and what people call it, then the section', () => {
    expect(citationWords({ seed: FILE, section: 'Our programmes are not appropriate if' }, catalogue)).toBe(
      'Lewisham Family Hub — parenting offer, ‘Our programmes are not appropriate if’',
    );
  });

  it('uses the title where the document has no short title, and never shows the note or the file', () => {
    const c = small([
      {
        id: 'a',
        name: 'Alpha',
        seed: FILE,
        sources: [{ id: 'a-doc', file: FILE, title: 'Offer', publisher: 'Alpha Council' }],
      },
    ]);
    const words = citationWords({ seed: FILE, section: 'Who', note: 'an aside' }, c);
    expect(words).toBe('Alpha Council — Offer, ‘Who’');
  });

  it('falls back to the filed title, then the provider, then the section alone; never the file name', () => {
    const bare = small([{ id: 'a', name: 'Alpha Hub', seed: FILE }]);
    expect(citationWords({ seed: FILE, section: 'Who' }, bare)).toBe('Alpha Hub, ‘Who’');
    expect(citationWords({ seed: FILE, section: 'Who', title: 'The Offer' }, bare)).toBe('The Offer, ‘Who’');
    const other = '001_0123456789abcdef.txt';
    expect(citationWords({ seed: other, section: 'Who' }, bare)).toBe('‘Who’');
    expect(citationWords({ seed: 'local:leaflet', section: 'Who' }, bare)).not.toMatch(/local:|\.txt/);
  });

  it('finds the source of every citation in the built-in catalogue', () => {
    const cited = [
      ...catalogue.services.flatMap((s) => [...s.citations, ...s.criteria.map((c) => c.citation)]),
      ...catalogue.ruleSets.flatMap((r) => r.criteria.map((c) => c.citation)),
    ];
    const unnamed = cited.filter((c) => !sourceOf(c, catalogue)).map((c) => c.seed);
    expect(unnamed).toEqual([]);
  });
});

describe('a source document', () => {
  const good = { id: 'dvip-info', file: '004_c1194777945abb23.txt', title: 'Information', publisher: 'DVIP' };

  it("takes a date in the document's own words and a link, both optional", () => {
    expect(
      sourceDocumentSchema.safeParse({ ...good, date: '2010/11', url: 'https://example.org/doc.pdf' }).success,
    ).toBe(true);
    expect(sourceDocumentSchema.safeParse(good).success).toBe(true);
  });

  it.each([
    ['a file name that is no citation name', { ...good, file: 'notes.txt' }],
    ['no title', { ...good, title: ' ' }],
    ['no publisher', { id: good.id, file: good.file, title: 'x' }],
    ['a link that is not one', { ...good, url: 'see the hub' }],
    ['an unknown key', { ...good, author: 'x' }],
    ['an id with capitals', { ...good, id: 'DVIP' }],
  ])('refuses %s', (_what, value) => {
    expect(sourceDocumentSchema.safeParse(value).success).toBe(false);
  });
});
