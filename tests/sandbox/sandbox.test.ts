// Persistence across restarts with a data folder, and start-up refusals.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSandbox } from '../../src/sandbox/sandbox';
import { LEWISHAM_MAILBOX, LEWISHAM_MANAGER, REFERRER, startHarness } from '../conformance/support';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sandbox-data-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('mail, attachments, channel posts, the certificate and tokens survive a restart', async () => {
  const first = await startHarness({ dataDir: dir });
  const token = await first.token(REFERRER);
  const referrer = await first.client({ token });
  await referrer.api('/me/sendMail').post({
    message: {
      subject: 'Persisted',
      toRecipients: [{ emailAddress: { address: LEWISHAM_MAILBOX } }],
      attachments: [
        {
          '@odata.type': '#microsoft.graph.fileAttachment',
          name: 'a.txt',
          contentBytes: Buffer.from('kept').toString('base64'),
        },
      ],
    },
  });
  const team = first.sandbox.seed.teams[0] as (typeof first.sandbox.seed.teams)[number];
  const channel = team.channels[0] as { id: string };
  const manager = await first.client(LEWISHAM_MANAGER);
  await manager
    .api(`/teams/${team.id}/channels/${encodeURIComponent(channel.id)}/messages`)
    .post({ body: { content: 'kept post' } });
  const cert = first.sandbox.certificatePem;
  await first.close();
  expect((await stat(join(dir, 'tls', 'key.pem'))).mode & 0o077).toBe(0);

  const second = await startHarness({ dataDir: dir });
  try {
    expect(second.sandbox.certificatePem).toBe(cert);
    const again = await second.client({ token });
    const sent = (await again.api('/me/mailFolders/sentitems/messages').get()) as { value: { subject: string }[] };
    expect(sent.value.map((m) => m.subject)).toEqual(['Persisted']);
    const m2 = await second.client(LEWISHAM_MANAGER);
    const inbox = (await m2.api(`/users/${LEWISHAM_MAILBOX}/messages`).expand('attachments').get()) as {
      value: { attachments: { contentBytes: string }[] }[];
    };
    expect(Buffer.from(inbox.value[0]?.attachments[0]?.contentBytes ?? '', 'base64').toString()).toBe('kept');
    const posts = (await m2.api(`/teams/${team.id}/channels/${encodeURIComponent(channel.id)}/messages`).get()) as {
      value: { id: string; body: { content: string } }[];
    };
    expect(posts.value.map((p) => p.body.content)).toEqual(['kept post']);
    // New posts keep increasing ids after a restart.
    const next = (await m2
      .api(`/teams/${team.id}/channels/${encodeURIComponent(channel.id)}/messages`)
      .post({ body: { content: 'later' } })) as { id: string };
    expect(Number(next.id)).toBeGreaterThan(Number(posts.value[0]?.id));
  } finally {
    await second.close();
  }
});

test('a second sandbox on the same data folder is refused while the first runs', async () => {
  const first = await startHarness({ dataDir: dir });
  try {
    await expect(createSandbox({ dataDir: dir, log: () => undefined })).rejects.toMatchObject({ code: 'StoreLocked' });
  } finally {
    await first.close();
  }
});

test('persona config that names unknown mailboxes or groups is refused at start', async () => {
  const persona = {
    id: 'p1',
    upn: 'x@sandbox.test',
    displayName: 'X',
    roles: ['team-manager' as const],
    mailboxAccess: ['nobody@nowhere.example'],
    groups: [],
  };
  await expect(createSandbox({ personas: [persona] })).rejects.toThrow(/not a shared mailbox/);
  await expect(
    createSandbox({ personas: [{ ...persona, mailboxAccess: [], groups: ['no-such-group'] }] }),
  ).rejects.toThrow(/not in the seed/);
});

test('a damaged record in the log is reported at start-up with its offset; the mail around it is kept', async () => {
  const first = await startHarness({ dataDir: dir });
  const referrer = await first.client(REFERRER);
  for (const subject of ['before', 'damaged', 'after'])
    await referrer.api('/me/messages').post({ subject, body: { contentType: 'Text', content: subject } });
  await first.close();
  const log = join(dir, 'store', 'data.log');
  const bytes = await readFile(log);
  const at = bytes.indexOf('"subject":"damaged"');
  bytes.writeUInt8((bytes[at + 13] as number) ^ 0x01, at + 13);
  await writeFile(log, bytes);
  const lineStart = bytes.lastIndexOf(0x0a, at) + 1;

  const second = await startHarness({ dataDir: dir });
  try {
    expect(second.sandbox.notices).toHaveLength(1);
    expect(second.sandbox.notices[0]).toContain(`1 unreadable record`);
    expect(second.sandbox.notices[0]).toContain(`at byte offset ${lineStart}`);
    const subjects = (
      (await (await second.client(REFERRER)).api('/me/messages').get()) as { value: { subject: string }[] }
    ).value
      .map((m) => m.subject)
      .sort();
    expect(subjects).toEqual(['after', 'before']);
  } finally {
    await second.close();
  }
});

test('the data folder and its keys are readable by their owner only', async () => {
  const s = await createSandbox({ dataDir: dir, log: () => undefined });
  await s.close();
  const mode = async (p: string) => (await stat(p)).mode & 0o777;
  expect(await mode(dir)).toBe(0o700);
  expect(await mode(join(dir, 'token-key.pem'))).toBe(0o600);
  expect(await mode(join(dir, 'tls', 'key.pem'))).toBe(0o600);
  expect(await mode(join(dir, 'store'))).toBe(0o700);
});
