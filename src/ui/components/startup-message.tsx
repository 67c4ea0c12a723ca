import { Button, FluentProvider, Link, Text } from '@fluentui/react-components';
import type { ThemeName } from '../host-context';
import { themeFor as fluentThemeFor } from '../app/theme';
import { useStartupMessageStyles } from './startup-message.styles';

export type StartupMessageProps = {
  readonly theme: ThemeName;
  /** Busy screens are announced politely (plain words); failures as alerts. */
  readonly kind: 'busy' | 'error';
  readonly title: string;
  readonly body?: string;
  /** A way on, e.g. the browser version of the card. */
  readonly link?: { readonly href: string; readonly label: string };
  readonly onRetry?: () => void;
};

/**
 * What a host shows before the card: never a blank pane, always words. While starting, plain words like
 * the page's own: they show for a moment, and the card's first screen should not wait for a Fluent theme and a
 * spinner drawn just before it (interactive within 800 ms at 4x CPU). Failures get the full treatment.
 */
export function StartupMessage(props: StartupMessageProps) {
  if (props.kind === 'busy') {
    return (
      <main>
        <div role="status">
          <h1>{props.title}</h1>
          {props.body && <p>{props.body}</p>}
        </div>
      </main>
    );
  }
  return <FailureMessage {...props} />;
}

function FailureMessage({ theme, title, body, link, onRetry }: StartupMessageProps) {
  const styles = useStartupMessageStyles();
  return (
    <FluentProvider theme={fluentThemeFor(theme)}>
      <main className={styles.root}>
        <div className={styles.message} role="alert">
          <h1 className={styles.heading}>{title}</h1>
          {body && (
            <Text as="p" className={styles.body}>
              {body}
            </Text>
          )}
        </div>
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
