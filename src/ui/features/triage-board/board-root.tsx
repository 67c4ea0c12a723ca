// The board's page: the theme the host follows, the catalogue (services' names and time standards), and the choice
// of mailbox where the page offers more than one (the personal tab, the browser page; a channel tab has its own).
import {
  FluentProvider,
  Field,
  Select,
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { TriageMailboxConfig } from '../../../auth/auth-config.schema';
import type { Catalogue } from '../../../domain';
import { StartupMessage } from '../../components/startup-message';
import type { ThemeName } from '../../host-context';
import type { BoardPorts } from './board-ports';
import { saveFile } from '../../components/save-file';
import { TriageBoard } from './triage-board';

export type BoardHost = {
  readonly mailboxes: readonly TriageMailboxConfig[];
  /** The mailbox a channel tab was set up for; without it the page offers every configured mailbox. */
  readonly fixedMailbox?: string;
  readonly createPorts: (mailbox: TriageMailboxConfig) => BoardPorts;
  readonly catalogue: () => Promise<Catalogue>;
  readonly now: () => Date;
  readonly theme: ThemeName;
  readonly onThemeChange?: (listener: (theme: ThemeName) => void) => () => void;
  readonly saveFile?: (name: string, data: Blob) => void;
};

const THEMES = { light: webLightTheme, dark: webDarkTheme, contrast: teamsHighContrastTheme } as const;

function useTheme(host: BoardHost): ThemeName {
  const [theme, setTheme] = useState(host.theme);
  useEffect(() => host.onThemeChange?.(setTheme), [host]);
  return theme;
}

function useCatalogue(load: () => Promise<Catalogue>): Catalogue | 'failed' | undefined {
  const [catalogue, setCatalogue] = useState<Catalogue | 'failed' | undefined>();
  useEffect(() => {
    load().then(setCatalogue, () => setCatalogue('failed'));
  }, [load]);
  return catalogue;
}

const sameAddress = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function BoardRoot({ host }: { readonly host: BoardHost }) {
  const theme = useTheme(host);
  const catalogue = useCatalogue(host.catalogue);
  const fixed = host.fixedMailbox ? host.mailboxes.find((m) => sameAddress(m.mailbox, host.fixedMailbox!)) : undefined;
  const [chosen, setChosen] = useState(host.mailboxes[0]?.mailbox ?? '');
  // A channel tab shows its own mailbox or none: never another service's referrals.
  const mailbox = host.fixedMailbox ? fixed : host.mailboxes.find((m) => m.mailbox === chosen);
  const ports = useMemo(() => (mailbox ? host.createPorts(mailbox) : undefined), [host, mailbox]);
  let body: React.ReactNode;
  if (host.fixedMailbox && !fixed)
    body = (
      <StartupMessage
        theme={theme}
        kind="error"
        title="This board's mailbox is no longer set up"
        body="Ask whoever looks after Referral Card to check the referral mailboxes, then set up the tab again."
      />
    );
  else if (!mailbox || !ports)
    body = (
      <StartupMessage
        theme={theme}
        kind="error"
        title="No referral mailboxes are set up"
        body="Ask whoever looks after Referral Card to add the service's referral mailbox."
      />
    );
  else if (catalogue === 'failed')
    body = <StartupMessage theme={theme} kind="error" title="The board could not start" body="Reload the page." />;
  else if (!catalogue) body = <StartupMessage theme={theme} kind="busy" title="Opening the board…" />;
  else
    body = (
      <TriageBoard
        key={mailbox.mailbox}
        mailbox={mailbox}
        ports={ports}
        catalogue={catalogue}
        now={host.now}
        saveFile={host.saveFile ?? saveFile}
        {...(!fixed && host.mailboxes.length > 1
          ? {
              switcher: (
                <Field label="Mailbox" orientation="horizontal">
                  <Select value={mailbox.mailbox} onChange={(_, d) => setChosen(d.value)}>
                    {host.mailboxes.map((m) => (
                      <option key={m.mailbox} value={m.mailbox}>
                        {m.displayName}
                      </option>
                    ))}
                  </Select>
                </Field>
              ),
            }
          : {})}
      />
    );
  return <FluentProvider theme={THEMES[theme]}>{body}</FluentProvider>;
}
