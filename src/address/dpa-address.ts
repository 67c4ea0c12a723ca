import { normalisePostcode } from '../domain/contact/postcode';
import type { CouncilFinder, FoundAddress, LookedUpAddress } from './address-lookup';
import type { OsPlacesDpa } from './os-places.schema';

// Small words stay lower case inside a name ("Newark and Sherwood", "Stratford upon Avon").
const SMALL_WORDS = new Set(['and', 'of', 'the', 'upon', 'on', 'in', 'under', 'by', 'le', 'en']);

/** "FLAT 2A, ROSE COURT" → "Flat 2A, Rose Court": OS writes every part in capitals; the card shows them as written. */
export function titleCase(text: string): string {
  let first = true;
  return text.toLowerCase().replace(/[a-z0-9']+/g, (word) => {
    const isFirst = first;
    first = false;
    // Flat and house numbers with a letter ("2a", "12b") keep the letter in capitals.
    if (/\d/.test(word)) return word.toUpperCase();
    if (!isFirst && SMALL_WORDS.has(word)) return word;
    return word.charAt(0).toUpperCase() + word.slice(1);
  });
}

const joined = (parts: readonly (string | undefined)[]): string | undefined => {
  const present = parts.filter((p): p is string => p !== undefined && p !== '');
  return present.length > 0 ? present.join(', ') : undefined;
};

/**
 * The address in lines, in the order Royal Mail prints them: the organisation, the flat and building, the number
 * with the street, the locality. The first line is the first of those present; the rest make the second line.
 */
export function addressOfDpa(dpa: OsPlacesDpa): LookedUpAddress {
  const streets = joined([dpa.DEPENDENT_THOROUGHFARE_NAME, dpa.THOROUGHFARE_NAME]);
  const numbered = dpa.BUILDING_NUMBER ? [dpa.BUILDING_NUMBER, streets].filter(Boolean).join(' ') : streets;
  const lines = [
    dpa.ORGANISATION_NAME,
    joined([dpa.SUB_BUILDING_NAME, dpa.BUILDING_NAME]),
    numbered,
    joined([dpa.DOUBLE_DEPENDENT_LOCALITY, dpa.DEPENDENT_LOCALITY]),
  ]
    .filter((line): line is string => line !== undefined && line !== '')
    .map(titleCase);
  const [line1 = titleCase(dpa.ADDRESS.split(',')[0] ?? dpa.ADDRESS), ...rest] = lines;
  const line2 = joined(rest);
  return {
    line1,
    ...(line2 ? { line2 } : {}),
    town: titleCase(dpa.POST_TOWN),
    postcode: normalisePostcode(dpa.POSTCODE) ?? dpa.POSTCODE.toUpperCase(),
  };
}

/** One delivery point as the card lists it, with the council its custodian's name matches. */
export function foundAddressOfDpa(dpa: OsPlacesDpa, findCouncil: CouncilFinder): FoundAddress {
  const address = addressOfDpa(dpa);
  const council = findCouncil(dpa.LOCAL_CUSTODIAN_CODE_DESCRIPTION);
  const label = [address.line1, address.line2, address.town, address.postcode].filter(Boolean).join(', ');
  return {
    uprn: dpa.UPRN,
    label,
    address,
    ...(council ? { council } : {}),
    councilName: titleCase(dpa.LOCAL_CUSTODIAN_CODE_DESCRIPTION),
  };
}
