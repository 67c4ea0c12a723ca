// The service catalogue as the card sees it: still loading, ready, or failed with a way to try again.
import type { Catalogue } from '../../domain';

export type CatalogueLoader = () => Promise<Catalogue>;
/** The service catalogue, or how to load it: the hosts load the built-in one after the first screen. */
export type CatalogueSource = Catalogue | CatalogueLoader;

export type CatalogueStatus =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly catalogue: Catalogue }
  | { readonly state: 'failed'; readonly retry: () => void };

export const CATALOGUE_LOADING: CatalogueStatus = { state: 'loading' };

// One status object per catalogue, so telling a card what it already has changes nothing.
const readyStatus = new WeakMap<Catalogue, CatalogueStatus>();
// Once loaded, a catalogue is there at once for every later card (a reopened card, a new host object).
const loadedBy = new WeakMap<CatalogueLoader, Catalogue>();

function ready(catalogue: Catalogue): CatalogueStatus {
  let status = readyStatus.get(catalogue);
  if (!status) readyStatus.set(catalogue, (status = { state: 'ready', catalogue }));
  return status;
}

/** The catalogue if it is there already: handed over as it is, or loaded before. */
export function catalogueNow(source: CatalogueSource): Catalogue | undefined {
  return typeof source === 'function' ? loadedBy.get(source) : source;
}

export function catalogueStatusNow(source: CatalogueSource): CatalogueStatus {
  const catalogue = catalogueNow(source);
  return catalogue ? ready(catalogue) : CATALOGUE_LOADING;
}

/** Loads the catalogue if it is not there yet, telling `onStatus` each change; returns a function that stops telling. */
export function followCatalogue(source: CatalogueSource, onStatus: (status: CatalogueStatus) => void): () => void {
  const known = catalogueNow(source);
  if (known || typeof source !== 'function') {
    if (known) onStatus(ready(known));
    return () => undefined;
  }
  let live = true;
  const attempt = () =>
    source().then(
      (catalogue) => {
        loadedBy.set(source, catalogue);
        if (live) onStatus(ready(catalogue));
      },
      () => live && onStatus({ state: 'failed', retry }),
    );
  const retry = () => {
    if (!live) return;
    onStatus(CATALOGUE_LOADING);
    void attempt();
  };
  void attempt();
  return () => void (live = false);
}

/** The catalogue, loaded if it must be (once per loader), for work that needs it whenever it is asked for. */
export async function loadedCatalogue(source: CatalogueSource): Promise<Catalogue> {
  const known = catalogueNow(source);
  if (known) return known;
  const catalogue = await (source as CatalogueLoader)();
  loadedBy.set(source as CatalogueLoader, catalogue);
  return catalogue;
}
