// axe-core in the page under test, WCAG 2.0/2.1/2.2 A and AA, with no rule or element excluded (axe-core reports
// nothing on every screen).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

export const WCAG_TAGS: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export type AxeViolation = Pick<Result, 'id' | 'impact' | 'help' | 'helpUrl'> & {
  nodes: { target: string[]; failureSummary: string }[];
};

let source: string | undefined;
function axeSource(): string {
  source ??= readFileSync(join(dirname(require.resolve('axe-core')), 'axe.min.js'), 'utf8');
  return source;
}

/** Runs axe on the whole page; returns the violations (empty when the page passes). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated over the DevTools protocol, so a page's Content-Security-Policy cannot block the injection.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource());
  await settleTransitions(page);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } })
      .axe;
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: [...tags] },
      resultTypes: ['violations'],
    });
    return results.violations
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({
          target: n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))),
          failureSummary: n.failureSummary ?? '',
        })),
      }))
      .filter((v) => v.nodes.length > 0);
  }, WCAG_TAGS);
}

/**
 * Waits (at most a second) for running CSS transitions to end: a colour caught half-way between a button's
 * disabled and enabled look is a contrast failure that no person would see. Endless animations (spinners) are
 * not transitions, so they are not waited for.
 */
async function settleTransitions(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const running = document.getAnimations().filter((a) => a instanceof CSSTransition && a.playState === 'running');
    const ended = Promise.all(running.map((a) => a.finished.catch(() => undefined)));
    await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 1000))]);
  });
}

/** One readable block per violation: rule id, impact, help, and every failing element's selector. */
export function formatViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `    element: ${n.target.join(', ')}\n      ${n.failureSummary.replace(/\n/g, '\n      ')}`)
        .join('\n');
      return `- ${v.id} (${v.impact ?? 'unknown impact'}): ${v.help}\n    ${v.helpUrl}\n${nodes}`;
    })
    .join('\n');
}

/** Fails with the list of violations on `screen` (a name for the message, e.g. "the DASH checklist"). */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length > 0) {
    throw new Error(
      `axe-core found ${violations.length} WCAG 2.2 A/AA violation(s) on ${screen} (${page.url()}):\n${formatViolations(violations)}`,
    );
  }
}
