// The contract between the card and an address lookup service: the form asks for the addresses at a postcode and
// gets them back ready to fill in, each with the council it is in. OS Places is one implementation.

/** A council the card knows: its ONS code and its name. */
export type Council = { readonly code: string; readonly name: string };

/** Finds the council a lookup service names ("LEWISHAM", "NEWARK AND SHERWOOD"); undefined when the card knows none. */
export type CouncilFinder = (name: string) => Council | undefined;

/** An address as the referral's `family.address` holds it. */
export type LookedUpAddress = {
  readonly line1: string;
  readonly line2?: string;
  readonly town?: string;
  readonly postcode: string;
};

/** One address found at a postcode. */
export type FoundAddress = {
  /** The Unique Property Reference Number: one per address, used to tell the addresses in a list apart. */
  readonly uprn: string;
  /** The whole address on one line, as the list shows it. */
  readonly label: string;
  readonly address: LookedUpAddress;
  /** The council the address is in, when the name the service gives matches a council the card knows. */
  readonly council?: Council;
  /** The council's name as the service gives it, for saying which one the card could not match. */
  readonly councilName: string;
};

export type AddressSearch = {
  readonly addresses: readonly FoundAddress[];
  /** How many addresses the service holds for the postcode: more than listed when it sends only the first page. */
  readonly total: number;
};

/**
 * Why a lookup failed. not-configured: no service is set up, or it refused the card's key; invalid-postcode: not a
 * full UK postcode; not-found: no address at it; unavailable: the service could not be reached or is busy; timeout:
 * it did not answer in time; bad-response: it answered something the card cannot read.
 */
export type AddressLookupFailure =
  'not-configured' | 'invalid-postcode' | 'not-found' | 'unavailable' | 'timeout' | 'bad-response';

/** A failed lookup as data: the kind, and the HTTP status when the service answered. Never the postcode. */
export class AddressLookupError extends Error {
  constructor(
    readonly kind: AddressLookupFailure,
    readonly status?: number,
  ) {
    super(status === undefined ? `Address lookup failed: ${kind}` : `Address lookup failed: ${kind} (HTTP ${status})`);
    this.name = 'AddressLookupError';
  }
}

export type FindOptions = {
  /** Aborts the lookup (the person searched again or left the form); the promise then rejects with an AbortError. */
  readonly signal?: AbortSignal;
};

export interface AddressLookup {
  /** The addresses at a full UK postcode, or an AddressLookupError. */
  findByPostcode(postcode: string, options?: FindOptions): Promise<AddressSearch>;
}
