import { z } from 'zod';
import type { StatementWords } from './fact-statements';

const words = z.string().trim().min(1).max(300);

/**
 * What an answer states, as a finding: `yes` and `no` for a yes-or-no question ("Open to children's social care" and
 * its opposite); `value` for any other, where {value} stands for the answer ("Already attended: {value}").
 */
export const statementWordsSchema: z.ZodType<StatementWords> = z
  .strictObject({ yes: words.optional(), no: words.optional(), value: words.optional() })
  .refine((s) => s.yes !== undefined || s.no !== undefined || s.value !== undefined, {
    message: 'Give the words for yes and no, or for a value',
  })
  .describe('The finding each answer states, in plain words (default: the question and the answer)');
