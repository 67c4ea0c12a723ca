import { councilByName } from '../domain/areas';
import type { AddressLookup } from './address-lookup';
import { createOsPlacesLookup, type OsPlacesOptions } from './os-places-client';

/** OS Places with the card's own table of councils: the chunk the configured lookup loads on its first search. */
export function osPlacesWithCouncils(options: Omit<OsPlacesOptions, 'findCouncil'>): AddressLookup {
  return createOsPlacesLookup({ ...options, findCouncil: councilByName });
}
