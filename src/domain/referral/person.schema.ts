import { z } from 'zod';
import { answerSchema } from '../common/answer.schema';
import { isoDateSchema } from '../common/iso-date.schema';
import { addressSchema, phoneSchema } from '../contact/contact.schema';
import { councilCodeSchema } from '../contact/council.schema';
import { ABUSE_ROLES, ADULT_ROLES, BEHAVIOURS, DIAGNOSES, GENDERS, keysOf } from './vocabulary';

export const personIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { message: 'A person id is 1–64 letters, digits, - or _' });

export const nameSchema = z.string().trim().min(1, { message: 'Enter a name' }).max(200);

const freeText = (max: number) => z.string().trim().max(max);

/** When the date of birth is not known: the referrer says so and gives an age in years, as near as they can. */
const birthShape = {
  dateOfBirth: isoDateSchema.optional(),
  dateOfBirthNotKnown: z.literal(true).optional(),
  approximateAge: z.number().int().min(0).max(120).optional(),
};

export const childSchema = z.strictObject({
  id: personIdSchema,
  kind: z.literal('child'),
  name: nameSchema,
  /** Date of birth; an unborn child has `expectedDate` instead. */
  ...birthShape,
  expectedDate: isoDateSchema.optional(),
  gender: z.enum(keysOf(GENDERS)).optional(),
  /** School or nursery, by name. */
  school: freeText(200).optional(),
  /** The child's GP practice, by name. */
  gp: freeText(200).optional(),
  /** Lives in the family's council area (the area in `family.councilCode`). */
  livesInBorough: answerSchema.optional(),
  /** Where the child lives when that is not the family's council area. */
  councilCode: councilCodeSchema.optional(),
  /** Goes to school or nursery in the family's council area. */
  schoolInBorough: answerSchema.optional(),
  /** The council area of the child's school or nursery, when it is not the family's. */
  schoolCouncilCode: councilCodeSchema.optional(),
  /** Lives with the parent or carer being referred, or has regular contact with them. */
  livesWithOrRegularContact: answerSchema.optional(),
  additionalNeeds: answerSchema.optional(),
  /** This child's own behaviours (a family-level list stays in `needs.behaviours` where no one child is meant). */
  behaviours: z
    .array(z.enum(keysOf(BEHAVIOURS)))
    .max(20)
    .optional(),
  diagnoses: z
    .array(z.enum(keysOf(DIAGNOSES)))
    .max(10)
    .optional(),
  /** Has this child been affected by domestic abuse (seen, heard or lived with it)? */
  affectedByDomesticAbuse: answerSchema.optional(),
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
  ...birthShape,
  /** Where this adult lives when it is not the family's address (for example a person causing harm who left). */
  address: addressSchema.optional(),
  phone: phoneSchema.shape.number.optional(),
  /** For a person causing harm: do they know of this referral? */
  knowsOfReferral: answerSchema.optional(),
  activeSubstanceMisuse: answerSchema.optional(),
  severeMentalHealth: answerSchema.optional(),
  criminalJusticeInvolvement: answerSchema.optional(),
});
export type Adult = z.infer<typeof adultSchema>;

export const personSchema = z.discriminatedUnion('kind', [childSchema, adultSchema]);
export type Person = z.infer<typeof personSchema>;
