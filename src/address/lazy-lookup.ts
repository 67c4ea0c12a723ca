import { AddressLookupError, type AddressLookup } from './address-lookup';

/**
 * An AddressLookup whose code loads on the first search, so the client and its response schema stay off the card's
 * first screen. A failed load is tried again on the next search.
 */
export function lazyAddressLookup(load: () => Promise<AddressLookup>): AddressLookup {
  let loading: Promise<AddressLookup> | undefined;
  return {
    async findByPostcode(postcode, options) {
      loading ??= load().catch(() => {
        loading = undefined;
        throw new AddressLookupError('unavailable');
      });
      return (await loading).findByPostcode(postcode, options);
    },
  };
}
