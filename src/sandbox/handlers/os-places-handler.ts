import { addressesAt } from '../places/os-places-fixtures';
import { dpaRecord } from '../places/os-places-wire';
import { graphErrors } from '../server/graph-errors';
import { osPlacesErrors, osPlacesReply } from '../server/os-places-errors';
import type { HandlerContext } from '../server/route';
import type { OsPlacesResource } from './resources';

// The OS Places API's postcode search, as api.os.uk answers it (GET /search/places/v1/postcode), over the fixture
// addresses. Any non-empty key is accepted; the DPA dataset and British National Grid coordinates only.

const POSTCODE_OR_PART = /^[A-Z]{1,2}\d[A-Z\d]?(\d[A-Z]{0,2})?$/;

function intParam(params: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const raw = params.get(name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max)
    throw osPlacesErrors.badParameter(name, `a whole number from ${min} to ${max}`);
  return value;
}

function checkEmulated(ctx: HandlerContext<undefined>): void {
  const params = ctx.url.searchParams;
  const dataset = (params.get('dataset') ?? 'DPA').toUpperCase();
  const srs = (params.get('output_srs') ?? 'EPSG:27700').toUpperCase();
  if (dataset !== 'DPA' || srs !== 'EPSG:27700' || params.has('fq'))
    throw graphErrors.notImplemented(ctx.method, `${ctx.url.pathname} with dataset=${dataset}, output_srs=${srs}, fq`);
}

export class OsPlacesHandler implements OsPlacesResource {
  postcode: OsPlacesResource['postcode'] = (ctx) => {
    const params = ctx.url.searchParams;
    if (!params.get('key') && !ctx.headers.key) throw osPlacesErrors.missingKey();
    const postcode = (params.get('postcode') ?? '').trim().toUpperCase();
    if (!POSTCODE_OR_PART.test(postcode.replace(/\s+/g, ''))) throw osPlacesErrors.invalidPostcode();
    checkEmulated(ctx);
    const maxresults = intParam(params, 'maxresults', 100, 1, 100);
    const offset = intParam(params, 'offset', 0, 0, 1000);
    const lr = (params.get('lr') ?? 'EN,CY').toUpperCase();
    const found = addressesAt(postcode);
    const page = found.slice(offset, offset + maxresults);
    const header = {
      uri: `${ctx.origin}${ctx.url.pathname}?postcode=${encodeURIComponent(postcode)}`,
      query: `postcode=${postcode}`,
      offset,
      totalresults: found.length,
      format: 'JSON',
      dataset: 'DPA',
      lr,
      maxresults,
      epoch: '118',
      lastupdate: '2026-11-20',
      output_srs: 'EPSG:27700',
    };
    // As OS does, an empty search has a header and no results at all.
    const body = page.length > 0 ? { header, results: page.map((a) => ({ DPA: dpaRecord(a) })) } : { header };
    return osPlacesReply(200, body);
  };
}
