// Kept apart from the zod schemas, so the card's first screen can check a code without loading zod.

/** An ONS local authority code: E06/E07/E08/E09/E10 in England, W06 in Wales, S12 in Scotland, N09 in Northern Ireland. */
export const COUNCIL_CODE = /^[EWSN]\d{8}$/;
