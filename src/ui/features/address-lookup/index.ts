// The address lookup beside the family's postcode: <AddressLookup postcode onChoose />. It renders nothing when the
// card has no address lookup service configured.
export { AddressLookup } from './address-lookup';
export { chosenWords } from './address-lookup-panel';
export type { AddressLookupProps } from './address-lookup';
