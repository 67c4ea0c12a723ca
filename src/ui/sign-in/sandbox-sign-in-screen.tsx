import { FluentProvider } from '@fluentui/react-components';
import { themeFor } from '../app/theme';
import type { ThemeName } from '../host-context';
import { SandboxSignIn } from './sandbox-sign-in-form';
import type { SandboxSignInProps } from './sandbox-sign-in-form';

/** The sandbox's persona picker as a screen of its own, in the host's theme, before the card starts. */
export function SandboxSignInScreen({ theme, ...props }: SandboxSignInProps & { readonly theme: ThemeName }) {
  return (
    <FluentProvider theme={themeFor(theme)}>
      <SandboxSignIn {...props} />
    </FluentProvider>
  );
}
