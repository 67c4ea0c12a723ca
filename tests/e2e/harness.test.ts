// The e2e support itself: a missing build fails loudly, axe findings are readable, the browser reaches nothing but
// the sandbox, and the Office.js stub behaves as Office.js does in a plain browser. Needs no UI build.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createSandbox, type Sandbox } from '../../src/sandbox/sandbox';
import { axeViolations, expectNoAxeViolations, formatViolations } from './support/axe';
import { launchChromium, newContext } from './support/browser';
import { SETUP_MS, TEST_MS } from './support/e2e';
import { blockOfficeJs, stubOfficeJs } from './support/office';
import { BUILD_HINT, newerSource, requireWebBuild } from './support/web-build';

jest.setTimeout(TEST_MS);

describe('requireWebBuild', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'e2e-web-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('fails loudly, naming the build command, when index.html is missing', () => {
    expect(() => requireWebBuild(dir)).toThrow(BUILD_HINT);
    expect(() => requireWebBuild(join(dir, 'nowhere'))).toThrow(/index\.html is missing: run npm run build:web first/);
  });

  it('tells a build older than the sources it was built from', () => {
    const web = join(dir, 'web');
    mkdirSync(web);
    const page = join(web, 'index.html');
    const chunk = join(web, 'app.js');
    writeFileSync(page, '<!doctype html>');
    writeFileSync(chunk, '');
    mkdirSync(join(dir, 'src', 'ui'), { recursive: true });
    const source = join(dir, 'src', 'ui', 'App.tsx');
    writeFileSync(source, 'export {};');
    utimesSync(page, new Date(2026, 0, 1), new Date(2026, 0, 1));
    utimesSync(chunk, new Date(2026, 0, 2), new Date(2026, 0, 2));
    utimesSync(source, new Date(2026, 0, 3), new Date(2026, 0, 3));
    expect(newerSource(web, [join(dir, 'src')])).toBe(source);
    // The newest output file is the build's time (webpack leaves unchanged files, such as the HTML, alone).
    utimesSync(chunk, new Date(2026, 0, 4), new Date(2026, 0, 4));
    expect(newerSource(web, [join(dir, 'src'), join(dir, 'missing')])).toBeUndefined();
  });

  it('names every missing page and accepts a complete build', () => {
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    expect(requireWebBuild(dir)).toBe(dir);
    expect(() => requireWebBuild(dir, ['index.html', 'outlook.html', 'teams.html'])).toThrow(
      /outlook\.html, .*teams\.html are missing/,
    );
  });
});

describe('in Chromium', () => {
  let sandbox: Sandbox;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [sandbox, browser] = await Promise.all([createSandbox({ log: () => undefined }), launchChromium()]);
  }, SETUP_MS);
  afterAll(async () => {
    await Promise.allSettled([browser?.close(), sandbox?.close()]);
  }, SETUP_MS);
  beforeEach(async () => {
    context = await newContext(browser, sandbox.origin);
    page = await context.newPage();
  });
  afterEach(() => context.close());

  const CLEAN =
    '<!doctype html><html lang="en"><head><title>Clean</title></head><body><main><h1>Refer</h1><label>Name <input></label><button>Check referral</button></main></body></html>';

  it('axe passes a clean page', async () => {
    await page.setContent(CLEAN);
    expect(await axeViolations(page)).toEqual([]);
    await expect(expectNoAxeViolations(page, 'a clean page')).resolves.toBeUndefined();
  });

  it('axe reports each violation with its rule, impact, help and the failing element', async () => {
    await page.setContent(
      '<!doctype html><html lang="en"><head><title>Broken</title></head><body><main><h1>Refer</h1>' +
        '<input id="nameless"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" id="pic">' +
        '<p style="color:#bbb;background:#fff">Faint text</p></main></body></html>',
    );
    const violations = await axeViolations(page);
    expect(violations.map((v) => v.id).sort()).toEqual(['color-contrast', 'image-alt', 'label']);
    const message = formatViolations(violations);
    expect(message).toMatch(/- label \(critical\): Form elements must have labels/);
    expect(message).toContain('element: #nameless');
    expect(message).toContain('element: #pic');
    expect(message).toContain('https://dequeuniversity.com/rules/axe/');
    await expect(expectNoAxeViolations(page, 'the broken page')).rejects.toThrow(
      /axe-core found 3 WCAG 2\.2 A\/AA violation\(s\) on the broken page/,
    );
  });

  it('axe excludes nothing: a focusable element hidden from screen readers is reported, a focus guard too', async () => {
    await page.setContent(
      '<!doctype html><html lang="en"><head><title>Guards</title></head><body>' +
        '<i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>' +
        '<main><h1>Refer</h1><div aria-hidden="true" id="hidden-but-focusable"><button>Hidden</button></div></main>' +
        '</body></html>',
    );
    const violations = await axeViolations(page);
    expect(violations.map((v) => [v.id, v.nodes.length])).toEqual([['aria-hidden-focus', 2]]);
  });

  it('axe runs under a strict Content-Security-Policy (the sandbox web view forbids inline scripts)', async () => {
    const response = await page.goto(`${sandbox.origin}/sandbox/`);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    await expectNoAxeViolations(page, 'the sandbox web view');
    expect(await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe)).toBe('object');
  });

  it('refuses requests to anywhere but the sandbox', async () => {
    expect((await page.goto(`${sandbox.origin}/sandbox/personas`))?.status()).toBe(200);
    expect(await page.textContent('body')).toContain('riley.referrer@sandbox.test');
    // no-cors would reach the network and resolve opaquely if the request were let through.
    const outcome = await page.evaluate(() =>
      fetch('https://example.com/', { mode: 'no-cors' }).then(
        () => 'reached',
        () => 'refused',
      ),
    );
    expect(outcome).toBe('refused');
    const other = await context.newPage();
    await expect(other.goto('https://example.com/')).rejects.toThrow(/ERR_BLOCKED_BY_CLIENT/);
  });

  it('stubs Office.js as in a plain browser: onReady gives { host: null, platform: null } and calls back', async () => {
    await stubOfficeJs(page);
    await page.setContent('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
    const info = await page.evaluate(async () => {
      const office = (window as unknown as { Office: { onReady(cb?: (i: unknown) => void): Promise<unknown> } }).Office;
      let called: unknown;
      const resolved = await office.onReady((i) => {
        called = i;
      });
      return { resolved, called };
    });
    expect(info).toEqual({ resolved: { host: null, platform: null }, called: { host: null, platform: null } });
  });

  it('can make Office.js fail to load instead', async () => {
    await blockOfficeJs(page);
    await page.setContent(
      '<script>window.loadFailed = false</script><script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js" onerror="window.loadFailed = true"></script>',
    );
    await page.waitForFunction(() => (window as unknown as { loadFailed: boolean }).loadFailed);
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe('undefined');
  });
});
