import { lazy, Suspense } from 'react';
import type { AddressLookup as LookupService, LookedUpAddress } from '../../../address';
import { useAddressLookupService } from '../../host-context';

export type AddressLookupProps = {
  /** The postcode as typed in the form's postcode field. */
  readonly postcode: string;
  /** Fills the address (lines, town, postcode in its standard form) and the family's council, when the card knows it. */
  readonly onChoose: (address: LookedUpAddress, councilCode: string | undefined) => void;
  /** The lookup service; by default the one the host was given. */
  readonly lookup?: LookupService;
};

const AddressLookupPanel = lazy(() => import(/* webpackChunkName: "address-lookup-panel" */ './address-lookup-panel'));

/** "Find address" beside the postcode field: lists the addresses at the postcode and fills in the one chosen. */
export function AddressLookup(props: AddressLookupProps) {
  const fromHost = useAddressLookupService();
  const lookup = props.lookup ?? fromHost;
  // No service configured: the postcode is only checked for its format, and there is nothing to find.
  if (!lookup) return null;
  return (
    <Suspense fallback={null}>
      <AddressLookupPanel {...props} lookup={lookup} />
    </Suspense>
  );
}
