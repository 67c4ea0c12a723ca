import type { Catalogue } from '../../domain';
import type { HostInput } from '../../ui/host-context';

/** What every host takes from the page it runs in; tests pass their own. */
export type BrowserEnv = {
  readonly fetch: typeof fetch;
  /** The page's address: app-config.json, auth-bridge.html and the browser version sit next to it. */
  readonly pageUrl: string;
  readonly indexedDB: IDBFactory;
  /** Local storage: the sandbox persona, each user's remembered details; absent when storage is blocked. */
  readonly storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  readonly now: () => Date;
  readonly newId: () => string;
  /** Loads the page afresh (after signing out, so nothing of the signed-out user keeps running). */
  readonly reload: () => void;
};

export function pageEnv(win: Window & typeof globalThis): BrowserEnv {
  let storage: BrowserEnv['storage'];
  try {
    storage = win.localStorage;
  } catch {
    storage = undefined; // blocked third-party storage in a pane: the picker just asks again
  }
  return {
    fetch: win.fetch.bind(win),
    pageUrl: win.location.href,
    indexedDB: win.indexedDB,
    ...(storage ? { storage } : {}),
    now: () => new Date(),
    newId: () => win.crypto.randomUUID(),
    reload: () => win.location.reload(),
  };
}

let builtIn: Promise<Catalogue> | undefined;

/** The built-in catalogue, loaded after the first screen and checked there; a failure rejects and is tried again. */
export function loadBuiltInCatalogue(): Promise<Catalogue> {
  builtIn ??= import(/* webpackChunkName: "catalogue" */ '../../catalogues/built-in')
    .then((m) => m.checkedBuiltIn())
    .catch((error: unknown) => {
      builtIn = undefined;
      throw error;
    });
  return builtIn;
}

/** The host-independent part of the HostContext. */
export function baseContext(env: BrowserEnv): Pick<HostInput, 'catalogue' | 'now' | 'indexedDB' | 'newId'> {
  return { catalogue: loadBuiltInCatalogue, now: env.now, indexedDB: env.indexedDB, newId: env.newId };
}
