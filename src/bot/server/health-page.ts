import type { IncomingMessage, ServerResponse } from 'node:http';
import { escapeHtml } from '../../documents/html/escape-html';
import type { CheckResult, ConfigurationSummary, HealthReport } from './health';

// GET /health: the report as JSON for monitoring (503 while a check fails, which App Service's health check and
// load balancers read), or as a small page for a person when the browser asks for HTML.

export const HEALTH_PATH = '/health';

const SUMMARY_WORDS = {
  ok: 'Working: Microsoft Graph and the storage answer.',
  failing: 'Not working: a check below has failed.',
} as const;

/** HTML for a browser, JSON for everything else; ?format= decides when given. */
export function wantsHtml(url: URL, accept: string | undefined): boolean {
  const format = url.searchParams.get('format');
  if (format === 'html' || format === 'json') return format === 'html';
  return /\btext\/html\b/i.test(accept ?? '');
}

const value = (v: ConfigurationSummary[string]) =>
  typeof v === 'object'
    ? `<ul>${v.map((item) => `<li>${escapeHtml(Object.values(item).join(', '))}</li>`).join('')}</ul>`
    : escapeHtml(String(v));

const checkRow = (c: CheckResult) =>
  `<tr><th scope="row">${escapeHtml(c.label)}</th><td>${c.reachable ? 'Reachable' : 'Not reachable'}</td>` +
  `<td>${c.milliseconds} ms</td><td>${escapeHtml(c.problem ?? '')}</td></tr>`;

/** A page that reads in order with a screen reader: the verdict first, then each check, then the settings. */
export function healthHtml(report: HealthReport): string {
  const settings = Object.entries(report.configuration)
    .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${value(v)}</dd>`)
    .join('');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Referral Card bot: ${report.status === 'ok' ? 'working' : 'not working'}</title>
<style>body{font-family:system-ui,sans-serif;margin:1.5rem;line-height:1.5;max-width:60rem}
table{border-collapse:collapse}th,td{border:1px solid #6b6b6b;padding:.25rem .5rem;text-align:left;vertical-align:top}
dt{font-weight:600}dd{margin:0 0 .5rem 1rem}</style>
</head>
<body>
<main>
<h1>Referral Card bot</h1>
<p role="status"><strong>${SUMMARY_WORDS[report.status]}</strong></p>
<p>Release ${escapeHtml(report.version)}, checked at ${escapeHtml(report.checkedAt)}.</p>
<h2>Checks</h2>
<table>
<caption>Each check waits a few seconds at most.</caption>
<thead><tr><th scope="col">What</th><th scope="col">Result</th><th scope="col">Time</th><th scope="col">Problem</th></tr></thead>
<tbody>${report.checks.map(checkRow).join('')}</tbody>
</table>
<h2>Configuration</h2>
<p>Ids and addresses only: the bot's secret and the storage key are never shown.</p>
<dl>${settings}</dl>
</main>
</body>
</html>
`;
}

/** Answers GET or HEAD /health from `health`; the report is never cached by the browser or a proxy. */
export async function serveHealth(
  req: IncomingMessage,
  res: ServerResponse,
  health: () => Promise<HealthReport>,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://bot');
  const report = await health();
  const html = wantsHtml(url, req.headers.accept);
  const body = html ? healthHtml(report) : `${JSON.stringify(report, null, 2)}\n`;
  res.writeHead(report.status === 'ok' ? 200 : 503, {
    'content-type': html ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    // The page has no script, loads nothing, and may not be framed.
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    vary: 'accept',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
