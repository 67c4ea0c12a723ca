import type { FixtureAddress } from './os-places-fixtures';

// One fixture address as OS Places writes a DPA record: every field OS sends for a residential delivery point,
// in capitals, with the building number as text and the custodian code as a number.

const joined = (parts: readonly (string | undefined)[]) => parts.filter(Boolean).join(', ');

export function dpaRecord(a: FixtureAddress): Record<string, unknown> {
  const numbered = a.number ? `${a.number}, ${a.street}` : a.street;
  return {
    UPRN: a.uprn,
    UDPRN: String(Number(a.uprn.slice(-8)) + 20_000_000),
    ADDRESS: joined([a.sub, a.building, numbered, a.locality, a.town, a.postcode]),
    ...(a.sub ? { SUB_BUILDING_NAME: a.sub } : {}),
    ...(a.building ? { BUILDING_NAME: a.building } : {}),
    ...(a.number ? { BUILDING_NUMBER: a.number } : {}),
    THOROUGHFARE_NAME: a.street,
    ...(a.locality ? { DEPENDENT_LOCALITY: a.locality } : {}),
    POST_TOWN: a.town,
    POSTCODE: a.postcode,
    RPC: '1',
    X_COORDINATE: a.at[0],
    Y_COORDINATE: a.at[1],
    STATUS: a.historical ? 'HISTORICAL' : 'APPROVED',
    LOGICAL_STATUS_CODE: a.historical ? '8' : '1',
    CLASSIFICATION_CODE: a.sub ? 'RD06' : 'RD04',
    CLASSIFICATION_CODE_DESCRIPTION: a.sub ? 'Self Contained Flat (Includes Maisonette / Apartment)' : 'Terraced',
    LOCAL_CUSTODIAN_CODE: a.custodian.code,
    LOCAL_CUSTODIAN_CODE_DESCRIPTION: a.custodian.name,
    COUNTRY_CODE: 'E',
    COUNTRY_CODE_DESCRIPTION: 'This record is within England',
    POSTAL_ADDRESS_CODE: 'D',
    POSTAL_ADDRESS_CODE_DESCRIPTION: 'A record which is linked to PAF',
    BLPU_STATE_CODE: null,
    BLPU_STATE_CODE_DESCRIPTION: 'Unknown/Not applicable',
    TOPOGRAPHY_LAYER_TOID: `osgb10000${a.uprn.slice(-8)}`,
    LAST_UPDATE_DATE: '12/03/2025',
    ENTRY_DATE: '19/03/2001',
    LANGUAGE: 'EN',
    MATCH: 1.0,
    MATCH_DESCRIPTION: 'EXACT',
    DELIVERY_POINT_SUFFIX: '1A',
  };
}
