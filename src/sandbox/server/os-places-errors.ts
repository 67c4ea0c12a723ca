import { GraphError } from './graph-errors';
import type { Reply } from './reply';
// The OS Places stand-in's errors, in OS's own wire format: `{ "error": { "statuscode": 400, "message": "…" } }`.
// They travel through the pipeline as the same error type as Graph's (status, code, message, headers); the error exit
// writes them in this envelope for the places area. Messages never carry the postcode asked for.

const OS = 'OsPlaces';

export const osPlacesErrors = {
  /** 400: OS's words for a postcode it cannot search on. */
  invalidPostcode: () =>
    new GraphError(
      400,
      OS,
      'Requested postcode must contain a minimum of the sector plus 1 digit of the district e.g. SO1.',
    ),
  /** 400: a query parameter out of its range, named. */
  badParameter: (name: string, expected: string) =>
    new GraphError(400, OS, `Requested ${name} is not valid: expected ${expected}.`),
  /** 401: OS Data Hub's answer to a request without a key. */
  missingKey: () => new GraphError(401, OS, 'Missing or unsupported API key provided.'),
} as const;

export type OsPlacesErrorEnvelope = { error: { statuscode: number; message: string } };

/** OS answers in plain JSON, errors included (not Graph's OData content type). */
export function osPlacesReply(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  const data = Buffer.from(JSON.stringify(body), 'utf8');
  return { status, headers, bytes: { data, contentType: 'application/json;charset=UTF-8' } };
}

/** OS's error envelope for any error the pipeline carries (faults and 501s included). */
export function osPlacesErrorReply(err: GraphError): Reply {
  const envelope: OsPlacesErrorEnvelope = { error: { statuscode: err.status, message: err.message } };
  return osPlacesReply(err.status, envelope, { ...err.headers });
}
