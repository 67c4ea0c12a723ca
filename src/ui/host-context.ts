import { createContext, useContext } from 'react';
import type { Catalogue } from '../domain';
import type { SignedInUser, TokenSource } from '../auth/token-source';

export type { SignedInUser, TokenSource };

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
  /** The email itself (.eml where Mailbox 1.14 allows, else its text) and its attachments. */
  attachments(): Promise<readonly HostAttachment[]>;
};

export type Notify = (message: string, intent: 'success' | 'info' | 'warning' | 'error') => void;

/**
 * What a host (Outlook, Teams, a plain browser) hands the UI. The UI never imports a host SDK: everything it needs
 * from the host comes through here (DESIGN.md §2).
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
};

const HostReact = createContext<HostContext | undefined>(undefined);
export const HostProvider = HostReact.Provider;

export function useHost(): HostContext {
  const host = useContext(HostReact);
  if (!host) throw new Error('useHost must be used inside <HostProvider>');
  return host;
}
