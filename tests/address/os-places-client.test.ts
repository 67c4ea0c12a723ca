// The OS Places client with a fake fetch: what it sends, and how it reads what comes back (zod refuses what is not
// OS's answer). tests/conformance/os-places.test.ts runs it against the sandbox's stand-in.
import { AddressLookupError, configuredAddressLookup, lookupFailureWords, type AddressLookup } from '../../src/address';
import { titleCase } from '../../src/address/dpa-address';
import { createOsPlacesLookup } from '../../src/address/os-places-client';

const LEWISHAM = { code: 'E09000023', name: 'Lewisham' };
const findCouncil = (name: string) => (name === 'LEWISHAM' ? LEWISHAM : undefined);

const DPA = {
  UPRN: '100023900003',
  ADDRESS: '14, BRAMBLE ROAD, LONDON, SE6 4RU',
  BUILDING_NUMBER: '14',
  THOROUGHFARE_NAME: 'BRAMBLE ROAD',
  POST_TOWN: 'LONDON',
  POSTCODE: 'SE6 4RU',
  LOGICAL_STATUS_CODE: '1',
  LOCAL_CUSTODIAN_CODE: 5690,
  LOCAL_CUSTODIAN_CODE_DESCRIPTION: 'LEWISHAM',
  X_COORDINATE: 537812.0,
};
const answer = (results: unknown[], totalresults = results.length) => ({
  header: { totalresults, maxresults: 100, offset: 0 },
  results,
});

type Sent = { url: URL; init: RequestInit };

function client(reply: (sent: Sent) => Response | Promise<Response>, key: string | null = 'k3y') {
  const sent: Sent[] = [];
  const fake = (async (url: string, init: RequestInit) => {
    const s = { url: new URL(url), init };
    sent.push(s);
    return reply(s);
  }) as typeof fetch;
  const lookup = createOsPlacesLookup({
    baseUrl: 'https://api.os.uk/',
    fetch: fake,
    findCouncil,
    timeoutMs: 500,
    ...(key ? { key } : {}),
  });
  return { lookup, sent };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

async function failure(lookup: AddressLookup, postcode = 'SE6 4RU') {
  try {
    await lookup.findByPostcode(postcode);
  } catch (error) {
    expect(error).toBeInstanceOf(AddressLookupError);
    // The postcode is personal data: it never reaches an error that may be logged.
    expect(String(error)).not.toMatch(/SE6/i);
    return (error as AddressLookupError).kind;
  }
  throw new Error('expected a failure');
}

describe('the request', () => {
  test('the postcode search with the DPA dataset, English forms, the key, no cookies and no caching', async () => {
    const { lookup, sent } = client(() => json(answer([{ DPA }])));
    await lookup.findByPostcode('se64ru');
    const [{ url, init }] = sent as [Sent];
    expect(url.origin + url.pathname).toBe('https://api.os.uk/search/places/v1/postcode');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      postcode: 'SE6 4RU',
      dataset: 'DPA',
      output_srs: 'EPSG:27700',
      maxresults: '100',
      lr: 'EN',
      key: 'k3y',
    });
    expect(init).toMatchObject({ cache: 'no-store', credentials: 'omit' });
    expect(init.signal).toBeInstanceOf(AbortSignal);
  });

  test('without a key (a council proxy adds it) no key is sent', async () => {
    const { lookup, sent } = client(() => json(answer([{ DPA }])), null);
    await lookup.findByPostcode('SE6 4RU');
    expect(sent[0]?.url.searchParams.has('key')).toBe(false);
  });

  test('a postcode that is not a full UK postcode is refused before anything is sent', async () => {
    const { lookup, sent } = client(() => json(answer([{ DPA }])));
    for (const typed of ['', 'SE6', 'SE6 4R', 'not a postcode', 'SE6 4RUX'])
      expect(await failure(lookup, typed)).toBe('invalid-postcode');
    expect(sent).toHaveLength(0);
  });
});

describe('reading the answer', () => {
  test('the address in lines, the council found by name, and an unknown council left for the referrer', async () => {
    const elsewhere = { ...DPA, UPRN: '1', LOCAL_CUSTODIAN_CODE_DESCRIPTION: 'CITY OF ELSEWHERE' };
    const { lookup } = client(() => json(answer([{ DPA }, { DPA: elsewhere }], 140)));
    const search = await lookup.findByPostcode('SE6 4RU');
    expect(search.total).toBe(140);
    expect(search.addresses[0]).toEqual({
      uprn: '100023900003',
      label: '14 Bramble Road, London, SE6 4RU',
      address: { line1: '14 Bramble Road', town: 'London', postcode: 'SE6 4RU' },
      council: LEWISHAM,
      councilName: 'Lewisham',
    });
    expect(search.addresses[1]).not.toHaveProperty('council');
    expect(search.addresses[1]?.councilName).toBe('City of Elsewhere');
  });

  test('historical addresses are left out; only historical ones means none found', async () => {
    const gone = { ...DPA, UPRN: '2', LOGICAL_STATUS_CODE: '8' };
    const { lookup } = client(() => json(answer([{ DPA }, { DPA: gone }])));
    expect((await lookup.findByPostcode('SE6 4RU')).addresses.map((a) => a.uprn)).toEqual([DPA.UPRN]);
    expect(await failure(client(() => json(answer([{ DPA: gone }]))).lookup)).toBe('not-found');
  });

  test('no results at all (OS leaves `results` out) is not found', async () => {
    expect(await failure(client(() => json({ header: { totalresults: 0 } })).lookup)).toBe('not-found');
  });

  test.each([
    ['no header', { results: [{ DPA }] }],
    ['results that are not a list', { header: { totalresults: 1 }, results: { DPA } }],
    ['an entry without its DPA', answer([{ LPI: DPA }])],
    ['an address without a postcode', answer([{ DPA: { ...DPA, POSTCODE: undefined } }])],
    ['an address without its council', answer([{ DPA: { ...DPA, LOCAL_CUSTODIAN_CODE_DESCRIPTION: '' } }])],
    ['a UPRN that is not a number', answer([{ DPA: { ...DPA, UPRN: '<b>1</b>' } }])],
    ['a count that is not a number', { header: { totalresults: 'many' }, results: [{ DPA }] }],
    ['a list where an object belongs', [DPA]],
  ])('zod refuses %s: a bad response', async (_, body) => {
    expect(await failure(client(() => json(body)).lookup)).toBe('bad-response');
  });

  test('a body that is not JSON (a proxy error page) is a bad response', async () => {
    const page = () => new Response('<html>Gateway</html>', { status: 200, headers: { 'content-type': 'text/html' } });
    expect(await failure(client(page).lookup)).toBe('bad-response');
  });
});

describe('failures', () => {
  test.each([
    [400, 'invalid-postcode'],
    [401, 'not-configured'],
    [403, 'not-configured'],
    [404, 'not-configured'],
    [429, 'unavailable'],
    [500, 'unavailable'],
    [503, 'unavailable'],
    [418, 'bad-response'],
  ])('HTTP %i is %s', async (status, kind) => {
    const body = { error: { statuscode: status, message: 'Requested postcode was SE64RU' } };
    expect(await failure(client(() => json(body, status)).lookup)).toBe(kind);
  });

  test('a network failure is unavailable', async () => {
    const { lookup } = client(() => Promise.reject(new TypeError('fetch failed')));
    expect(await failure(lookup)).toBe('unavailable');
  });

  test('no answer within the time limit is a timeout', async () => {
    const hang = ({ init }: Sent) =>
      new Promise<Response>((_, reject) =>
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    expect(await failure(client(hang).lookup)).toBe('timeout');
  });

  test('every failure has words for the card, none naming a file or a code', () => {
    const kinds = [
      'not-configured',
      'invalid-postcode',
      'not-found',
      'unavailable',
      'timeout',
      'bad-response',
    ] as const;
    for (const kind of kinds) {
      const words = lookupFailureWords(kind);
      expect(words.title).toMatch(/^[A-Z].*\.$/);
      expect(words.action).toMatch(/type the address in/i);
      expect(`${words.title} ${words.action}`).not.toMatch(/HTTP|\d{3}|json|zod|\.ts|seed/i);
    }
  });
});

describe('the configured lookup', () => {
  test('none configured: no lookup at all', () => {
    expect(configuredAddressLookup(undefined, 'https://cards.example.gov.uk/app/', fetch)).toBeUndefined();
  });

  test('a path means the page’s own origin; the client loads on the first search', async () => {
    const urls: string[] = [];
    const fake = (async (url: string) => {
      urls.push(url);
      return json(answer([{ DPA }]));
    }) as typeof fetch;
    const lookup = configuredAddressLookup({ baseUrl: '/os/', key: 'k' }, 'https://localhost:3000/taskpane.html', fake);
    const search = await lookup?.findByPostcode('SE6 4RU');
    expect(urls[0]).toMatch(/^https:\/\/localhost:3000\/os\/search\/places\/v1\/postcode\?postcode=SE6\+4RU&/);
    // The card's own council table names the council.
    expect(search?.addresses[0]?.council?.code).toBe('E09000023');
  });
});

test('OS writes in capitals; the card writes names as people do', () => {
  expect(titleCase('FLAT 2A, ROSE COURT')).toBe('Flat 2A, Rose Court');
  expect(titleCase('NEWARK AND SHERWOOD')).toBe('Newark and Sherwood');
  expect(titleCase('STOKE-ON-TRENT')).toBe('Stoke-on-Trent');
  expect(titleCase('THE OLD FORGE')).toBe('The Old Forge');
});
