import { z } from 'zod';
import type { Contact } from '../../domain';

/** A file to attach: referral.json, referral.pdf, then the referrer's own files, in that order. */
export type FilingFile = {
  /** Stable within the referral (progress events and errors name files by id, never by name). */
  readonly id: string;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  read(): Promise<Uint8Array>;
};

/** One message to one service mailbox: filing is per mailbox, and services sharing one travel together. */
export type FilingRequest = {
  readonly referralId: string;
  /** RC-XXXXXXXX, as referenceFor(referralId). */
  readonly reference: string;
  readonly schemaVersion: number | string;
  readonly kind: 'referral' | 'advice';
  /** The services of this message (several can share one mailbox), ids and names. */
  readonly services: readonly { readonly id: string; readonly name: string }[];
  /** The service mailbox; absent when the catalogue has none (the filing is then refused with `contacts`). */
  readonly mailbox: string | undefined;
  readonly contacts?: readonly Contact[];
  /** From the documents layer (subjectFor): marking and reference, never a family member's name. */
  readonly subject: string;
  /** From the documents layer (renderHtmlBody): every free-text field already escaped. */
  readonly htmlBody: string;
  readonly files: readonly FilingFile[];
};

const serviceId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'is not a catalogue service id' });

// The data of a request (everything but mailbox presence, which is its own refusal: no-mailbox).
export const filingRequestSchema = z.object({
  referralId: z.uuid(),
  reference: z.string().regex(/^RC-[0-9A-F]{8}$/, { message: 'is not a reference like RC-1A2B3C4D' }),
  schemaVersion: z.union([z.number().int().positive(), z.string().regex(/^\d+$/)]),
  kind: z.enum(['referral', 'advice']),
  services: z
    .array(z.object({ id: serviceId, name: z.string().trim().min(1).max(200) }))
    .min(1)
    .max(50)
    .refine((list) => new Set(list.map((s) => s.id)).size === list.length, { message: 'names a service twice' }),
  mailbox: z.email(),
  // A subject is one header line: a line break would be header injection.
  subject: z
    .string()
    .min(1)
    .max(255)
    .regex(/^[^\r\n]*$/, { message: 'must be one line' }),
  htmlBody: z.string().min(1),
  files: z
    .array(
      z.object({
        id: z.string().min(1).max(100),
        name: z.string().trim().min(1).max(255),
        contentType: z.string().min(1).max(255),
        size: z.number().int().nonnegative(),
        read: z.custom<FilingFile['read']>((v) => typeof v === 'function', { message: 'must be a function' }),
      }),
    )
    .max(60)
    .refine((list) => new Set(list.map((f) => f.id)).size === list.length, { message: 'has two files with one id' }),
});
