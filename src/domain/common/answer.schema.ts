import { z } from 'zod';

// "Not known" is a first-class answer, distinct from "no": it asks for review, not the question again.
export const answerSchema = z.enum(['yes', 'no', 'not-known']);
export type Answer = z.infer<typeof answerSchema>;
