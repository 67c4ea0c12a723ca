// In Outlook, beside an allocation notice (the email that tells a worker a referral is theirs), the card shows that
// referral's plan form instead of a new referral: workers cannot open the service mailbox, so this is where they
// record the plan's start and ask for an extension. Any other email, or a failed check, leaves the card as it is.
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import type { AllocationNotice } from '../../../graph/triage/allocation-notice';
import { useHostInput, type HostInput } from '../../host-context';
import type { NoticePorts } from './notice-ports';

// The form and its checks load only beside a notice, so the card's first screen stays as light as before.
const NoticePlanView = lazy(() => import('./notice-plan-view'));

export type PlanFromNoticeProps = {
  /** The card, shown unless the open email is an allocation notice. */
  readonly fallback: ReactNode;
  /** Tests pass their own; by default Graph with the host's sign-in, loaded only when an email is open. */
  readonly connect?: (host: HostInput) => Promise<NoticePorts | undefined>;
};

const graphPorts = (host: HostInput) => import('./notice-ports').then((m) => m.graphNoticePorts(host));

type Found = { readonly notice: AllocationNotice; readonly ports: NoticePorts };

function useNotice(host: HostInput, connect: NonNullable<PlanFromNoticeProps['connect']>): Found | undefined {
  const restId = host.currentItem?.restId;
  const [found, setFound] = useState<Found | undefined>();
  useEffect(() => {
    setFound(undefined);
    if (!restId) return undefined;
    let live = true;
    const check = async () => {
      const ports = await connect(host);
      const notice = await ports?.readNotice(restId);
      if (live && ports && notice) setFound({ notice, ports });
    };
    // The check is an offer, not a step the card waits for: a failure leaves the card as it is.
    check().catch(() => undefined);
    return () => {
      live = false;
    };
  }, [restId, connect, host]);
  return found;
}

export function PlanFromNotice({ fallback, connect = graphPorts }: PlanFromNoticeProps) {
  const host = useHostInput();
  const found = useNotice(host, connect);
  const [declined, setDeclined] = useState<string | undefined>();
  if (!found || declined === found.notice.referralId) return <>{fallback}</>;
  const { notice, ports } = found;
  return (
    <Suspense fallback={fallback}>
      <NoticePlanView host={host} notice={notice} ports={ports} onDecline={() => setDeclined(notice.referralId)} />
    </Suspense>
  );
}
