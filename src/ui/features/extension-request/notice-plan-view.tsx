// The plan form shown beside an allocation notice, loaded only once the open email is found to be one: the card's
// first screen carries none of it.
import {
  Button,
  FluentProvider,
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import type { AllocationNotice } from '../../../graph/triage/allocation-notice';
import type { HostInput } from '../../host-context';
import { useExtensionRequestStyles } from './extension-request.styles';
import type { NoticePorts } from './notice-ports';
import { PlanSection } from './plan-section';

const THEMES = { light: webLightTheme, dark: webDarkTheme, contrast: teamsHighContrastTheme } as const;

export type NoticePlanViewProps = {
  readonly host: HostInput;
  readonly notice: AllocationNotice;
  readonly ports: NoticePorts;
  /** "Start a new referral instead": back to the card. */
  readonly onDecline: () => void;
};

export default function NoticePlanView({ host, notice, ports, onDecline }: NoticePlanViewProps) {
  const s = useExtensionRequestStyles();
  return (
    <FluentProvider theme={THEMES[host.theme]}>
      <main className={s.pane} aria-labelledby="notice-heading">
        <h1 id="notice-heading" className={s.title}>
          Referral {notice.reference} is allocated to you
        </h1>
        <PlanSection
          referralId={notice.referralId}
          reference={notice.reference}
          now={host.now}
          send={(message) => ports.send(notice, message)}
        />
        <div>
          <Button onClick={onDecline}>Start a new referral instead</Button>
        </div>
      </main>
    </FluentProvider>
  );
}
