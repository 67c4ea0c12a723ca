import { z } from 'zod';
import { areaShape, SCHOOL_NEEDS_CHILD, schoolNeedsChild } from '../areas/area.schema';
import { baseCriterionShape } from './criterion-base.schema';

/**
 * Where the family (or a child) must live for a service: made for every service from its provider's or its own
 * `areas` when the catalogue is built, so a provider file never writes one by hand.
 */
export const areaCriterionSchema = z
  .strictObject({
    kind: z.literal('area'),
    ...baseCriterionShape,
    ...areaShape,
  })
  .refine(schoolNeedsChild, SCHOOL_NEEDS_CHILD);
export type AreaCriterion = z.infer<typeof areaCriterionSchema>;
