// The address lookup's OS Places client against the sandbox's stand-in for api.os.uk: the real request, the real
// wire format, OS's error shape, faults and a time limit. The councils come from the card's own table.
import { fetch as undiciFetch } from 'undici';
import { AddressLookupError, type AddressLookup } from '../../src/address';
import { createOsPlacesLookup } from '../../src/address/os-places-client';
import { councilByName } from '../../src/domain/areas';
import { startHarness, type Harness } from './support';

let h: Harness;
const KEY = 'sandbox-os-places-key';

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
afterEach(async () => {
  await h.fetch('/sandbox/faults', { method: 'DELETE' });
});

function lookup(options: { key?: string; timeoutMs?: number } = { key: KEY }): AddressLookup {
  const trusting = ((url: string, init: RequestInit) =>
    undiciFetch(url, { ...init, dispatcher: h.dispatcher } as Parameters<typeof undiciFetch>[1])) as unknown;
  return createOsPlacesLookup({
    baseUrl: `${h.sandbox.origin}/os`,
    fetch: trusting as typeof fetch,
    findCouncil: councilByName,
    ...options,
  });
}

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the lookup to fail');
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(AddressLookupError);
      const e = error as AddressLookupError;
      return { kind: e.kind, status: e.status };
    },
  );

const setFaults = (faults: object) =>
  h.fetch('/sandbox/faults', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(faults),
  });

describe('addresses and councils from the OS Places stand-in', () => {
  test('a Lewisham postcode, however it is typed: current addresses only, in lines, with the council', async () => {
    for (const typed of ['SE6 4RU', 'se64ru', ' Se6  4ru ']) {
      const search = await lookup().findByPostcode(typed);
      expect(search.total).toBe(3); // the fourth address at SE6 4RU is historical
      expect(search.addresses.map((a) => a.address)).toEqual([
        { line1: 'Flat 1, Rowan Court', line2: '12 Bramble Road', town: 'London', postcode: 'SE6 4RU' },
        { line1: 'Flat 2, Rowan Court', line2: '12 Bramble Road', town: 'London', postcode: 'SE6 4RU' },
        { line1: '14 Bramble Road', town: 'London', postcode: 'SE6 4RU' },
      ]);
      expect(search.addresses.map((a) => a.council?.code)).toEqual(['E09000023', 'E09000023', 'E09000023']);
      expect(search.addresses[2]?.label).toBe('14 Bramble Road, London, SE6 4RU');
    }
  });

  test.each([
    ['Barking and Dagenham', 'RM9 6SJ', 'E09000002', { line1: '4A Alder Way', town: 'Dagenham' }],
    // The council is the one keeping the address (Gedling), not the post town's (Nottingham is another council).
    [
      'Gedling, a Nottinghamshire district',
      'NG4 3EX',
      'E07000173',
      { line1: 'The Old Forge', line2: '21 Hawthorn Avenue, Carlton', town: 'Nottingham' },
    ],
    [
      'Newcastle upon Tyne',
      'NE1 3JF',
      'E08000021',
      { line1: 'Flat 3, Chandlers House', line2: 'Sandgate Wharf', town: 'Newcastle upon Tyne' },
    ],
  ])('%s', async (_, postcode, council, address) => {
    const search = await lookup().findByPostcode(postcode);
    expect(search.addresses.every((a) => a.council?.code === council)).toBe(true);
    expect(search.addresses.map((a) => a.address)).toContainEqual({ ...address, postcode });
  });

  test('a postcode OS holds no address for is not found', async () => {
    expect(await failureOf(lookup().findByPostcode('SW1A 1AA'))).toEqual({ kind: 'not-found', status: 200 });
  });

  test('without a key OS refuses (401): the lookup is not set up correctly', async () => {
    expect(await failureOf(lookup({}).findByPostcode('SE6 4RU'))).toEqual({ kind: 'not-configured', status: 401 });
  });

  test('a 503 from OS is "unavailable", and the next search works', async () => {
    await setFaults({ rate503: 1, pathPrefix: '/os/', limit: 1 });
    expect(await failureOf(lookup().findByPostcode('SE6 4RU'))).toEqual({ kind: 'unavailable', status: 503 });
    expect((await lookup().findByPostcode('SE6 4RU')).total).toBe(3);
  });

  test('an answer slower than the time limit is a timeout', async () => {
    await setFaults({ latencyMs: 1500, pathPrefix: '/os/' });
    const started = Date.now();
    expect(await failureOf(lookup({ key: KEY, timeoutMs: 200 }).findByPostcode('SE6 4RU'))).toEqual({
      kind: 'timeout',
      status: undefined,
    });
    expect(Date.now() - started).toBeLessThan(1200);
  });

  test('a search the person abandons rejects as aborted, not as a failure to show', async () => {
    await setFaults({ latencyMs: 1000, pathPrefix: '/os/' });
    const controller = new AbortController();
    const search = lookup().findByPostcode('SE6 4RU', { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(search).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe("the stand-in answers in OS's wire format", () => {
  const raw = async (query: string) => {
    const res = await h.fetch(`/os/search/places/v1/postcode?${query}`);
    return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as never };
  };

  test('a malformed postcode is a 400 in OS error shape', async () => {
    const { status, type, body } = await raw(`postcode=XYZ&key=${KEY}`);
    expect(status).toBe(400);
    expect(type).toMatch(/^application\/json/);
    expect(body).toEqual({
      error: { statuscode: 400, message: expect.stringMatching(/^Requested postcode must contain a minimum/) },
    });
  });

  test('no key is a 401, a fault a 503 with Retry-After, and anything else not emulated a 501, all in OS shape', async () => {
    expect(await raw('postcode=SE6+4RU')).toMatchObject({
      status: 401,
      body: { error: { statuscode: 401, message: 'Missing or unsupported API key provided.' } },
    });
    expect(await raw(`postcode=SE6+4RU&key=${KEY}&dataset=LPI`)).toMatchObject({
      status: 501,
      body: { error: { statuscode: 501 } },
    });
    await setFaults({ rate503: 1, pathPrefix: '/os/', limit: 1, retryAfterSeconds: 2 });
    const res = await h.fetch(`/os/search/places/v1/postcode?postcode=SE6+4RU&key=${KEY}`);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(await res.json()).toMatchObject({ error: { statuscode: 503 } });
  });

  test('an unknown postcode has a header and no results; a district search pages with maxresults and offset', async () => {
    expect((await raw(`postcode=SW1A+1AA&key=${KEY}`)).body).toEqual({
      header: expect.objectContaining({ totalresults: 0, dataset: 'DPA', maxresults: 100, offset: 0 }),
    });
    const page = (await raw(`postcode=SE6&key=${KEY}&maxresults=2&offset=2`)).body as {
      header: { totalresults: number };
      results: { DPA: { UPRN: string; LOGICAL_STATUS_CODE: string; LOCAL_CUSTODIAN_CODE: number } }[];
    };
    expect(page.header.totalresults).toBe(4);
    expect(page.results.map((r) => r.DPA.UPRN)).toEqual(['100023900003', '100023900004']);
    expect(page.results[1]?.DPA).toMatchObject({ LOGICAL_STATUS_CODE: '8', LOCAL_CUSTODIAN_CODE: 5690 });
    expect((await raw(`postcode=SE6&key=${KEY}&maxresults=101`)).status).toBe(400);
  });
});
