// The web view at /sandbox/: accessible HTML, every value escaped, attachments downloadable byte for byte.
import { type Harness, LEWISHAM_MAILBOX, REFERRER, startHarness } from '../../conformance/support';

const HOSTILE = `<img src=x onerror="alert('x')">&"`;

let h: Harness;
let messageId: string;
const bytes = Buffer.from([0, 1, 2, 255, 254, 60, 115, 99, 114, 105, 112, 116, 62]);

beforeAll(async () => {
  h = await startHarness();
  const referrer = await h.client(REFERRER);
  await referrer.api('/me/sendMail').post({
    message: {
      subject: HOSTILE,
      body: { contentType: 'HTML', content: `<p>Body ${HOSTILE}</p><script>alert(1)</script>` },
      toRecipients: [
        { emailAddress: { address: LEWISHAM_MAILBOX } },
        { emailAddress: { address: 'far.away@elsewhere.example', name: HOSTILE } },
      ],
      attachments: [
        {
          '@odata.type': '#microsoft.graph.fileAttachment',
          name: `r "é" ${HOSTILE}.bin`,
          contentType: 'application/octet-stream',
          contentBytes: bytes.toString('base64'),
        },
      ],
    },
  });
  const manager = await h.client('manager.lewisham@sandbox.test');
  const inbox = (await manager.api(`/users/${LEWISHAM_MAILBOX}/mailFolders/inbox/messages`).get()) as {
    value: { id: string }[];
  };
  messageId = (inbox.value[0] as { id: string }).id;
});
afterAll(() => h.close());

async function page(path: string): Promise<{ status: number; text: string; headers: Headers }> {
  const res = await h.fetch(path);
  return { status: res.status, text: await res.text(), headers: res.headers };
}

function expectAccessible(text: string): void {
  expect(text).toMatch(/<html lang="en-GB">/);
  for (const landmark of ['<header>', '<nav aria-label="Sandbox">', '<main id="main"', '<footer>'])
    expect(text).toContain(landmark);
  expect(text.match(/<h1>/g)).toHaveLength(1);
  // Every table has a caption and column headers.
  const tables = text.match(/<table>/g)?.length ?? 0;
  expect(text.match(/<caption>/g)?.length ?? 0).toBe(tables);
  // Hostile text shows as text: no live element or script comes out of it.
  expect(text).not.toMatch(/<img|<script>alert/);
}

test('home lists mailboxes, channels and external mail, escaped', async () => {
  const home = await page('/sandbox/');
  expect(home.status).toBe(200);
  expect(home.headers.get('content-security-policy')).toContain("default-src 'self'");
  expectAccessible(home.text);
  expect(home.text).toContain(LEWISHAM_MAILBOX);
  expect(home.text).toContain('far.away@elsewhere.example');
  expect(home.text).toContain('&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;&quot;');
  expect(home.text).toContain('Referrals');
});

test('a mailbox page and a message page show the message, its body as text and its attachments', async () => {
  const box = await page(`/sandbox/mailboxes/${encodeURIComponent(LEWISHAM_MAILBOX.toLowerCase())}`);
  expectAccessible(box.text);
  expect(box.text).toContain(`/messages/${messageId}`);
  const msg = await page(`/sandbox/mailboxes/${encodeURIComponent(LEWISHAM_MAILBOX)}/messages/${messageId}`);
  expectAccessible(msg.text);
  // The HTML body shows as text: its tags and script are gone, its characters escaped.
  expect(msg.text).toContain('<pre>Body &amp;&quot;</pre>');
  const link = /href="([^"]*\/attachments\/[^"]+)"/.exec(msg.text)?.[1] as string;
  const download = await h.fetch(link.replace(/&amp;/g, '&'));
  expect(download.status).toBe(200);
  expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="[\w.-]+"; filename\*=UTF-8''/);
  expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
});

test('unknown pages answer an escaped 404 page with the request id', async () => {
  const missing = await page(`/sandbox/mailboxes/${encodeURIComponent('<b>nobody</b>@x')}`);
  expect(missing.status).toBe(404);
  expectAccessible(missing.text);
  expect(missing.text).toContain(`Request id: ${missing.headers.get('request-id')}`);
  expect((await page('/sandbox/nothing/here')).status).toBe(404);
  expect((await page(`/sandbox/mailboxes/${encodeURIComponent(LEWISHAM_MAILBOX)}/messages/nope`)).status).toBe(404);
  expect((await page(`/sandbox/channels/${encodeURIComponent('19:nope@thread.tacv2')}`)).status).toBe(404);
});
