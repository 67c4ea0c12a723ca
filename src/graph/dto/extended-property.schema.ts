import { z } from 'zod';

// Ids look like "String {GUID} Name ReferralId" or "String 0x..."; values are strings on the wire.
export const singleValueExtendedPropertySchema = z.looseObject({
  id: z.string().min(1),
  value: z.string(),
});
export type SingleValueExtendedProperty = z.infer<typeof singleValueExtendedPropertySchema>;
