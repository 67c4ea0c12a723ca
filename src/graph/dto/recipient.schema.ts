import { z } from 'zod';

// Graph accepts a recipient with only an address; the name is optional on the wire.
export const emailAddressSchema = z.looseObject({
  name: z.string().optional(),
  address: z.string().min(1),
});
export type EmailAddress = z.infer<typeof emailAddressSchema>;

export const recipientSchema = z.looseObject({ emailAddress: emailAddressSchema });
export type Recipient = z.infer<typeof recipientSchema>;
