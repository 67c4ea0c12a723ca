import { isValid, toNormalised } from 'postcode';

/** A UK postcode written any usual way ("se64ru", "SE6 4RU"), in its standard form, or undefined when it is not one. */
export function normalisePostcode(input: string): string | undefined {
  const trimmed = input.trim();
  return isValid(trimmed) ? (toNormalised(trimmed) ?? undefined) : undefined;
}
