// Test support (not a test): a valid referral to a Lewisham and a Nottinghamshire service, a scriptable fake of the
// mailbox filer (the coordinator's seam: documents and Graph behind one port), and the FilingHost mounted as the App
// mounts it.
import { deserialize, serialize } from 'node:v8';
import 'fake-indexeddb/auto';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { configure, render } from '@testing-library/react';
import example from '../../../../docs/examples/referral.json';
import { catalogue } from '../../../../src/catalogues';
import type { Referral } from '../../../../src/domain';
import { AnnouncerProvider } from '../../../../src/ui/components/announcer';
import { HostProvider } from '../../../../src/ui/host-context';
import type { HostContext } from '../../../../src/ui/host-context';
import { FilingHost } from '../../../../src/ui/features/filing/filing-host';
import type { FilingHostProps } from '../../../../src/ui/features/filing/filing-host';
import type { FiledMessage } from '../../../../src/ui/state/filed-message';
import { FilingFailure } from '../../../../src/filing';
import type { FilingProgress, FilingService, MailboxFilingRequest } from '../../../../src/filing';
import type { FileRequest } from '../../../../src/ui/features/filing/use-filing';

// Waits end as soon as the thing shows; the limit only matters on a cold, loaded machine (first compile of the feature).
configure({ asyncUtilTimeout: 10_000 });

// jsdom lacks structuredClone, which fake-indexeddb copies records with.
globalThis.structuredClone ??= ((value: unknown) => deserialize(serialize(value))) as typeof structuredClone;

export const NOW = new Date('2026-11-23T10:42:00Z');
export const LEWISHAM = 'Family.Hub.Referrals@lewisham.gov.uk';
export const NOTTS = 'parenting.courses@nottsc.gov.uk';
export const NVR = 'NVR (Non-Violent Resistance) Informed Practice';
export const NOTTS_NVR = 'Non-Violent Resistance (NVR) group';
export const REFERRAL_ID = example.id;
export const REFERENCE = 'RC-6B1F0D5E';

/** docs/examples/referral.json, to NVR (Lewisham) and the GFPO NVR group (Nottinghamshire), with one attached file. */
export function referral(extra: Partial<Referral> = {}): Referral {
  return {
    ...(example as unknown as Referral),
    services: [
      { serviceId: 'lewisham.nvr', personIds: ['p1', 'c1'] },
      { serviceId: 'notts.nvr-group', personIds: ['p1'] },
    ],
    attachments: [{ id: 'att-1', name: 'assessment.pdf', contentType: 'application/pdf', size: 5, source: 'upload' }],
    ...extra,
  };
}

export const FILE_BYTES = new Uint8Array([37, 80, 68, 70, 45]);

export function fileRequest(
  r: unknown = referral(),
  files: Record<string, Uint8Array> = { 'att-1': FILE_BYTES },
): FileRequest {
  return { draftId: REFERRAL_ID, referral: r, readAttachment: async (id) => files[id] };
}

type Script = (
  request: MailboxFilingRequest,
  progress: (e: FilingProgress) => void,
  call: number,
  onUploadSession?: (uploadUrl: string) => Promise<void>,
) => Promise<void>;

/** A fake adapter: records each call; `script` decides what each mailbox does (by default: steps, bytes, sent). */
export function fakeService(script: Partial<Record<string, Script>> = {}) {
  const calls: MailboxFilingRequest[] = [];
  const counts = new Map<string, number>();
  let listed: () => Promise<readonly FiledMessage[]> = async () => [];
  const service: FilingService = {
    async fileMailbox(request, progress, onUploadSession) {
      calls.push(request);
      const n = (counts.get(request.mailbox) ?? 0) + 1;
      counts.set(request.mailbox, n);
      const own = script[request.mailbox.toLowerCase()];
      if (own) await own(request, progress, n, onUploadSession);
      else await fileNormally(request, progress);
      return { mailbox: request.mailbox, alreadySent: false };
    },
    listMyReferrals: () => listed(),
  };
  return { service, calls, setList: (f: typeof listed) => void (listed = f), load: jest.fn(async () => service) };
}

export async function fileNormally(
  request: MailboxFilingRequest,
  progress: (e: FilingProgress) => void,
): Promise<void> {
  progress({ type: 'step', step: 'creating-draft' });
  progress({ type: 'step', step: 'attaching' });
  for (const a of request.attachments)
    progress({ type: 'attachment', name: a.name, sentBytes: a.bytes.byteLength, totalBytes: a.bytes.byteLength });
  progress({ type: 'step', step: 'sending' });
}

export const fail =
  (kind: FilingFailure['kind'], details: FilingFailure['details'] = {}): Script =>
  async () => {
    throw new FilingFailure(kind, details);
  };

/** A promise to resolve by hand: holds a mailbox mid-filing. */
export function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((r) => (open = r));
  return { opened, open };
}

export function host(indexedDB: IDBFactory = new IDBFactory()): HostContext {
  return {
    host: 'browser',
    catalogue,
    tokenSource: {
      user: async () => ({ name: 'Riley Referrer', email: 'riley.referrer@sandbox.test' }),
      getToken: async () => 'token',
    },
    now: () => NOW,
    theme: 'light',
    indexedDB,
    newId: () => '00000000-0000-4000-8000-000000000001',
    graphBaseUrl: 'https://graph.example/v1.0',
  };
}

export type Mounted = {
  readonly props: FilingHostProps;
  /** The referrer presses File: the App hands a new request to the host. */
  file(request: FileRequest): void;
  unmount(): void;
};

export function mountHost(
  h: HostContext,
  props: Partial<FilingHostProps> & Pick<FilingHostProps, 'loadService'>,
): Mounted {
  const full: FilingHostProps = {
    onOpen: jest.fn(),
    onClose: jest.fn(),
    onFiled: jest.fn(async () => undefined),
    onOpenMyReferrals: jest.fn(),
    ...props,
  };
  const ui = (request?: FileRequest) => (
    <FluentProvider theme={webLightTheme}>
      <HostProvider value={h}>
        <AnnouncerProvider>
          <FilingHost {...full} {...(request ? { request } : {})} />
        </AnnouncerProvider>
      </HostProvider>
    </FluentProvider>
  );
  const view = render(ui(full.request));
  return { props: full, file: (request) => view.rerender(ui(request)), unmount: () => view.unmount() };
}
