import type { AddressLookup } from './address-lookup';
import { lazyAddressLookup } from './lazy-lookup';

/** app-config.json's `addressLookup`: where the OS Places API (or a council's proxy in front of it) is, and the key. */
export type AddressLookupConfig = { readonly baseUrl: string; readonly key?: string | undefined };

/**
 * The lookup the configuration asks for, or undefined when there is none (the card then checks a postcode's format
 * only). A path such as /os means this page's own origin (the sandbox serves one).
 */
export function configuredAddressLookup(
  config: AddressLookupConfig | undefined,
  pageUrl: string,
  fetchFn: typeof fetch,
): AddressLookup | undefined {
  if (!config) return undefined;
  const baseUrl = new URL(config.baseUrl, pageUrl).href.replace(/\/+$/, '');
  const options = { baseUrl, fetch: fetchFn, ...(config.key ? { key: config.key } : {}) };
  return lazyAddressLookup(() =>
    import(/* webpackChunkName: "address-lookup" */ './os-places-lookup').then((m) => m.osPlacesWithCouncils(options)),
  );
}
