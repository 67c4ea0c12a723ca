import { z } from 'zod';
import { citationSchema } from '../criteria/citation.schema';

/**
 * A document a provider's criteria come from, as a council worker knows it. Citations name it by `file` (kept in
 * referral.json for audit); people see its publisher and title instead.
 */
export const sourceDocumentSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .max(60)
    .describe('A short id for the document, e.g. lewisham-parenting-offer'),
  file: citationSchema.shape.seed.describe(
    'The name its citations use: the file name of the copy the catalogue was written from, or local:<document>',
  ),
  title: z.string().trim().min(1).max(300).describe('The title the document gives itself'),
  publisher: z.string().trim().min(1).max(200).describe('Who published it, as a council worker would say it'),
  shortTitle: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .optional()
    .describe('What people call it, shown after the publisher in citations (default: the title)'),
  date: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .optional()
    .describe('The date or period the document gives, in its own words (e.g. 2010/11); leave out when it gives none'),
  url: z.url().max(2000).optional().describe('Where the document is published; leave out when not known'),
});

export type SourceDocument = z.infer<typeof sourceDocumentSchema>;
