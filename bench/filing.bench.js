'use strict';
// Filing figures: Graph requests per filing against the budget (draft + send + one per inline
// attachment + upload chunks, + one createUploadSession per large file), and the time to file a referral with a 1 MB
// and with a 12 MB attachment through a sandbox injecting 100 ms of latency on every request. The product's gateway
// (dist/node/graph) files against the in-process sandbox; documents come from dist/node/documents (the real
// referral.json, HTML body, subject and PDF). Needs `npm run build:node` (npm run bench does it).
const fs = require('node:fs');
const path = require('node:path');
const { randomUUID, randomBytes } = require('node:crypto');
const { Agent, fetch: undiciFetch } = require('undici');

const DIST = path.resolve(__dirname, '../dist/node');
const RUNS = Number(process.env.BENCH_RUNS || 5);
const LATENCY_MS = 100;
const MAILBOX = 'Family.Hub.Referrals@lewisham.gov.uk';
const REFERRER = 'riley.referrer@sandbox.test';

/** The HTTP link: undici's fetch with an Agent trusting the sandbox certificate (docs/sandbox.md). */
class UndiciLink {
  constructor(dispatcher) {
    this.dispatcher = dispatcher;
  }
  async execute(context) {
    context.response = await undiciFetch(context.request, { ...context.options, dispatcher: this.dispatcher });
  }
  setNext() {}
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

async function main() {
  for (const part of ['graph/index.js', 'documents/index.js', 'sandbox/sandbox.js']) {
    if (!fs.existsSync(path.join(DIST, part)))
      throw new Error(`Build first: npm run build:node (missing dist/node/${part})`);
  }
  const { createSandbox } = require(path.join(DIST, 'sandbox/sandbox.js'));
  const graph = require(path.join(DIST, 'graph/index.js'));
  const documents = require(path.join(DIST, 'documents/index.js'));
  const { catalogue, CATALOGUE_VERSION } = require(path.join(DIST, 'catalogues/index.js'));
  const example = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../docs/examples/referral.json'), 'utf8'));
  const font = fs.readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));

  const sandbox = await createSandbox({ log: () => undefined });
  const dispatcher = new Agent({ connect: { ca: sandbox.certificatePem } });
  const call = (p, init = {}) => undiciFetch(`${sandbox.origin}${p}`, { ...init, dispatcher });
  const faults = (settings) =>
    call('/sandbox/faults', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(settings),
    });
  // The sandbox's dev sign-in, cached as the product's sandbox token source does (src/auth is browser code).
  let token;
  const tokenSource = {
    async getToken(_scopes, options = {}) {
      if (token && !options.forceRefresh) return token;
      const res = await call('/sandbox/token', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ upn: REFERRER }),
      });
      token = (await res.json()).access_token;
      return token;
    },
  };
  let wire = [];
  const gateway = graph.createGraphGateway({
    baseUrl: sandbox.graphBaseUrl,
    tokenSource,
    scopes: ['Mail.ReadWrite', 'Mail.Send'],
    httpHandler: new UndiciLink(dispatcher),
    onRequest: (e) => wire.push(e),
  });

  /** One referral's documents for the Lewisham mailbox, rendered by src/documents, plus the referrer's file. */
  async function requestWith(userFileBytes) {
    const referral = { ...example, id: randomUUID() };
    const serviceIds = catalogue.services
      .filter((s) => s.mailbox === MAILBOX && referral.services.some((r) => r.serviceId === s.id))
      .map((s) => s.id);
    const doc = documents.buildFiledReferral(referral, catalogue, {
      mailbox: MAILBOX,
      serviceIds,
      catalogueVersion: CATALOGUE_VERSION,
      filedAt: new Date(),
    });
    const json = new TextEncoder().encode(documents.referralJson(doc));
    const pdf = await documents.renderPdf(doc, catalogue, { font, yieldToHost: async () => undefined });
    const file = (id, name, contentType, bytes) => ({
      id,
      name,
      contentType,
      size: bytes.length,
      read: async () => bytes,
    });
    return {
      referralId: doc.referralId,
      reference: doc.reference,
      schemaVersion: doc.schemaVersion,
      kind: doc.kind,
      services: doc.to.services.map((s) => ({ id: s.id, name: s.name })),
      mailbox: MAILBOX,
      subject: documents.subjectFor(doc),
      htmlBody: documents.renderHtmlBody(doc, catalogue),
      files: [
        file('json', 'referral.json', 'application/json', json),
        file('pdf', 'referral.pdf', 'application/pdf', pdf),
        file('own', 'assessment.pdf', 'application/pdf', userFileBytes),
      ],
    };
  }

  function budget(request) {
    const { inlineBelowBytes, rangeBytes } = graph.DEFAULT_SIZE_LIMITS;
    let n = 2; // draft + send
    for (const f of request.files) n += f.size < inlineBelowBytes ? 1 : 1 + Math.ceil(f.size / rangeBytes);
    return n;
  }

  try {
    for (const [label, size] of [
      ['1 MB', 1024 * 1024],
      ['12 MB', 12 * 1024 * 1024],
    ]) {
      const bytes = randomBytes(size);
      // Requests per filing, no latency.
      await call('/sandbox/faults', { method: 'DELETE' });
      let request = await requestWith(bytes);
      wire = [];
      await graph.fileToMailbox(gateway, request);
      const sizes = request.files.map((f) => `${f.name} ${(f.size / 1024).toFixed(0)} KB`).join(', ');
      console.log(`Filing with a ${label} attachment (${sizes}):`);
      console.log(
        `  Graph requests per filing: ${wire.length} (budget ${budget(request)}: draft + send + ${request.files.filter((f) => f.size < graph.DEFAULT_SIZE_LIMITS.inlineBelowBytes).length} inline${size >= graph.DEFAULT_SIZE_LIMITS.inlineBelowBytes ? ` + createUploadSession + ${Math.ceil(size / graph.DEFAULT_SIZE_LIMITS.rangeBytes)} ranges of ≤ 4 MiB` : ''})`,
      );

      // Time to file with 100 ms injected on every Graph and upload request.
      await faults({ latencyMs: LATENCY_MS });
      const times = [];
      for (let i = 0; i < RUNS; i += 1) {
        request = await requestWith(bytes);
        const t0 = process.hrtime.bigint();
        await graph.fileToMailbox(gateway, request);
        times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
      console.log(
        `  time to file with ${LATENCY_MS} ms latency per request: median ${seconds(median(times))} over ${RUNS} runs (min ${seconds(Math.min(...times))}, max ${seconds(Math.max(...times))}); documents rendered before the clock starts`,
      );
    }
  } finally {
    await sandbox.close();
    await dispatcher.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
