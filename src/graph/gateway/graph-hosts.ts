// Graph's national-cloud hosts (as the SDK's GRAPH_URLS); tokens go to these and to the configured custom hosts only,
// never to pre-authenticated upload URLs or anywhere else: the SDK's auth middleware attaches tokens only to hosts it is told of.
const GRAPH_HOSTS = new Set([
  'graph.microsoft.com',
  'graph.microsoft.us',
  'dod-graph.microsoft.us',
  'graph.microsoft.de',
  'microsoftgraph.chinacloudapi.cn',
  'canary.graph.microsoft.com',
]);

/** True when `url` is https on a Graph host or one of `customHosts` (host or host:port, as the SDK takes them). */
export function isTokenHost(url: string, customHosts: ReadonlySet<string>): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  const host = parsed.hostname.toLowerCase();
  return GRAPH_HOSTS.has(host) || customHosts.has(host) || customHosts.has(parsed.host.toLowerCase());
}

/**
 * The mailbox a Graph URL works on, for the per-mailbox concurrency limit: `me`, or the id / UPN after `users/`
 * (lower-cased); other resources share one key each by their first segment.
 */
export function mailboxKeyOf(url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return 'other';
  }
  const segments = path.split('/').filter(Boolean);
  const at = segments.findIndex((s) => /^(v1\.0|beta)$/i.test(s));
  const rest = at >= 0 ? segments.slice(at + 1) : segments;
  const [first, second] = rest;
  if (!first) return 'other';
  if (first.toLowerCase() === 'me') return 'me';
  // users/{id}, or the key-as-segment form users('{id}')
  const keyed = /^users\('?([^')]*)'?\)$/i.exec(first);
  const user = keyed ? keyed[1] : first.toLowerCase() === 'users' ? second : undefined;
  if (user) {
    try {
      return `users/${decodeURIComponent(user).toLowerCase()}`;
    } catch {
      return `users/${user.toLowerCase()}`;
    }
  }
  return first.toLowerCase();
}
