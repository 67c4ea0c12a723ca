import type { AddressLookupFailure } from './address-lookup';

/** What a failed lookup means for the person filling in the card, and what to do next. */
export type LookupWords = { readonly title: string; readonly action: string };

// One table of words for every failure, so the card says the same thing wherever a lookup fails.
const WORDS: Readonly<Record<AddressLookupFailure, LookupWords>> = {
  'not-configured': {
    title: 'The address lookup is not set up correctly.',
    action: 'Type the address in, and tell whoever looks after Referral Card.',
  },
  'invalid-postcode': {
    title: 'That is not a full UK postcode.',
    action: 'Check the postcode (like SE6 4RU) and find the address again, or type the address in.',
  },
  'not-found': {
    title: 'No addresses were found at that postcode.',
    action: 'Check the postcode, or type the address in.',
  },
  unavailable: {
    title: 'The address lookup is not available at the moment.',
    action: 'Try again in a minute, or type the address in.',
  },
  timeout: {
    title: 'The address lookup took too long to answer.',
    action: 'Try again, or type the address in.',
  },
  'bad-response': {
    title: 'The address lookup sent an answer the card could not read.',
    action: 'Type the address in. If it keeps happening, tell whoever looks after Referral Card.',
  },
};

export function lookupFailureWords(kind: AddressLookupFailure): LookupWords {
  return WORDS[kind];
}
