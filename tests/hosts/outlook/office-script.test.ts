/** @jest-environment jsdom */
import { OFFICE_JS_URL, loadOfficeJs } from '../../../src/hosts/outlook/office-script';
import type { OfficeLike } from '../../../src/hosts/outlook/office-like';
import { officeMock } from './office-mock';

type Win = { Office?: OfficeLike; document: Document };

afterEach(() => document.head.querySelectorAll('script').forEach((s) => s.remove()));

const added = () => document.head.querySelector<HTMLScriptElement>('script[src]');

describe('loading office.js', () => {
  test('adds one async script from Microsoft’s CDN and resolves with window.Office once it has run', async () => {
    const win: Win = { document };
    const loading = loadOfficeJs(win);
    const script = added();
    expect(script?.src).toBe(OFFICE_JS_URL);
    expect(script?.async).toBe(true);
    const office = officeMock();
    win.Office = office;
    script?.dispatchEvent(new Event('load'));
    await expect(loading).resolves.toBe(office);
  });

  test('resolves with undefined when the script fails to load (blocked by a filter, offline)', async () => {
    const loading = loadOfficeJs({ document });
    added()?.dispatchEvent(new Event('error'));
    await expect(loading).resolves.toBeUndefined();
  });

  test('resolves with undefined when the script loads but defines no Office (a captive portal’s page)', async () => {
    const loading = loadOfficeJs({ document });
    added()?.dispatchEvent(new Event('load'));
    await expect(loading).resolves.toBeUndefined();
  });

  test('uses window.Office at once when it is already there, adding no second script', async () => {
    const office = officeMock();
    await expect(loadOfficeJs({ Office: office, document })).resolves.toBe(office);
    expect(added()).toBeNull();
  });
});
