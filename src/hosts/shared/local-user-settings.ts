// The signed-in user's settings in this browser's local storage (Teams and the browser; Outlook has roaming settings).
// Each user has one key made from a hash of who they are, so no name or email is written into a key, and people who
// share a computer each get their own details back.
import type { SignedInUser, UserSettings } from '../../ui/host-context';
import type { BrowserEnv } from './browser-env';

export const USER_SETTINGS_PREFIX = 'referral-card.user.';

export type Digest = (text: string) => Promise<string>;

/** SHA-256 in hex with the browser's Web Crypto. */
export const sha256Hex: Digest = async (text) => {
  const bytes = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
};

export type LocalUserSettingsOptions = {
  /** Absent when the browser blocks storage: nothing is remembered, and writing says so. */
  readonly storage: BrowserEnv['storage'];
  /** Who is signed in; asked again until someone is (MSAL may sign in after the card starts). */
  readonly user: () => Promise<SignedInUser | undefined>;
  readonly digest?: Digest;
};

const BLOCKED = 'This browser does not let the card keep anything on this device.';
const NOBODY = 'Nobody is signed in yet.';
const NO_HASH = 'This browser cannot keep them apart from other people’s.';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The storage key for a user: the prefix and a hash of their sign-in name, in lower case. */
export async function userSettingsKey(user: SignedInUser, digest: Digest = sha256Hex): Promise<string> {
  return `${USER_SETTINGS_PREFIX}${await digest(`referral-card:${user.email.trim().toLowerCase()}`)}`;
}

export function localUserSettings(options: LocalUserSettingsOptions): UserSettings {
  const { storage } = options;
  let closed = false;
  // A key, or the words for why there is none; asked afresh until there is one.
  let key: Promise<string | Error> | undefined;
  const keyFor = async (): Promise<string | Error> => {
    const user = await options.user().catch(() => undefined);
    if (!user) return new Error(NOBODY);
    return userSettingsKey(user, options.digest).catch(() => new Error(NO_HASH));
  };
  const keyNow = (): Promise<string | Error> => {
    key ??= keyFor().then((k) => {
      if (k instanceof Error) key = undefined;
      return k;
    });
    return key;
  };
  const all = (k: string): Record<string, unknown> => {
    try {
      const raw = storage?.getItem(k);
      const value: unknown = raw ? JSON.parse(raw) : undefined;
      return isObject(value) ? value : {};
    } catch {
      return {}; // damaged: read as nothing kept, and replaced by the next write
    }
  };
  return {
    async read(name) {
      const k = await keyNow();
      return k instanceof Error ? undefined : all(k)[name];
    },
    async write(name, value) {
      if (closed) return; // signed out: nothing more is kept
      if (!storage) throw new Error(BLOCKED);
      const k = await keyNow();
      if (k instanceof Error) throw k;
      try {
        storage.setItem(k, JSON.stringify({ ...all(k), [name]: value }));
      } catch (e) {
        const full = (e as { name?: unknown } | null)?.name === 'QuotaExceededError';
        throw new Error(full ? 'This browser has no room left to keep them.' : BLOCKED);
      }
    },
    async clear() {
      closed = true;
      const k = await keyNow();
      if (k instanceof Error || !storage) return;
      try {
        storage.removeItem(k);
      } catch {
        throw new Error(BLOCKED);
      }
    },
  };
}
