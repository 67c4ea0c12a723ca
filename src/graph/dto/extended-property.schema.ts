import { z } from 'zod';

// m365-platform.md §3: ids look like "String {GUID} Name ReferralId" or "String 0x...". Values are strings on the wire.
export const singleValueExtendedPropertySchema = z.looseObject({
  id: z.string().min(1),
  value: z.string(),
});
export type SingleValueExtendedProperty = z.infer<typeof singleValueExtendedPropertySchema>;
