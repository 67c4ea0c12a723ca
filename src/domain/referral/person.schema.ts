import { z } from 'zod';
import { answerSchema } from '../common/answer.schema';
import { isoDateSchema } from '../common/iso-date.schema';
import { ABUSE_ROLES, ADULT_ROLES, GENDERS, keysOf } from './vocabulary';

export const personIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { message: 'A person id is 1–64 letters, digits, - or _' });

export const nameSchema = z.string().trim().min(1, { message: 'Enter a name' }).max(200);

export const childSchema = z.strictObject({
  id: personIdSchema,
  kind: z.literal('child'),
  name: nameSchema,
  /** Date of birth; an unborn child has `expectedDate` instead. */
  dateOfBirth: isoDateSchema.optional(),
  expectedDate: isoDateSchema.optional(),
  gender: z.enum(keysOf(GENDERS)).optional(),
  school: z.string().trim().max(200).optional(),
  livesInBorough: answerSchema.optional(),
  schoolInBorough: answerSchema.optional(),
  /** Lives with the parent or carer being referred, or has regular contact with them. */
  livesWithOrRegularContact: answerSchema.optional(),
  additionalNeeds: answerSchema.optional(),
});
export type Child = z.infer<typeof childSchema>;

export const adultSchema = z.strictObject({
  id: personIdSchema,
  kind: z.literal('adult'),
  name: nameSchema,
  role: z.enum(keysOf(ADULT_ROLES)),
  /** Relationship to the child or children, in the referrer's words (e.g. "mother", "step-father"). */
  relationship: z.string().trim().min(1, { message: 'Say how this adult is related to the children' }).max(200),
  livesInHousehold: answerSchema.optional(),
  gender: z.enum(keysOf(GENDERS)).optional(),
  abuseRole: z.enum(keysOf(ABUSE_ROLES)).optional(),
  dateOfBirth: isoDateSchema.optional(),
});
export type Adult = z.infer<typeof adultSchema>;

export const personSchema = z.discriminatedUnion('kind', [childSchema, adultSchema]);
export type Person = z.infer<typeof personSchema>;
