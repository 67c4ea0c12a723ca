// The channel tab's configuration page: which service's referral mailbox this channel's board shows. The host
// saves the choice with Teams (pages.config); this screen only asks.
import {
  FluentProvider,
  Radio,
  RadioGroup,
  Field,
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { TriageMailboxConfig } from '../../../auth/auth-config.schema';
import type { ThemeName } from '../../host-context';
import { useBoardStyles } from './triage-board.styles';

export type BoardTabSetupProps = {
  readonly mailboxes: readonly TriageMailboxConfig[];
  /** The team the tab is being added to: its own mailboxes are offered first and chosen when there is one. */
  readonly teamId?: string;
  readonly theme: ThemeName;
  readonly onChoose: (mailbox: TriageMailboxConfig | undefined) => void;
};

const THEMES = { light: webLightTheme, dark: webDarkTheme, contrast: teamsHighContrastTheme } as const;

/** The team's own mailboxes first: a channel tab usually shows its own service's referrals. */
export function orderForTeam(mailboxes: readonly TriageMailboxConfig[], teamId: string | undefined) {
  const own = mailboxes.filter((m) => teamId && m.teamId.toLowerCase() === teamId.toLowerCase());
  return { own, ordered: [...own, ...mailboxes.filter((m) => !own.includes(m))] };
}

export function BoardTabSetup({ mailboxes, teamId, theme, onChoose }: BoardTabSetupProps) {
  const s = useBoardStyles();
  const { own, ordered } = orderForTeam(mailboxes, teamId);
  const [chosen, setChosen] = useState(own.length === 1 ? own[0]!.mailbox : '');
  const report = useRef(onChoose);
  report.current = onChoose;
  useEffect(() => report.current(mailboxes.find((m) => m.mailbox === chosen)), [chosen, mailboxes]);
  return (
    <FluentProvider theme={THEMES[theme]}>
      <main className={s.page}>
        <h1 className={s.heading}>Set up the referrals board</h1>
        {ordered.length === 0 ? (
          <p className={s.text} role="alert">
            No referral mailboxes are set up. Ask whoever looks after Referral Card to add the service&apos;s referral
            mailbox.
          </p>
        ) : (
          <Field label="Which service's referrals should this channel show?">
            <RadioGroup value={chosen} onChange={(_, d) => setChosen(d.value)}>
              {ordered.map((m) => (
                <Radio key={m.mailbox} value={m.mailbox} label={`${m.displayName} (${m.mailbox})`} />
              ))}
            </RadioGroup>
          </Field>
        )}
        <p className={s.muted}>
          Only the people who decide on referrals for that service can see them on the board: the mailbox itself decides
          who may read it.
        </p>
      </main>
    </FluentProvider>
  );
}
