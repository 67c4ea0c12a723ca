import { normalisePostcode } from '../domain/contact/postcode';
import {
  AddressLookupError,
  type AddressLookup,
  type AddressSearch,
  type CouncilFinder,
  type FindOptions,
} from './address-lookup';
import { foundAddressOfDpa } from './dpa-address';
import { osPlacesPostcodeResponseSchema } from './os-places.schema';

export type OsPlacesOptions = {
  /** The API's address without a trailing slash: https://api.os.uk, or a council's own proxy in front of it. */
  readonly baseUrl: string;
  /** The OS Data Hub project API key; left out when a proxy adds it. */
  readonly key?: string;
  readonly fetch: typeof fetch;
  readonly findCouncil: CouncilFinder;
  /** How long to wait for the whole answer before giving up (default 8 seconds). */
  readonly timeoutMs?: number;
};

const DEFAULT_TIMEOUT_MS = 8000;
// OS sends at most 100 results a page; a postcode seldom holds more delivery points than that.
const MAX_RESULTS = 100;
// 1 approved, 6 provisional (new builds); 8 historical addresses no longer exist.
const CURRENT_STATUS = new Set(['1', '6']);

/** The postcode search URL. The postcode has to go in the query string: that is how OS Places takes it. */
function searchUrl(options: OsPlacesOptions, postcode: string): string {
  const url = new URL(`${options.baseUrl.replace(/\/+$/, '')}/search/places/v1/postcode`);
  url.searchParams.set('postcode', postcode);
  url.searchParams.set('dataset', 'DPA');
  url.searchParams.set('output_srs', 'EPSG:27700');
  url.searchParams.set('maxresults', String(MAX_RESULTS));
  // English forms only: Welsh addresses would otherwise come twice, once in each language.
  url.searchParams.set('lr', 'EN');
  // The query parameter, not the `key` header: a header would make browsers ask OS's permission first (CORS).
  if (options.key) url.searchParams.set('key', options.key);
  return url.href;
}

/** An AbortSignal that fires when the caller aborts or the time runs out, and says which. */
function deadline(ms: number, outer: AbortSignal | undefined) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, ms);
  const onAbort = () => controller.abort(outer?.reason);
  outer?.addEventListener('abort', onAbort, { once: true });
  if (outer?.aborted) onAbort();
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    done: () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    },
  };
}

function failureOfStatus(status: number): AddressLookupError {
  // 400: OS did not take it as a postcode; 401/403: the key is missing, wrong or lacks OS Places; 404: the
  // configured address is not the API's.
  if (status === 400) return new AddressLookupError('invalid-postcode', status);
  if (status === 401 || status === 403 || status === 404) return new AddressLookupError('not-configured', status);
  return new AddressLookupError(status >= 500 || status === 429 ? 'unavailable' : 'bad-response', status);
}

async function fetchJson(options: OsPlacesOptions, postcode: string, signal: AbortSignal): Promise<unknown> {
  const response = await options.fetch(searchUrl(options, postcode), {
    signal,
    headers: { Accept: 'application/json' },
    // A family's address list is not kept in the browser's cache, and no cookies go to OS.
    cache: 'no-store',
    credentials: 'omit',
  });
  if (!response.ok) throw failureOfStatus(response.status);
  try {
    return await response.json();
  } catch (error) {
    if (signal.aborted) throw error;
    throw new AddressLookupError('bad-response', response.status);
  }
}

function searchOf(body: unknown, findCouncil: CouncilFinder): AddressSearch {
  const parsed = osPlacesPostcodeResponseSchema.safeParse(body);
  if (!parsed.success) throw new AddressLookupError('bad-response', 200);
  const current = parsed.data.results
    .map((r) => r.DPA)
    .filter((dpa) => dpa.LOGICAL_STATUS_CODE === undefined || CURRENT_STATUS.has(dpa.LOGICAL_STATUS_CODE));
  if (current.length === 0) throw new AddressLookupError('not-found', 200);
  const dropped = parsed.data.results.length - current.length;
  return {
    addresses: current.map((dpa) => foundAddressOfDpa(dpa, findCouncil)),
    total: Math.max(parsed.data.header.totalresults - dropped, current.length),
  };
}

/** Looks addresses up with the OS Places API's postcode search. Nothing it logs or throws carries the postcode. */
export function createOsPlacesLookup(options: OsPlacesOptions): AddressLookup {
  return {
    async findByPostcode(postcode: string, find: FindOptions = {}): Promise<AddressSearch> {
      const normalised = normalisePostcode(postcode);
      if (!normalised) throw new AddressLookupError('invalid-postcode');
      const limit = deadline(options.timeoutMs ?? DEFAULT_TIMEOUT_MS, find.signal);
      try {
        return searchOf(await fetchJson(options, normalised, limit.signal), options.findCouncil);
      } catch (error) {
        if (error instanceof AddressLookupError) throw error;
        if (limit.timedOut()) throw new AddressLookupError('timeout');
        if (find.signal?.aborted) throw error;
        throw new AddressLookupError('unavailable');
      } finally {
        limit.done();
      }
    },
  };
}
