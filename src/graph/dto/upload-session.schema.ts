import { z } from 'zod';

/** Graph's uploadSession. For Outlook attachments nextExpectedRanges holds one "{start}" value. */
export const uploadSessionSchema = z.looseObject({
  uploadUrl: z.string(),
  expirationDateTime: z.string(),
  nextExpectedRanges: z.array(z.string()),
});
export type UploadSession = z.infer<typeof uploadSessionSchema>;

/** What a ranged PUT answers before the last range: the Outlook endpoint spells these in PascalCase. */
export const uploadProgressSchema = z.looseObject({
  ExpirationDateTime: z.string().optional(),
  NextExpectedRanges: z.array(z.string()).optional(),
  expirationDateTime: z.string().optional(),
  nextExpectedRanges: z.array(z.string()).optional(),
});
export type UploadProgress = z.infer<typeof uploadProgressSchema>;
