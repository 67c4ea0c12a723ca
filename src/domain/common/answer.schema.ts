import { z } from 'zod';

// "Not known" is a first-class answer, distinct from "no" (domain-core issue).
export const answerSchema = z.enum(['yes', 'no', 'not-known']);
export type Answer = z.infer<typeof answerSchema>;
