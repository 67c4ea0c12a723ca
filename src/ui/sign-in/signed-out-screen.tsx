import { Button, FluentProvider } from '@fluentui/react-components';
import { themeFor } from '../app/theme';
import type { ThemeName } from '../host-context';
import { useSignedOutStyles } from './signed-out-screen.styles';

export type SignedOutScreenProps = {
  readonly theme: ThemeName;
  readonly onSignIn: () => void;
};

/** After "Sign out": what happened, and the way back in for whoever uses this computer next. */
export function SignedOutScreen({ theme, onSignIn }: SignedOutScreenProps) {
  const s = useSignedOutStyles();
  return (
    <FluentProvider theme={themeFor(theme)}>
      <main className={s.screen} aria-labelledby="signed-out-heading">
        <h1 id="signed-out-heading" className={s.heading}>
          You have signed out of Referral Card
        </h1>
        <p className={s.text}>
          Your drafts, unfinished filings and remembered details were cleared from this device. You can close this
          window now.
        </p>
        <Button appearance="primary" onClick={onSignIn}>
          Sign in
        </Button>
      </main>
    </FluentProvider>
  );
}
