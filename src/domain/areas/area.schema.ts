import { z } from 'zod';
import { councilCodeSchema } from '../contact/council.schema';
import { citationSchema } from '../criteria/citation.schema';

const councilList = z
  .array(councilCodeSchema)
  .min(1)
  .max(500)
  .refine((codes) => new Set(codes).size === codes.length, { message: 'A council is listed twice' });

/** Where a service is offered: the fields an area criterion and a provider's or service's `areas` share. */
export const areaShape = {
  /** ONS codes of the councils served; a county's code covers its districts. */
  councils: councilList.describe('ONS codes of the councils served, e.g. E09000023 (a county covers its districts)'),
  /** The area in words, where it is not just its councils' names ("London"). */
  name: z.string().trim().min(1).max(300).optional().describe('The area in words, e.g. London'),
  /** Who must be in the area: the family (default), or one of the children the service is for. */
  who: z.enum(['family', 'child']).optional().describe('family (default) or child'),
  /** With who: child, a child who goes to school or nursery in the area counts too. */
  school: z.literal(true).optional().describe('With who: child, a child at school or nursery in the area counts too'),
  /** Councils outside the area where a referral goes to review rather than being refused, and why. */
  review: z
    .strictObject({
      councils: councilList,
      /** Why, in the source's words: shown as the reason. */
      reason: z.string().trim().min(1).max(1000),
    })
    .optional()
    .describe('Councils outside the area where the service may still take a referral, and why'),
};

const schoolNeedsChild = (a: { who?: 'family' | 'child'; school?: true }) => !a.school || a.who === 'child';
const SCHOOL_NEEDS_CHILD = { message: 'school: true needs who: child (it is about where a child goes to school)' };

/** A provider's or a service's areas, as the built catalogue holds them. */
export const areasSchema = z
  .strictObject({ ...areaShape, citation: citationSchema })
  .refine(schoolNeedsChild, SCHOOL_NEEDS_CHILD);
export type Areas = z.infer<typeof areasSchema>;

export { schoolNeedsChild, SCHOOL_NEEDS_CHILD };
