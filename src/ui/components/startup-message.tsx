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

/** Why a host cannot start the card, in words; the browser version needs no host. */
const FALLBACK_WORDS = {
  /** Office.js did not load: the card cannot read the email. */
  'office-missing': {
    title: 'Outlook’s add-in library could not load',
    body: 'Office.js, the script Outlook uses to connect add-ins, did not load (a network filter may block it), so the card cannot read your email here. You can still make a referral in the browser version.',
  },
  /** TeamsJS did not answer: this page is not inside Teams. */
  'not-in-teams': {
    title: 'This page runs inside Microsoft Teams',
    body: 'Teams did not answer, so the card cannot start here. You can make a referral in the browser version.',
  },
} as const;

/** A host that cannot start the card offers the browser version instead, which needs no host. */
export function BrowserFallbackMessage(props: {
  readonly reason: keyof typeof FALLBACK_WORDS;
  readonly pageUrl: string;
}) {
  const href = new URL('index.html', props.pageUrl).href;
  const words = FALLBACK_WORDS[props.reason];
  return (
    <StartupMessage
      theme="light"
      kind="error"
      title={words.title}
      body={words.body}
      link={{ href, label: 'Open Referral Card in the browser' }}
    />
  );
}
