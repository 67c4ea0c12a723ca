// The card's first screen as HTML, rendered at build time (webpack.config.js) into outlook.html, so the pane shows the
// form's first fields, ready for typing, before any script has run. The card replaces it once it starts
// (first-screen-handover.ts), keeping what was typed and where the cursor was.
import { renderToString } from 'react-dom/server';
import { HostRoot } from '../../ui/app/host-root';
import type { HostInput } from '../../ui/host-context';
import { FIRST_SCREEN_ATTRIBUTE, STARTING_STATUS } from './first-screen-handover';

const never = () => new Promise<never>(() => undefined);

/**
 * What the card is given at build time: nothing it could reach. Rendering to a string runs no effect, so none of this
 * is ever called; the first render reads only the theme, the host's name and the clock.
 */
const buildTimeHost: HostInput = {
  host: 'outlook',
  catalogue: never,
  tokenSource: { user: never, getToken: never },
  now: () => new Date(0),
  theme: 'light',
  indexedDB: undefined as unknown as IDBFactory,
  newId: () => '00000000-0000-4000-8000-000000000000',
};

/** The first screen's markup, and a line that says the card is starting until it has. */
export function renderFirstScreen(): string {
  // What loads on demand (the drafts menu) is left to the card: renderToString marks it with an empty template.
  const card = renderToString(<HostRoot context={buildTimeHost} />).replace(/<template\b[^>]*><\/template>/g, '');
  return `<div ${FIRST_SCREEN_ATTRIBUTE}>${card}<p role="status" style="margin:0;padding:0 12px;font:14px 'Segoe UI',system-ui,sans-serif">${STARTING_STATUS}</p></div>`;
}
