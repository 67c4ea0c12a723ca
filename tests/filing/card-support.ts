// Test support (not a test): the referral the exactly-once tests file, and the card as opened on one device, with the
// real catalogue and a given mailbox filer (the real Graph filing over a sandbox).
import example from '../../docs/examples/referral.json';
import { catalogue } from '../../src/catalogues';
import type { Referral } from '../../src/domain';
import { createFilingCoordinator } from '../../src/filing';
import type { JobStore, MailboxFiler } from '../../src/filing';

/** The worked example as a new referral to one Lewisham service, without files of the referrer's own. */
export const referralFor = (id: string): Referral => ({
  ...(example as unknown as Referral),
  id,
  services: [{ serviceId: 'lewisham.nvr', personIds: ['p1', 'c1'] }],
  attachments: [],
});

/** What the card hands over when the referrer presses File on that referral. */
export const fileRequestFor = (id: string) => ({
  draftId: id,
  referral: referralFor(id),
  readAttachment: async () => undefined,
});

/** The card as opened on one device: its job store outlives the coordinator, as IndexedDB outlives the pane. */
export const openCardWith = (filer: MailboxFiler, store: { store: JobStore }) =>
  createFilingCoordinator({
    openStore: async () => store.store,
    loadFiler: async () => filer,
    clock: { now: () => new Date('2026-11-23T10:42:00Z') },
    catalogue,
    onFiled: async () => undefined,
  });
