import { z } from 'zod';

/** A service id, or a prefix ending in `*` (e.g. `notts.*`) naming every service of a provider. */
export const servicePatternSchema = z
  .string()
  .regex(/^[a-z0-9.-]+\*?$/, { message: 'A service id, or a prefix ending in *' })
  .max(100);
