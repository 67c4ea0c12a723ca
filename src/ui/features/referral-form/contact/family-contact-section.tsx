import { memo } from 'react';
import { Section } from '../../../components/section';
import type { DraftAction, FieldEdit } from '../../../state/draft-actions';
import { useDraft } from '../../../state/use-draft';
import type { LookedUpAddress } from '../../../../address';
import { AddressLookup } from '../../address-lookup';
import { useFormActions } from '../form-context';
import { FamilyCouncil } from './family-council';
import { useFormStyles } from '../form.styles';
import { AddressFields } from './address-fields';
import type { AddressKey } from './address-fields';
import { LanguageFields } from './language-fields';
import { PhoneRows } from './phone-rows';
import { SafeContactFields } from './safe-contact-fields';
import { SafeContactPersonFields } from './safe-contact-person-fields';

const editAddress: FieldEdit<AddressKey> = (key, value) =>
  ({ type: 'edit-family-part', part: 'address', patch: { [key]: value } }) as DraftAction;

const postcodeOf = (address: { readonly postcode?: unknown } | undefined): string =>
  typeof address?.postcode === 'string' ? address.postcode : '';

export type FamilyContactSectionProps = {
  /** A MARAC referral is chosen: these details are how MARAC reaches the victim, and the section says so. */
  readonly forMarac?: boolean;
};

const DESCRIPTION = 'Where the family lives and how the service can reach them safely.';
const MARAC_DESCRIPTION =
  'Where the family lives and how the service can reach them safely. For MARAC these are the victim’s contact ' +
  'details: give the address and a number where it is safe to reach the victim.';

/** Where the family lives and how to reach them without putting anyone at risk. */
export const FamilyContactSection = memo(function FamilyContactSection({ forMarac }: FamilyContactSectionProps) {
  const s = useFormStyles();
  const family = useDraft((r) => r.family);
  const { dispatch } = useFormActions();
  // A found address fills the four boxes, and the family's council when the lookup knows it.
  const chooseAddress = (address: LookedUpAddress, councilCode: string | undefined) => {
    const { line1, line2, town, postcode } = address;
    dispatch({ type: 'edit-family-part', part: 'address', patch: { line1, line2, town, postcode } });
    if (councilCode) dispatch({ type: 'edit-family', patch: { councilCode, councilName: undefined } });
  };
  return (
    <Section
      id="section-contact"
      title={forMarac ? 'Family contact (the victim’s contact details)' : 'Family contact'}
      description={forMarac ? MARAC_DESCRIPTION : DESCRIPTION}
      contained
    >
      <div className={s.fields}>
        <FamilyCouncil
          councilCode={typeof family?.councilCode === 'string' ? family.councilCode : undefined}
          councilName={typeof family?.councilName === 'string' ? family.councilName : undefined}
        />
        <AddressFields
          path={['family', 'address']}
          edit={editAddress}
          address={family?.address}
          legend="The family’s address"
          required
        />
        <AddressLookup postcode={postcodeOf(family?.address)} onChoose={chooseAddress} />
        <PhoneRows phones={family?.phones} />
        <SafeContactFields safeContact={family?.safeContact} />
        <SafeContactPersonFields person={family?.safeContactPerson} />
        <LanguageFields family={family} />
      </div>
    </Section>
  );
});
