// The signed-in user's settings in Outlook: Office roaming settings, which Outlook keeps per add-in and per user in
// the user's own mailbox, so they follow the referrer from one computer to another and need no key of ours.
import type { UserSettings } from '../../ui/host-context';
import type { OfficeLike, OfficeRoamingSettingsLike } from './office-like';

/** One roaming setting holds every value, so sign-out removes them all at once. */
export const ROAMING_SETTING = 'referral-card.user';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function saved(office: OfficeLike, roaming: OfficeRoamingSettingsLike): Promise<void> {
  const failure = () =>
    new Error('Outlook could not save them to your mailbox just now; they last until Outlook closes.');
  return new Promise((resolve, reject) => {
    try {
      roaming.saveAsync((result) =>
        result.status === office.AsyncResultStatus.Succeeded ? resolve() : reject(failure()),
      );
    } catch {
      reject(failure());
    }
  });
}

/** Office roaming settings as the card's UserSettings; undefined where Office offers none (outside Outlook). */
export function roamingUserSettings(office: OfficeLike): UserSettings | undefined {
  const roaming = office.context?.roamingSettings;
  if (!roaming) return undefined;
  const all = (): Record<string, unknown> => {
    try {
      const value = roaming.get(ROAMING_SETTING);
      return isObject(value) ? value : {};
    } catch {
      return {};
    }
  };
  let closed = false;
  return {
    read: async (key) => all()[key],
    async write(key, value) {
      if (closed) return; // signed out: nothing more is kept
      try {
        roaming.set(ROAMING_SETTING, { ...all(), [key]: value });
      } catch {
        throw new Error('Outlook would not keep them.');
      }
      await saved(office, roaming);
    },
    async clear() {
      closed = true;
      try {
        roaming.remove(ROAMING_SETTING);
      } catch {
        throw new Error('Outlook would not remove them.');
      }
      await saved(office, roaming);
    },
  };
}
