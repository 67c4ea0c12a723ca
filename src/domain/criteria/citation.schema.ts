import { z } from 'zod';

// Every criterion cites where it comes from: a seed file + section heading, or, for services
// imported from an Open Referral UK feed or added by a council's overlay, `oruk:<provider>` / `local:<document>`.
export const SEED_FILE = /^\d{3}_[0-9a-f]{16}\.txt$/;
export const citationSchema = z.strictObject({
  seed: z
    .string()
    .max(120)
    .regex(/^(\d{3}_[0-9a-f]{16}\.txt|(oruk|local):[a-z0-9][a-z0-9.-]*)$/, {
      message:
        'Cite a seed file such as 000_00e7cb9a8a716238.txt, or a source such as oruk:<provider> or local:<document>',
    }),
  section: z.string().trim().min(1).max(300),
  note: z.string().max(1000).optional(),
});
export type Citation = z.infer<typeof citationSchema>;
