// Office.js comes from Microsoft's CDN, which a test machine cannot (and must not) reach. Tests either stub it as
// it behaves in a plain browser, or make it fail to load to see the "Office.js missing" message.
import type { BrowserContext, Page, Route } from 'playwright-core';

/** appsforoffice.microsoft.com/lib/1/hosted/office.js and its variants (office.debug.js, beta). */
export const OFFICE_JS_URL =
  /^https:\/\/appsforoffice\.microsoft\.com\/lib\/[^/]+\/hosted\/office(\.debug)?\.js(\?.*)?$/;

/**
 * Office.js outside Office: `Office.onReady` resolves (and calls back) with `{ host: null, platform: null }`,
 * there is no mailbox, and no requirement set is supported.
 */
export const OFFICE_JS_PLAIN_BROWSER_STUB = `(() => {
  const info = Object.freeze({ host: null, platform: null });
  const ready = Promise.resolve(info);
  window.Office = {
    HostType: { Word: 'Word', Excel: 'Excel', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote', Project: 'Project', Access: 'Access' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' },
    CoercionType: { Text: 'text', Html: 'html' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: { requirements: { isSetSupported: () => false }, mailbox: undefined, host: null, platform: null },
    onReady(callback) {
      return ready.then((i) => { if (typeof callback === 'function') callback(i); return i; });
    },
  };
})();`;

type Routable = Pick<Page, 'route'> | Pick<BrowserContext, 'route'>;

export async function stubOfficeJs(target: Routable): Promise<void> {
  await target.route(OFFICE_JS_URL, (route: Route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: OFFICE_JS_PLAIN_BROWSER_STUB }),
  );
}

/** As when a proxy or filter blocks the CDN: the script fails to load. */
export async function blockOfficeJs(target: Routable): Promise<void> {
  await target.route(OFFICE_JS_URL, (route: Route) => route.abort('blockedbyclient'));
}

/** As when a proxy holds the connection open: the script neither loads nor fails. */
export async function hangOfficeJs(target: Routable): Promise<void> {
  await target.route(OFFICE_JS_URL, () => undefined);
}
