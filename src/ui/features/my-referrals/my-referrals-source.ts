// What My referrals needs from where it runs: the list of what I filed, each message's details (its referral.json,
// read once and kept), and the files sent. The browser's is in browser-my-referrals-source.ts; tests pass a fake.
import type { Catalogue } from '../../../domain';
import type { DetailsResult, FiledFile } from '../../../graph';
import type { FiledMessage } from './my-referrals.types';

export type MyReferralsSource = {
  /** Names the services in the summary of what was sent. */
  readonly catalogue: Catalogue;
  /** What I filed: one per message. Rejects with filing's failure (a `kind`, words from its one table). */
  list(): Promise<readonly FiledMessage[]>;
  /** The details of these messages: kept ones at once, the rest downloaded; `onRead` reports each as it lands. */
  details(
    messageIds: readonly string[],
    onRead?: (messageId: string, result: DetailsResult) => void,
  ): Promise<ReadonlyMap<string, DetailsResult>>;
  /** The files of one message, without their content. */
  files(messageId: string): Promise<readonly FiledFile[]>;
  /** One file's bytes. */
  readFile(messageId: string, fileId: string): Promise<Uint8Array>;
  /** The referrer's answer to a service's request for more information, sent to its mailbox. */
  answer(to: ReferrerMessage & { readonly text: string }): Promise<void>;
  /** Withdraws the referral from a service mailbox, with the reason. */
  withdraw(to: ReferrerMessage & { readonly reason: string }): Promise<void>;
};

/** Which referral, to which service mailbox, for which of its services. */
export type ReferrerMessage = {
  readonly mailbox: string;
  readonly referralId: string;
  readonly serviceIds: readonly string[];
};

/** Opens the source on demand (its Graph code loads then); the App hands My referrals one. */
export type ConnectMyReferrals = () => Promise<MyReferralsSource>;
