import { z } from 'zod';
import type { Condition } from './condition';

const factId = z.string().min(1).max(120);
const scalar = z.union([z.string().max(200), z.number().finite()]);

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ fact: factId, eq: scalar }),
    z.strictObject({ fact: factId, in: z.array(scalar).min(1).max(100) }),
    z.strictObject({ fact: factId, gte: z.number().finite() }),
    z.strictObject({ fact: factId, lte: z.number().finite() }),
    z.strictObject({ fact: factId, includesAny: z.array(z.string().max(200)).min(1).max(100) }),
    z.strictObject({ fact: factId, countAtLeast: z.number().int().min(0).max(1000) }),
    z.strictObject({ all: z.array(conditionSchema).min(1).max(50) }),
    z.strictObject({ any: z.array(conditionSchema).min(1).max(50) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);
