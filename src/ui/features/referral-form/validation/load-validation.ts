// The field checks (the referral's zod schemas) are their own chunk: zod is 30 KB gzip the first screen does without
//. Loaded once, then used synchronously.
import type * as ValidateDraft from './validate-draft';

type Checks = typeof ValidateDraft;

let loaded: Checks | undefined;
let loading: Promise<Checks> | undefined;

/** The checks, if they have loaded. */
export const loadedFieldValidation = (): Checks | undefined => loaded;

/** Loads the checks (once; a failed load is tried again on the next call). */
export function loadFieldValidation(): Promise<Checks> {
  loading ??= import(/* webpackChunkName: "field-checks" */ './validate-draft').then(
    (m) => (loaded = m),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

// Where the platform cannot say when it is idle (Safari has no requestIdleCallback), there is no quiet moment after
// the first screen to wait for: load at once.
if (typeof requestIdleCallback !== 'function') void loadFieldValidation().catch(() => undefined);
