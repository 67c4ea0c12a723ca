import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { useSandboxSignInStyles } from './sandbox-sign-in-form.styles';
import type { SandboxPersona } from '../../auth/sandbox-dto.schema';
import { useSandboxSignIn, type SandboxSignInProps } from './use-sandbox-sign-in';

export type { SandboxSignInProps } from './use-sandbox-sign-in';

const roleWords = (persona: SandboxPersona): string => persona.roles.map((r) => r.replace(/-/g, ' ')).join(', ');

/** The local sandbox's dev sign-in: pick a seeded persona, no password. Shown before the card. */
export function SandboxSignIn(props: SandboxSignInProps) {
  const s = useSandboxSignIn(props);
  const styles = useSandboxSignInStyles();
  return (
    <main className={styles.root} aria-labelledby={s.headingId}>
      <h1 id={s.headingId} className={styles.heading}>
        Sign in to the local sandbox
      </h1>
      <Text as="p">
        The sandbox stands in for Microsoft 365 on this computer. Choose who you are; no password is needed.
      </Text>
      {s.phase.kind === 'loading' && (
        <div role="status">
          <Spinner label="Loading the people you can sign in as…" />
        </div>
      )}
      {s.phase.kind === 'load-failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{s.phase.message}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={s.retry}>Try again</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {s.phase.kind === 'ready' && (
        <form className={styles.form} onSubmit={s.submit} noValidate>
          <Field label="Sign in as" required>
            <RadioGroup
              value={s.selected?.upn ?? ''}
              onChange={(_, data) => s.select(data.value)}
              aria-describedby={s.error ? s.errorId : undefined}
            >
              {s.personas.map((p) => (
                <Radio
                  key={p.upn}
                  value={p.upn}
                  label={
                    <>
                      {p.displayName}
                      <span className={styles.personaDetail}>
                        {roleWords(p)} · {p.upn}
                      </span>
                    </>
                  }
                />
              ))}
            </RadioGroup>
          </Field>
          <div aria-live="polite">
            {s.error && (
              <MessageBar intent="error" id={s.errorId}>
                <MessageBarBody>{s.error}</MessageBarBody>
              </MessageBar>
            )}
          </div>
          <Button
            ref={s.submitRef}
            type="submit"
            appearance="primary"
            className={styles.submit}
            disabledFocusable={s.busy}
          >
            {s.busy ? 'Signing in…' : s.selected ? `Sign in as ${s.selected.displayName}` : 'Sign in'}
          </Button>
        </form>
      )}
    </main>
  );
}
