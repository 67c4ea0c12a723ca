/**
 * @jest-environment jsdom
 */
// The health page a person opens: the verdict first and announced, each check in a table with headers, and axe
// finds nothing to fix.
import axe from 'axe-core';
import { healthHtml, wantsHtml } from '../../../src/bot/server/health-page';
import type { HealthReport } from '../../../src/bot/server/health';

const report: HealthReport = {
  status: 'failing',
  version: '1.2.3',
  checkedAt: '2026-12-07T08:00:00.000Z',
  configuration: {
    botId: '9108d0a2-1132-5f0f-a822-0628a8c8e315',
    pollSeconds: 60,
    mailboxes: [{ mailbox: 'gfpo@council.example.gov.uk', teamId: 't' }],
  },
  checks: [
    { name: 'graph', label: 'Microsoft Graph: the Inbox of <b>x</b>', reachable: true, milliseconds: 40 },
    { name: 'storage', label: 'Storage', reachable: false, milliseconds: 3000, problem: 'It did not answer.' },
  ],
};

function load(html: string) {
  document.open();
  document.write(html);
  document.close();
}

test('the page reads in order and axe finds nothing', async () => {
  load(healthHtml(report));
  expect(document.title).toBe('Referral Card bot: not working');
  expect(document.documentElement.lang).toBe('en-GB');
  expect(document.querySelector('[role=status]')!.textContent).toBe('Not working: a check below has failed.');
  const rows = [...document.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent));
  expect(rows).toEqual([
    ['Microsoft Graph: the Inbox of <b>x</b>', 'Reachable', '40 ms', ''],
    ['Storage', 'Not reachable', '3000 ms', 'It did not answer.'],
  ]);
  expect(document.querySelector('dd li')!.textContent).toBe('gfpo@council.example.gov.uk, t');
  const results = await axe.run(document.documentElement, { rules: { 'color-contrast': { enabled: false } } });
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('a working bot says so', () => {
  load(healthHtml({ ...report, status: 'ok', checks: [] }));
  expect(document.querySelector('[role=status]')!.textContent).toBe('Working: Microsoft Graph and the storage answer.');
});

test.each([
  ['/health', 'text/html,application/xhtml+xml;q=0.9', true],
  ['/health', 'application/json', false],
  ['/health', undefined, false],
  ['/health?format=html', undefined, true],
  ['/health?format=json', 'text/html', false],
  ['/health?format=xml', 'text/html', true],
])('%s with Accept %s is HTML: %s', (path, accept, html) => {
  expect(wantsHtml(new URL(path, 'http://bot'), accept)).toBe(html);
});
