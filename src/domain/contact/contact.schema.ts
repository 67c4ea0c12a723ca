import { z } from 'zod';
import { answerSchema } from '../common/answer.schema';
import { keysOf } from '../referral/vocabulary';
import { councilCodeSchema } from './council.schema';
import { normalisePostcode } from './postcode';
import { PHONE_KINDS } from './phone-kinds';

const freeText = (max: number) => z.string().trim().max(max);

/** A UK postcode; the form writes it in its standard form ("SE6 4RU"). */
export const postcodeSchema = z
  .string()
  .trim()
  .max(10, { message: 'Enter a UK postcode, like SE6 4RU' })
  // The pattern is the postcode library's own, written out so the published JSON Schema carries it too.
  .regex(/^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? *[0-9][A-Za-z]{2}$/, { message: 'Enter a UK postcode, like SE6 4RU' })
  .refine((value) => normalisePostcode(value) !== undefined, { message: 'Enter a UK postcode, like SE6 4RU' });

export const addressSchema = z.strictObject({
  line1: z.string().trim().min(1, { message: 'Enter the first line of the address' }).max(200),
  line2: freeText(200).optional(),
  town: freeText(100).optional(),
  postcode: postcodeSchema.optional(),
});
export type Address = z.infer<typeof addressSchema>;

export const phoneSchema = z.strictObject({
  number: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 ()-]{5,22}[0-9]$/, { message: 'Enter a phone number, like 07700 900123' }),
  kind: z.enum(keysOf(PHONE_KINDS)).optional(),
  /** Whose number it is, in the referrer's words ("Mum's mobile"). */
  whose: freeText(200).optional(),
});
export type Phone = z.infer<typeof phoneSchema>;

/** How the service may reach the family without putting anyone at risk. */
export const safeContactSchema = z.strictObject({
  call: answerSchema.optional(),
  text: answerSchema.optional(),
  email: answerSchema.optional(),
  leaveMessage: answerSchema.optional(),
  /** When contact is safe ("weekdays 9 to 3, while he is at work"). */
  when: freeText(1000).optional(),
});

/** Someone the service can go through when contacting the family directly is not safe. */
export const safeContactPersonSchema = z.strictObject({
  name: z.string().trim().min(1, { message: 'Enter a name' }).max(200),
  relationship: freeText(200).optional(),
  phone: phoneSchema.shape.number.optional(),
});

/** Where the family lives and how to reach them safely. */
export const familyContactSchema = z.strictObject({
  /** The council area the family lives in; every service's area is checked against it. */
  councilCode: councilCodeSchema.optional(),
  /** The council's name when it is not one the card lists ("Another council area"): no service's area includes it. */
  councilName: freeText(100).optional(),
  address: addressSchema.optional(),
  phones: z.array(phoneSchema).max(10).optional(),
  email: z.email({ message: 'Enter an email address like name@example.com' }).max(320).optional(),
  safeContact: safeContactSchema.optional(),
  safeContactPerson: safeContactPersonSchema.optional(),
  /** The family's preferred language, in the referrer's words. */
  language: freeText(100).optional(),
  interpreterNeeded: answerSchema.optional(),
  accessibilityNeeds: freeText(2000).optional(),
});
export type FamilyContact = z.infer<typeof familyContactSchema>;
