// office.js comes from Microsoft's CDN and cannot be bundled. A blocking <script> tag that hangs (a proxy holding the
// connection) would leave the pane blank until the browser gives up, so the page adds it itself, async, and the
// start-up's 3 s timeout covers a script that fails, hangs or never calls back.
import type { OfficeLike } from './office-like';

export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

type OfficeWindow = { readonly Office?: OfficeLike; readonly document: Document };

/**
 * Adds the office.js script and resolves with window.Office once it has run, or undefined when it fails to load.
 * While the script hangs it stays pending: the caller races it against its timeout.
 */
export function loadOfficeJs(win: OfficeWindow, src: string = OFFICE_JS_URL): Promise<OfficeLike | undefined> {
  if (win.Office) return Promise.resolve(win.Office);
  return new Promise((resolve) => {
    const script = win.document.createElement('script');
    script.src = src;
    script.async = true;
    script.addEventListener('load', () => resolve(win.Office));
    script.addEventListener('error', () => resolve(undefined));
    win.document.head.appendChild(script);
  });
}
