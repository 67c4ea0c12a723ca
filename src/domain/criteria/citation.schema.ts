import { z } from 'zod';

// Every criterion cites the seed document it comes from: file name + section heading (CATALOGUE.md).
export const citationSchema = z.strictObject({
  seed: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, { message: 'Cite a seed file such as 000_00e7cb9a8a716238.txt' }),
  section: z.string().trim().min(1).max(300),
  note: z.string().max(1000).optional(),
});
export type Citation = z.infer<typeof citationSchema>;
