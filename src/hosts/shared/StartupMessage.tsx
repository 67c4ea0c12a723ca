import { Button, FluentProvider, Link, Spinner, Text } from '@fluentui/react-components';
import type { ThemeName } from '../../ui/host-context';
import { themeFor as fluentThemeFor } from '../../ui/app/theme';
import { useStartupMessageStyles } from './StartupMessage.styles';

export type StartupMessageProps = {
  readonly theme: ThemeName;
  /** Busy screens are announced politely; failures as alerts. */
  readonly kind: 'busy' | 'error';
  readonly title: string;
  readonly body?: string;
  /** A way on, e.g. the browser version of the card. */
  readonly link?: { readonly href: string; readonly label: string };
  readonly onRetry?: () => void;
};

/** What a host shows before the card: never a blank pane, always words (issue #5). */
export function StartupMessage({ theme, kind, title, body, link, onRetry }: StartupMessageProps) {
  const styles = useStartupMessageStyles();
  return (
    <FluentProvider theme={fluentThemeFor(theme)}>
      <main className={styles.root}>
        <div className={styles.message} role={kind === 'error' ? 'alert' : 'status'}>
          <h1 className={styles.heading}>{title}</h1>
          {body && (
            <Text as="p" className={styles.body}>
              {body}
            </Text>
          )}
        </div>
        {kind === 'busy' && <Spinner size="small" aria-hidden />}
        {link && (
          <Link className={styles.action} href={link.href} target="_blank" rel="noopener">
            {link.label}
          </Link>
        )}
        {onRetry && (
          <Button className={styles.action} appearance="primary" onClick={onRetry}>
            Try again
          </Button>
        )}
      </main>
    </FluentProvider>
  );
}
