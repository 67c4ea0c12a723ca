import { z } from 'zod';
import { isoDateTimeSchema } from '../common/iso-date.schema';
import { actorSchema } from './role.schema';
import { triageStateSchema } from './triage-transitions';

/** The longest reason, question, note or answer a move may carry. */
export const TRIAGE_TEXT_MAX = 2000;

const idSchema = z.string().trim().min(1).max(200);
const textSchema = z.string().max(TRIAGE_TEXT_MAX);

/** How urgently a waiting referral should be picked up (GFPO §6: prioritisation of referrals and waiting lists). */
export const TRIAGE_PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export const triagePrioritySchema = z.enum(TRIAGE_PRIORITIES);
export type TriagePriority = z.infer<typeof triagePrioritySchema>;

/** What a move carries, as asked and as recorded: the reason, the worker, the question, a note. */
const moveDetails = {
  reason: textSchema.optional(),
  workerId: idSchema.optional(),
  question: textSchema.optional(),
  note: textSchema.optional(),
  priority: triagePrioritySchema.optional(),
};

/** One move in a referral's history. `version` is the record's version after the move. */
export const triageEventSchema = z.strictObject({
  from: triageStateSchema,
  to: triageStateSchema,
  at: isoDateTimeSchema,
  by: actorSchema,
  version: z.number().int().min(1),
  ...moveDetails,
});
export type TriageEvent = z.infer<typeof triageEventSchema>;

/**
 * A referral's triage state as stored on its message in the service mailbox.
 * `version` goes up by one on every move; writers compare it to detect concurrent changes.
 */
export const triageRecordSchema = z.strictObject({
  referralId: idSchema,
  serviceId: idSchema.optional(),
  state: triageStateSchema,
  version: z.number().int().min(0),
  receivedAt: isoDateTimeSchema,
  allocatedTo: idSchema.optional(),
  allocatedAt: isoDateTimeSchema.optional(),
  declineReason: textSchema.optional(),
  informationRequested: textSchema.optional(),
  /** Clock starts for time standards that do not begin at referral or allocation. */
  planStartedAt: isoDateTimeSchema.optional(),
  concernRaisedAt: isoDateTimeSchema.optional(),
  disputeRaisedAt: isoDateTimeSchema.optional(),
  /** When a time standard was met, by standard id (e.g. the planning meeting was held). */
  standardsMet: z.record(idSchema, isoDateTimeSchema).optional(),
  priority: triagePrioritySchema.optional(),
  /** Events dropped from the front of `history` to keep it bounded ("and N earlier changes"). */
  earlierEvents: z.number().int().min(1).optional(),
  /** When each state was first reached, kept from dropped events so deadlines met long ago stay met. */
  firstReachedAt: z.partialRecord(triageStateSchema, isoDateTimeSchema).optional(),
  history: z.array(triageEventSchema).max(1000),
});
export type TriageRecord = z.infer<typeof triageRecordSchema>;

/** A requested move; `expectedVersion` is the version the actor saw. */
export const triageMoveSchema = z.strictObject({
  to: triageStateSchema,
  expectedVersion: z.number().int().min(0),
  ...moveDetails,
});
export type TriageMove = z.infer<typeof triageMoveSchema>;
