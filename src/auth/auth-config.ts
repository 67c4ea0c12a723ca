import { checkAppConfig } from './auth-config-parse';
import type { AppConfig } from './auth-config.schema';
import { TokenSourceError } from './token-source-error';

/** What webpack emits when no REFERRAL_CARD_* variables are set: the local sandbox. */
export const DEFAULT_APP_CONFIG: AppConfig = { auth: { mode: 'sandbox' }, graph: { baseUrl: '/graph/v1.0' } };

/** The file's name next to the pages. */
export const APP_CONFIG_FILE = 'app-config.json';

/** Validates a parsed app-config.json (the contract is auth-config.schema.ts); problems become one sentence naming each field. */
export function parseAppConfig(raw: unknown): AppConfig {
  const checked = checkAppConfig(raw);
  if (checked.ok) return checked.value;
  const fields = checked.problems.map((p) => `${p.path || '(the whole file)'}: ${p.message}`).join('; ');
  throw new TokenSourceError(
    'config-invalid',
    `The app configuration (${APP_CONFIG_FILE}) is not valid — ${fields}. Ask whoever deployed the card to fix it.`,
  );
}

/** Fetches and validates app-config.json at start-up. Never falls back silently: a broken deployment says so. */
export async function loadAppConfig(fetchFn: typeof fetch, url: string): Promise<AppConfig> {
  let response: Response;
  try {
    response = await fetchFn(url, { cache: 'no-store', credentials: 'same-origin' });
  } catch {
    throw new TokenSourceError(
      'config-unreachable',
      `The app configuration (${APP_CONFIG_FILE}) could not be fetched. Check your connection and reload the page.`,
    );
  }
  if (!response.ok) {
    throw new TokenSourceError(
      'config-unreachable',
      `The app configuration (${APP_CONFIG_FILE}) is missing (HTTP ${response.status}). Ask whoever deployed the card to rebuild it.`,
      { status: response.status },
    );
  }
  let raw: unknown;
  try {
    raw = await response.json();
  } catch {
    throw new TokenSourceError(
      'config-invalid',
      `The app configuration (${APP_CONFIG_FILE}) is not JSON. Ask whoever deployed the card to rebuild it.`,
    );
  }
  return parseAppConfig(raw);
}

/** Resolves the Graph base URL against the page (a path such as /graph/v1.0 means this origin); no trailing slash. */
export function graphBaseUrl(config: AppConfig, pageUrl: string): string {
  return new URL(config.graph.baseUrl, pageUrl).href.replace(/\/+$/, '');
}
