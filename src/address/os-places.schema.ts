import { z } from 'zod';

// The OS Places API's answer to a postcode search with dataset=DPA (Royal Mail delivery point addresses), as
// OS documents it: a header, and results[].DPA with the address in parts, all in capitals. Only the fields the card
// reads are checked; OS adds others (coordinates, classification, dates) that are passed over.

const part = z.string().trim().min(1).optional();
// OS writes building numbers as text and custodian codes as numbers; either spelling is the same value.
const numberOrText = z.union([z.string(), z.number()]).transform(String);

export const osPlacesDpaSchema = z.object({
  UPRN: z.string().regex(/^\d{1,12}$/),
  ADDRESS: z.string().min(1),
  ORGANISATION_NAME: part,
  SUB_BUILDING_NAME: part,
  BUILDING_NAME: part,
  BUILDING_NUMBER: numberOrText.optional(),
  DEPENDENT_THOROUGHFARE_NAME: part,
  THOROUGHFARE_NAME: part,
  DOUBLE_DEPENDENT_LOCALITY: part,
  DEPENDENT_LOCALITY: part,
  POST_TOWN: z.string().trim().min(1),
  POSTCODE: z.string().trim().min(5).max(8),
  /** Whether the address is current: 1 approved, 6 provisional (a new build), 8 historical. */
  LOGICAL_STATUS_CODE: numberOrText.optional(),
  LOCAL_CUSTODIAN_CODE: numberOrText,
  /** The council that keeps the address (its local custodian), e.g. "LEWISHAM". */
  LOCAL_CUSTODIAN_CODE_DESCRIPTION: z.string().trim().min(1),
});
export type OsPlacesDpa = z.infer<typeof osPlacesDpaSchema>;

export const osPlacesPostcodeResponseSchema = z.object({
  header: z.object({
    totalresults: z.number().int().min(0),
    maxresults: z.number().int().min(1).optional(),
    offset: z.number().int().min(0).optional(),
  }),
  // OS leaves `results` out altogether when nothing matches.
  results: z.array(z.object({ DPA: osPlacesDpaSchema })).default([]),
});
export type OsPlacesPostcodeResponse = z.infer<typeof osPlacesPostcodeResponseSchema>;
