import type { AddressLookup } from '../address';
import type { Catalogue } from '../domain';
import type { SignedInUser, TokenSource } from '../auth/token-source';
import type { CatalogueSource } from './state/catalogue-status';
import { requiredContext } from './state/required-context';

export type { SignedInUser, TokenSource };
export type { CatalogueSource };

export type ThemeName = 'light' | 'dark' | 'contrast';

/** Something the referrer can attach from the host (the open email or one of its attachments). */
export type HostAttachment = {
  readonly id: string;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  readonly source: 'current-email' | 'current-email-attachment';
  /** Reads the bytes when the referral is filed, not before. */
  read(): Promise<Uint8Array>;
};

/** The email open in Outlook, when the pane runs beside one. */
export type CurrentItem = {
  readonly subject: string;
  readonly from?: SignedInUser;
  /** The message's id as Graph knows it (read mode): the card asks Graph whether it is an allocation notice. */
  readonly restId?: string;
  /** The email itself (.eml where Mailbox 1.14 allows, else its text) and its attachments. */
  attachments(): Promise<readonly HostAttachment[]>;
};

export type Notify = (message: string, intent: 'success' | 'info' | 'warning' | 'error') => void;

/**
 * What the host keeps for the signed-in user (Office roaming settings in Outlook, this browser's local storage keyed
 * by a hash of the user elsewhere). Values come back as stored: the reader checks them.
 */
export interface UserSettings {
  /** The value kept under `key`, or undefined when there is none, nobody is signed in, or it cannot be read. */
  read(key: string): Promise<unknown>;
  /** Rejects with an Error whose message is words for the referrer; what is on screen is kept either way. */
  write(key: string, value: unknown): Promise<void>;
  /** Forgets everything kept for this user (sign-out); rejects with words, like `write`. */
  clear(): Promise<void>;
}

/**
 * What a host (Outlook, Teams, a plain browser) hands the UI. The UI never imports a host SDK: everything it needs
 * from the host comes through here.
 */
export type HostContext = {
  readonly host: 'outlook' | 'teams' | 'browser';
  readonly catalogue: Catalogue;
  readonly tokenSource: TokenSource;
  readonly now: () => Date;
  readonly theme: ThemeName;
  /** Subscribes to theme changes (Teams switches live); returns the unsubscribe. */
  readonly onThemeChange?: (listener: (theme: ThemeName) => void) => () => void;
  readonly currentItem?: CurrentItem;
  readonly notify?: Notify;
  /** Where IndexedDB lives; tests pass fake-indexeddb. */
  readonly indexedDB: IDBFactory;
  /** A new referral id (crypto.randomUUID in browsers). */
  readonly newId: () => string;
  /** Where Graph lives: app-config.json's graph.baseUrl resolved against the page (no trailing slash). Filing and
   * My referrals need it; without it they say the card is not set up for filing. */
  readonly graphBaseUrl?: string;
  /** The address lookup service (OS Places) app-config.json names; without it a postcode is checked for format only. */
  readonly addressLookup?: AddressLookup;
  /** The council the card's users work for (ONS code, app-config.json's council): a new referral starts with it. */
  readonly council?: string;
  /** Where the referrer's own details are remembered between referrals; without it nothing is remembered. */
  readonly userSettings?: UserSettings;
  /** Forgets the sign-in on this device and leaves the card (the card clears its own data first). */
  readonly signOut?: () => Promise<void>;
};

/** What a host hands the card: the HostContext, its catalogue perhaps still to load. The App follows its loading. */
export type HostInput = Omit<HostContext, 'catalogue'> & { readonly catalogue: CatalogueSource };

const [HostProvider, useHostInput, useHostInputIfAny] = requiredContext<HostInput>('useHostInput', 'HostProvider');
/** HostProvider: what the host handed, as it is; useHostInput reads it (the App, which loads the catalogue). */
export { HostProvider, useHostInput };

/** The address lookup service the host was given, if any (none outside a host, as in the form's own tests). */
export const useAddressLookupService = (): AddressLookup | undefined => useHostInputIfAny()?.addressLookup;

/** The referrers' own council (ONS code) from configuration, if set: the family council picker's default. */
export const useHostCouncil = (): string | undefined => useHostInputIfAny()?.council;

/** Where the signed-in user's details are remembered, if the host keeps them (not in the form's own tests). */
export const useUserSettings = (): UserSettings | undefined => useHostInputIfAny()?.userSettings;

/**
 * The HostContext with its catalogue, for the parts of the card the App mounts once the catalogue is ready (filing):
 * the App hands them a host whose catalogue is loaded. Anything else reads the catalogue's status from the App.
 */
export function useHost(): HostContext {
  const host = useHostInput();
  if (typeof host.catalogue === 'function')
    throw new Error('useHost is for the parts of the card mounted once the catalogue is ready');
  return host as HostContext;
}
