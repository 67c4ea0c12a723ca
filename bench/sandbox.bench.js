'use strict';
// The sandbox's load figures: sendMail with a 1 MB attachment from 4 concurrent clients
// for 30 s, and listing a 10,000-message mailbox in pages of 50. The sandbox runs in a child process with a
// disk store in a temp dir, so its peak memory and CPU time are its own: CPU per request still compares two
// builds fairly on a busy machine, where requests per second do not. Needs `npm run build:node` (npm run bench
// does it); BENCH_SANDBOX=<compiled sandbox.js> measures another build.
const { spawn } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { Agent, fetch: undiciFetch } = require('undici');

const SANDBOX = process.env.BENCH_SANDBOX || path.resolve(__dirname, '../dist/node/sandbox/sandbox.js');
const SEND_SECONDS = Number(process.env.BENCH_SECONDS || 30);
const CLIENTS = 4;
const LIST_SIZE = 10000;
const PAGE = 50;
const SHARED = 'parenting.courses@nottsc.gov.uk';

// The child: start the sandbox, report its origin, answer "stats" with its peak RSS, stop on "close".
const CHILD = `
const { createSandbox } = require(${JSON.stringify(SANDBOX)});
createSandbox({ dataDir: process.argv[1], log: () => undefined }).then((s) => {
  process.send({ origin: s.origin, cert: s.certificatePem });
  process.on('message', async (m) => {
    if (m === 'stats') {
      const u = process.resourceUsage();
      process.send({ maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 });
    }
    if (m === 'close') { await s.close(); process.exit(0); }
  });
});`;

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (n) => `${n.toFixed(1)} ms`;

async function main() {
  if (!fs.existsSync(SANDBOX)) throw new Error('Build first: npm run build:node');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-bench-'));
  const sandbox = spawn(process.execPath, ['-e', CHILD, dir], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const next = () => new Promise((resolve) => sandbox.once('message', resolve));
  const { origin, cert } = await next();
  const dispatcher = new Agent({ connect: { ca: cert }, connections: 16 });
  const call = (p, init = {}) => undiciFetch(`${origin}${p}`, { ...init, dispatcher });
  const token = async (upn) =>
    (
      await (
        await call('/sandbox/token', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ upn }),
        })
      ).json()
    ).access_token;
  const referrer = await token('riley.referrer@sandbox.test');
  const coordinator = await token('coordinator.nottsc@sandbox.test');
  const cpu = async () => {
    sandbox.send('stats');
    return (await next()).cpuMs;
  };

  try {
    // 1. sendMail with a 1 MB attachment (unique bytes each time, so every blob is really written).
    const base = randomBytes(1024 * 1024);
    const latencies = [];
    let errors = 0;
    const until = Date.now() + SEND_SECONDS * 1000;
    const client = async () => {
      while (Date.now() < until) {
        randomBytes(16).copy(base, 0);
        const body = JSON.stringify({
          message: {
            subject: 'Bench referral',
            toRecipients: [{ emailAddress: { address: SHARED } }],
            attachments: [
              {
                '@odata.type': '#microsoft.graph.fileAttachment',
                name: 'referral.pdf',
                contentType: 'application/pdf',
                contentBytes: base.toString('base64'),
              },
            ],
          },
        });
        const t0 = process.hrtime.bigint();
        const res = await call('/graph/v1.0/me/sendMail', {
          method: 'POST',
          headers: { authorization: `Bearer ${referrer}`, 'content-type': 'application/json' },
          body,
        });
        await res.arrayBuffer();
        if (res.status === 202) latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        else errors += 1;
      }
    };
    const cpuBefore = await cpu();
    const started = Date.now();
    await Promise.all(Array.from({ length: CLIENTS }, client));
    const sendCpu = (await cpu()) - cpuBefore;
    const seconds = (Date.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    console.log(`sendMail, 1 MB attachment, ${CLIENTS} concurrent clients, ${seconds.toFixed(1)} s, disk store:`);
    console.log(`  ${latencies.length} sent, ${errors} failed, ${(latencies.length / seconds).toFixed(1)} requests/s`);
    console.log(`  latency p50 ${ms(pct(latencies, 50))}, p95 ${ms(pct(latencies, 95))}`);
    console.log(`  sandbox CPU ${ms(sendCpu / Math.max(1, latencies.length + errors))} per request`);

    // 2. A 10,000-message mailbox, listed in pages of 50 by following @odata.nextLink.
    const have = (
      await (
        await call(`/graph/v1.0/users/${SHARED}/mailFolders/inbox?$select=totalItemCount`, {
          headers: { authorization: `Bearer ${coordinator}` },
        })
      ).json()
    ).totalItemCount;
    const seedStart = Date.now();
    const toSeed = Math.max(0, LIST_SIZE - have);
    const batches = [];
    for (let i = 0; i < toSeed; i += 20) {
      const n = Math.min(20, toSeed - i);
      batches.push({
        requests: Array.from({ length: n }, (_, j) => ({
          id: String(j + 1),
          method: 'POST',
          url: `/users/${SHARED}/mailFolders/inbox/messages`,
          headers: { 'Content-Type': 'application/json' },
          body: {
            subject: `Seeded ${i + j}`,
            body: { contentType: 'Text', content: 'Seeded for the listing benchmark.' },
          },
        })),
      });
    }
    const seeder = async () => {
      for (let b = batches.shift(); b; b = batches.shift()) {
        const res = await call('/graph/v1.0/$batch', {
          method: 'POST',
          headers: { authorization: `Bearer ${coordinator}`, 'content-type': 'application/json' },
          body: JSON.stringify(b),
        });
        await res.arrayBuffer();
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, seeder));
    console.log(`\nseeded ${toSeed} messages by $batch in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`);

    const pages = [];
    const listCpuBefore = await cpu();
    let url = `${origin}/graph/v1.0/users/${SHARED}/mailFolders/inbox/messages?$top=${PAGE}&$select=subject,receivedDateTime,from`;
    let items = 0;
    const listStart = process.hrtime.bigint();
    while (url) {
      const t0 = process.hrtime.bigint();
      const res = await undiciFetch(url, { headers: { authorization: `Bearer ${coordinator}` }, dispatcher });
      const page = await res.json();
      pages.push(Number(process.hrtime.bigint() - t0) / 1e6);
      items += page.value.length;
      url = page['@odata.nextLink'];
    }
    const total = Number(process.hrtime.bigint() - listStart) / 1e6;
    const listCpu = (await cpu()) - listCpuBefore;
    pages.sort((a, b) => a - b);
    console.log(
      `listing ${items} messages, $top=${PAGE}: ${pages.length} pages in ${ms(total)}; per page p50 ${ms(pct(pages, 50))}, p95 ${ms(pct(pages, 95))}`,
    );
    console.log(`  sandbox CPU ${ms(listCpu / pages.length)} per page`);

    sandbox.send('stats');
    const { maxRssKb } = await next();
    console.log(`\nsandbox peak RSS ${(maxRssKb / 1024).toFixed(0)} MB`);
  } finally {
    sandbox.send('close');
    await new Promise((r) => sandbox.once('exit', r));
    await dispatcher.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
