import { webcrypto } from 'node:crypto';
import {
  USER_SETTINGS_PREFIX,
  localUserSettings,
  sha256Hex,
  userSettingsKey,
} from '../../../src/hosts/shared/local-user-settings';
import type { SignedInUser } from '../../../src/ui/host-context';

const sam: SignedInUser = { name: 'Sam Worker', email: 'Sam.Worker@council.gov.uk' };
const alex: SignedInUser = { name: 'Alex Nurse', email: 'alex.nurse@nhs.net' };

function memoryStorage() {
  const kept = new Map<string, string>();
  return {
    kept,
    getItem: (k: string) => kept.get(k) ?? null,
    setItem: (k: string, v: string) => void kept.set(k, v),
    removeItem: (k: string) => void kept.delete(k),
  };
}

const settingsFor = (storage: ReturnType<typeof memoryStorage> | undefined, user: SignedInUser | undefined) =>
  localUserSettings({ storage, user: async () => user });

describe('settings in local storage, per signed-in user', () => {
  test('the key is a hash of the user, with no name or email in it, the same whatever the case', async () => {
    const key = await userSettingsKey(sam);
    expect(key).toMatch(new RegExp(`^${USER_SETTINGS_PREFIX.replace(/\./g, '\\.')}[0-9a-f]{64}$`));
    expect(key.toLowerCase()).not.toMatch(/sam|worker|council/);
    await expect(userSettingsKey({ ...sam, email: ' sam.worker@COUNCIL.gov.uk ' })).resolves.toBe(key);
    await expect(userSettingsKey(alex)).resolves.not.toBe(key);
  });

  test('uses the browser’s SHA-256', async () => {
    const digest = async (text: string) =>
      Buffer.from(await webcrypto.subtle.digest('SHA-256', new TextEncoder().encode(text))).toString('hex');
    await expect(digest('abc')).resolves.toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    if (globalThis.crypto?.subtle) await expect(sha256Hex('abc')).resolves.toBe(await digest('abc'));
  });

  test('each person who shares the computer gets their own back, and signing out clears only theirs', async () => {
    const storage = memoryStorage();
    const forSam = settingsFor(storage, sam);
    const forAlex = settingsFor(storage, alex);
    await forSam.write('referrer-details', { v: 1, role: 'Social worker' });
    await forAlex.write('referrer-details', { v: 1, role: 'Health visitor' });
    await forSam.write('other', 42);
    await expect(settingsFor(storage, sam).read('referrer-details')).resolves.toEqual({ v: 1, role: 'Social worker' });
    await expect(settingsFor(storage, alex).read('referrer-details')).resolves.toEqual({
      v: 1,
      role: 'Health visitor',
    });
    await expect(settingsFor(storage, sam).read('other')).resolves.toBe(42);

    await forSam.clear();
    await expect(settingsFor(storage, sam).read('referrer-details')).resolves.toBeUndefined();
    await expect(forAlex.read('referrer-details')).resolves.toEqual({ v: 1, role: 'Health visitor' });
    await forSam.write('referrer-details', { v: 1, role: 'Again' }); // after sign-out nothing more is kept
    expect(storage.kept.size).toBe(1);
  });

  test('damaged stored data reads as nothing, and the next write replaces it', async () => {
    const storage = memoryStorage();
    const key = await userSettingsKey(sam);
    for (const junk of ['{not json', '"text"', '[1,2]', 'null']) {
      storage.kept.set(key, junk);
      await expect(settingsFor(storage, sam).read('referrer-details')).resolves.toBeUndefined();
    }
    await settingsFor(storage, sam).write('referrer-details', { v: 1 });
    expect(JSON.parse(storage.kept.get(key)!)).toEqual({ 'referrer-details': { v: 1 } });
  });

  test('nobody signed in: nothing is read, and a write says why in words', async () => {
    const storage = memoryStorage();
    const settings = settingsFor(storage, undefined);
    await expect(settings.read('referrer-details')).resolves.toBeUndefined();
    await expect(settings.write('referrer-details', {})).rejects.toThrow('Nobody is signed in yet.');
    expect(storage.kept.size).toBe(0);
  });

  test('asks who is signed in again until someone is (MSAL signs in after the card starts)', async () => {
    const storage = memoryStorage();
    const signedIn: { user?: SignedInUser } = {};
    const settings = localUserSettings({ storage, user: async () => signedIn.user });
    await expect(settings.write('k', 1)).rejects.toThrow('Nobody is signed in yet.');
    signedIn.user = sam;
    await settings.write('k', 1);
    await expect(settingsFor(storage, sam).read('k')).resolves.toBe(1);
  });

  test('blocked or full storage is said in words', async () => {
    await expect(settingsFor(undefined, sam).write('k', 1)).rejects.toThrow(
      'This browser does not let the card keep anything on this device.',
    );
    await expect(settingsFor(undefined, sam).read('k')).resolves.toBeUndefined();
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      },
    };
    await expect(settingsFor(full, sam).write('k', 1)).rejects.toThrow('This browser has no room left to keep them.');
    const throwing = {
      ...memoryStorage(),
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    await expect(settingsFor(throwing, sam).read('k')).resolves.toBeUndefined();
  });

  test('a hash that cannot be made (no Web Crypto) means nothing is kept, in words', async () => {
    const settings = localUserSettings({
      storage: memoryStorage(),
      user: async () => sam,
      digest: async () => {
        throw new Error('no subtle crypto');
      },
    });
    await expect(settings.read('k')).resolves.toBeUndefined();
    await expect(settings.write('k', 1)).rejects.toThrow('This browser cannot keep them apart from other people’s.');
  });
});
