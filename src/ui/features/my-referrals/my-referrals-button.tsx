import { Button } from '@fluentui/react-components';
import { useMyReferralsButtonStyles } from './my-referrals-button.styles';

/** Opens My referrals from the card header (every host shows the header). */
export function MyReferralsButton({ onClick }: { readonly onClick: () => void }) {
  const s = useMyReferralsButtonStyles();
  return (
    <Button appearance="subtle" className={s.end} onClick={onClick}>
      My referrals
    </Button>
  );
}
