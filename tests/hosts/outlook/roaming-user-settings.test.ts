import { ROAMING_SETTING, roamingUserSettings } from '../../../src/hosts/outlook/roaming-user-settings';
import type { OfficeLike } from '../../../src/hosts/outlook/office-like';

const SUCCEEDED = 'succeeded';

/** Office.context.roamingSettings as Outlook behaves: set/remove hold in memory, saveAsync sends them to the mailbox. */
function fakeOffice(saveOutcome: () => 'succeeded' | 'failed' | 'throws' = () => 'succeeded') {
  const session = new Map<string, unknown>();
  const mailbox = new Map<string, unknown>();
  const roamingSettings = {
    get: (name: string) => session.get(name),
    set: (name: string, value: unknown) => void session.set(name, JSON.parse(JSON.stringify(value))),
    remove: (name: string) => void session.delete(name),
    saveAsync: jest.fn((callback?: (r: { status: unknown; value: void }) => void) => {
      const outcome = saveOutcome();
      if (outcome === 'throws') throw new Error('Office is gone');
      if (outcome === 'succeeded') {
        mailbox.clear();
        session.forEach((v, k) => mailbox.set(k, v));
      }
      callback?.({ status: outcome, value: undefined });
    }),
  };
  const office = {
    AsyncResultStatus: { Succeeded: SUCCEEDED },
    CoercionType: { Text: 'text' },
    onReady: async () => ({ host: 'Outlook', platform: 'OfficeOnline' }),
    context: { roamingSettings },
  } as unknown as OfficeLike;
  return { office, session, mailbox, roamingSettings };
}

describe('Outlook roaming settings as the user’s settings', () => {
  test('kept in the user’s mailbox under one setting, and read back', async () => {
    const { office, mailbox } = fakeOffice();
    const settings = roamingUserSettings(office)!;
    await settings.write('referrer-details', { v: 1, role: 'IDVA' });
    await settings.write('other', 2);
    expect(mailbox.get(ROAMING_SETTING)).toEqual({ 'referrer-details': { v: 1, role: 'IDVA' }, other: 2 });
    await expect(settings.read('referrer-details')).resolves.toEqual({ v: 1, role: 'IDVA' });
  });

  test('a failed save is said in words, and the details still hold until Outlook closes', async () => {
    const { office, mailbox } = fakeOffice(() => 'failed');
    const settings = roamingUserSettings(office)!;
    await expect(settings.write('referrer-details', { v: 1, role: 'IDVA' })).rejects.toThrow(
      'Outlook could not save them to your mailbox just now; they last until Outlook closes.',
    );
    expect(mailbox.size).toBe(0);
    await expect(settings.read('referrer-details')).resolves.toEqual({ v: 1, role: 'IDVA' });
  });

  test('an Office call that throws is a failure in words too', async () => {
    const { office } = fakeOffice(() => 'throws');
    await expect(roamingUserSettings(office)!.write('k', 1)).rejects.toThrow(/^Outlook could not save them/);
  });

  test('a setting of another shape reads as nothing', async () => {
    const { office, session } = fakeOffice();
    for (const junk of ['text', [1], null, 42]) {
      session.set(ROAMING_SETTING, junk);
      await expect(roamingUserSettings(office)!.read('referrer-details')).resolves.toBeUndefined();
    }
  });

  test('signing out removes them from the mailbox, and nothing more is kept afterwards', async () => {
    const { office, mailbox, roamingSettings } = fakeOffice();
    const settings = roamingUserSettings(office)!;
    await settings.write('referrer-details', { v: 1, role: 'IDVA' });
    await settings.clear();
    expect(mailbox.has(ROAMING_SETTING)).toBe(false);
    const saves = roamingSettings.saveAsync.mock.calls.length;
    await settings.write('referrer-details', { v: 1, role: 'IDVA' });
    expect(roamingSettings.saveAsync.mock.calls.length).toBe(saves);
    expect(mailbox.has(ROAMING_SETTING)).toBe(false);
  });

  test('outside Outlook (no roaming settings) there are none', () => {
    const { office } = fakeOffice();
    expect(roamingUserSettings({ ...office, context: {} } as OfficeLike)).toBeUndefined();
  });
});
