import { useCallback, useEffect, useRef, useState } from 'react';
import {
  AddressLookupError,
  lookupFailureWords,
  type AddressLookup as LookupService,
  type AddressLookupFailure,
  type AddressSearch,
  type FoundAddress,
} from '../../../address';
import { normalisePostcode } from '../../../domain/contact/postcode';
import { useAnnounce } from '../../components/announcer';

export type LookupState =
  | { readonly step: 'idle' }
  | { readonly step: 'searching' }
  | { readonly step: 'found'; readonly postcode: string; readonly search: AddressSearch }
  | { readonly step: 'failed'; readonly kind: AddressLookupFailure }
  | { readonly step: 'chosen'; readonly chosen: FoundAddress };

const IDLE: LookupState = { step: 'idle' };

const isAbort = (error: unknown) => error instanceof Error && error.name === 'AbortError';

/** "4 addresses found for SE6 4RU", with how many more there are when the service sent only the first page. */
export function foundWords(postcode: string, search: AddressSearch): string {
  const n = search.addresses.length;
  const found = `${n} ${n === 1 ? 'address' : 'addresses'} found for ${postcode}.`;
  if (search.total <= n) return found;
  return `${found} The first ${n} of ${search.total} are listed: if the family's address is not among them, type it in.`;
}

/**
 * One lookup at a time: a new search or a changed postcode drops the one under way, and leaving the form aborts it.
 * Results and failures are announced, as the list or the message appears where the person is not looking.
 */
export function useAddressLookup(lookup: LookupService, postcode: string) {
  const [state, setState] = useState<LookupState>(IDLE);
  const running = useRef<AbortController | undefined>(undefined);
  const announce = useAnnounce();

  const stop = useCallback(() => {
    running.current?.abort();
    running.current = undefined;
  }, []);
  useEffect(() => stop, [stop]);
  // Results belong to the postcode they were found for: another postcode starts afresh (the same one written
  // another way, as when the chosen address fills the field in its standard form, does not).
  const postcodeKey = normalisePostcode(postcode) ?? postcode.trim().toUpperCase();
  useEffect(() => {
    stop();
    setState(IDLE);
  }, [postcodeKey, stop]);

  const fail = useCallback(
    (kind: AddressLookupFailure) => {
      setState({ step: 'failed', kind });
      const words = lookupFailureWords(kind);
      announce(`${words.title} ${words.action}`);
    },
    [announce],
  );

  const find = useCallback(async () => {
    stop();
    const normalised = normalisePostcode(postcode);
    if (!normalised) return fail('invalid-postcode');
    const controller = new AbortController();
    running.current = controller;
    setState({ step: 'searching' });
    announce(`Finding addresses for ${normalised}…`);
    try {
      const search = await lookup.findByPostcode(normalised, { signal: controller.signal });
      if (controller.signal.aborted) return;
      setState({ step: 'found', postcode: normalised, search });
      announce(`${foundWords(normalised, search)} Choose the address from the list.`);
    } catch (error) {
      if (controller.signal.aborted || isAbort(error)) return;
      fail(error instanceof AddressLookupError ? error.kind : 'unavailable');
    } finally {
      if (running.current === controller) running.current = undefined;
    }
  }, [announce, fail, lookup, postcode, stop]);

  const choose = useCallback((chosen: FoundAddress) => setState({ step: 'chosen', chosen }), []);

  return { state, find, choose };
}
