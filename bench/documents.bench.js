'use strict';
// Document rendering: referral.json, the HTML email body and referral.pdf for one service mailbox.
// Budget: PDF generation never blocks the page for more than 50 ms at a time (the renderer yields to its host;
// the card also runs it in a Web Worker). Measured on dist/node: `npm run build:node` first.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { monitorEventLoopDelay } = require('node:perf_hooks');
const { buildFiledReferral, referralJson, renderHtmlBody, renderPdf } = require('../dist/node/documents');
const { catalogue, CATALOGUE_VERSION } = require('../dist/node/catalogues');

const font = new Uint8Array(fs.readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')));
const boldFont = new Uint8Array(fs.readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')));
const example = JSON.parse(fs.readFileSync(path.join(__dirname, '../docs/examples/referral.json'), 'utf8'));
const options = {
  mailbox: 'Family.Hub.Referrals@lewisham.gov.uk',
  serviceIds: ['lewisham.nvr'],
  catalogueVersion: CATALOGUE_VERSION,
  filedAt: new Date('2026-11-23T09:45:00Z'),
};

const typical = buildFiledReferral(example, catalogue, options);

// Hostile and long: markup, overrides, emoji and controls in the free text, 20,000-character notes and reason,
// and a 10,000-character name (past the schema's 200, as a document from elsewhere might hold).
const HOSTILE = '<script>alert(1)</script> \u202Eexe.txt 😀🦄 \u0007\u0000 שלום مرحبا ';
const long = (n) => (HOSTILE + 'words of a long chronology '.repeat(40) + '\n').repeat(Math.ceil(n / 1200)).slice(0, n);
const hostileReferral = {
  ...example,
  people: example.people.map((p) => ({ ...p, name: `${HOSTILE}${p.name}`.slice(0, 200) })),
  reason: long(20000),
  notes: long(20000),
  consent: { given: false, lawfulBasis: 'safeguarding', reason: long(4000) },
  support: {
    ...example.support,
    previous: Array.from({ length: 20 }, (_, i) => ({ service: `${HOSTILE} service ${i}`, outcome: long(1000) })),
  },
};
const hostileValid = buildFiledReferral(hostileReferral, catalogue, options);
const hostile = JSON.parse(JSON.stringify(hostileValid));
hostile.referral.people[0].name = `N${'W'.repeat(9998)}Z`;

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1] };
}
const ms = (x) => `${x.toFixed(1)} ms`;

// The renderer before referral.pdf was tagged (pdf-lib, untagged), measured on 7 December 2026 on the same 2-core
// machine (README, Benchmarks): printed beside today's figures so the cost of tagging stays visible.
const PDF_LIB_BEFORE = { typical: 30.6, typicalP95: 56.9, hostile: 163.5, hostileP95: 240.8, date: '7 Dec 2026' };

/** One PDF, with the longest stretch between the renderer's yields and the longest event-loop stall. */
async function pdfOnce(doc) {
  let longestSlice = 0;
  let resumed = performance.now();
  const yieldToHost = () => {
    longestSlice = Math.max(longestSlice, performance.now() - resumed);
    return new Promise((resolve) =>
      setTimeout(() => {
        resumed = performance.now();
        resolve();
      }, 0),
    );
  };
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  const t = performance.now();
  const bytes = await renderPdf(doc, catalogue, { font, boldFont, yieldToHost });
  const total = performance.now() - t;
  longestSlice = Math.max(longestSlice, performance.now() - resumed);
  loop.disable();
  // The histogram counts from the timer's due time: its max is the longest time the loop could not run.
  return { total, longestSlice, stall: loop.max / 1e6, bytes: bytes.byteLength };
}

function timeSync(f, runs) {
  const samples = [];
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    f();
    samples.push(performance.now() - t);
  }
  return stats(samples);
}

async function pdfRuns(doc, runs) {
  const results = [];
  for (let i = 0; i < runs; i += 1) results.push(await pdfOnce(doc));
  return results;
}

(async () => {
  // Wall-clock slices grow when other processes share the CPU: say how busy the machine was.
  console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)} at the start`);
  const cold = await pdfOnce(typical);
  const typicalRuns = await pdfRuns(typical, 30);
  const hostileRuns = await pdfRuns(hostile, 8);
  const typicalBytes = await renderPdf(typical, catalogue, { font, boldFont });
  const hostileBytes = await renderPdf(hostile, catalogue, { font, boldFont });

  const t = stats(typicalRuns.map((r) => r.total));
  const h = stats(hostileRuns.map((r) => r.total));
  // Per render, its longest slice; the median of those is the steady figure, the worst shows the machine's noise too.
  const longest = (runs, key) => {
    const st = stats(runs.map((r) => r[key]));
    return `median ${ms(st.median)}, worst ${ms(st.max)}`;
  };
  console.log(
    `PDF (pdfkit, tagged), typical referral (${typicalBytes.byteLength} bytes): median ${ms(t.median)}, p95 ${ms(t.p95)} (30 runs)`,
  );
  console.log(
    `  pdf-lib before (untagged, ${PDF_LIB_BEFORE.date}): median ${ms(PDF_LIB_BEFORE.typical)}, p95 ${ms(PDF_LIB_BEFORE.typicalP95)}`,
  );
  console.log(
    `PDF (pdfkit, tagged), hostile long referral (${hostileBytes.byteLength} bytes): median ${ms(h.median)}, p95 ${ms(h.p95)} (8 runs)`,
  );
  console.log(
    `  pdf-lib before (untagged, ${PDF_LIB_BEFORE.date}): median ${ms(PDF_LIB_BEFORE.hostile)}, p95 ${ms(PDF_LIB_BEFORE.hostileP95)}`,
  );
  console.log(`PDF, first render in a fresh process (fonts parsed, code cold): ${ms(cold.total)}`);
  console.log(
    `longest slice between yields, per render: typical ${longest(typicalRuns, 'longestSlice')}; hostile ${longest(hostileRuns, 'longestSlice')}; first render ${ms(cold.longestSlice)}  [budget: 50 ms]`,
  );
  console.log(
    `longest event-loop stall (the file's final writing included), per render: typical ${longest(typicalRuns, 'stall')}; hostile ${longest(hostileRuns, 'stall')}; first render ${ms(cold.stall)}  [budget: 50 ms]`,
  );
  const html = timeSync(() => renderHtmlBody(typical, catalogue), 300);
  const htmlHostile = timeSync(() => renderHtmlBody(hostile, catalogue), 50);
  const json = timeSync(() => referralJson(typical), 300);
  const jsonHostile = timeSync(() => referralJson(hostileValid), 50);
  const build = timeSync(() => buildFiledReferral(example, catalogue, options), 300);
  console.log(
    `HTML body: typical median ${ms(html.median)}, p95 ${ms(html.p95)}; hostile median ${ms(htmlHostile.median)}, p95 ${ms(htmlHostile.p95)}`,
  );
  console.log(
    `referral.json: typical median ${ms(json.median)}, p95 ${ms(json.p95)}; hostile median ${ms(jsonHostile.median)}, p95 ${ms(jsonHostile.p95)}`,
  );
  console.log(`buildFiledReferral (validate + verdicts): median ${ms(build.median)}, p95 ${ms(build.p95)}`);
})().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
