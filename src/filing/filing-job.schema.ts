// A filing job as kept in IndexedDB: everything needed to finish filing after the pane closes or the page crashes
// (nothing the referrer filed is lost). Read back through this schema; a damaged record is skipped, never filed.
import { z } from 'zod';
import { migrateReferral, referralSchema } from '../domain';

const isBytes = (v: unknown): v is Uint8Array => Object.prototype.toString.call(v) === '[object Uint8Array]';

export const mailboxJobSchema = z.object({
  address: z.email(),
  serviceIds: z.array(z.string().min(1)).min(1),
  serviceNames: z.array(z.string()),
  kind: z.enum(['referral', 'advice']),
  /** 'filed' once Graph accepted the send (or resuming found it sent). */
  state: z.enum(['pending', 'filed']),
  /** Attempts started: above 0, the next one resumes (checks Sent Items and Drafts first). */
  attempts: z.number().int().min(0),
  filedAt: z.iso.datetime().optional(),
  /** Upload sessions this mailbox's attempts opened, kept until it is filed: the next attempt cancels them first, so a
   * range a closed pane left in flight cannot attach a second copy. Pre-authenticated URLs: never logged. */
  uploads: z.array(z.url({ protocol: /^https$/ })).optional(),
  /** An attempt reached /send and never heard it refused: the message may have gone, so it is never sent blindly. */
  sending: z.boolean().optional(),
});

export const jobAttachmentSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  contentType: z.string().min(1),
  size: z.number().int().min(0),
  bytes: z.custom<Uint8Array>(isBytes, 'Expected the file’s bytes'),
});

export const filingJobSchema = z.object({
  /** The referral id: the idempotency key with each mailbox address. */
  id: z.uuid(),
  /** The draft to clear once every mailbox is filed. */
  draftId: z.string().min(1),
  /** A job stored before an upgrade holds an earlier version of the referral: it is migrated, and resumes. */
  referral: z.preprocess(migrateReferral, referralSchema),
  /** When the referrer pressed File: the time the documents carry, the same on every retry. */
  filedAt: z.iso.datetime(),
  mailboxes: z.array(mailboxJobSchema).min(1),
  attachments: z.array(jobAttachmentSchema),
  /** The referrer went back to the referral before anything was filed: kept (without the files' bytes) only so the
   * next filing of this referral knows which mailboxes were attempted and resumes them. Never resumed by itself. */
  cancelled: z.boolean().optional(),
});

export type MailboxJob = z.infer<typeof mailboxJobSchema>;
export type JobAttachment = z.infer<typeof jobAttachmentSchema>;
export type FilingJob = z.infer<typeof filingJobSchema>;

export function parseFilingJob(value: unknown): FilingJob | undefined {
  const parsed = filingJobSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export const isJobDone = (job: FilingJob): boolean => job.mailboxes.every((m) => m.state === 'filed');
