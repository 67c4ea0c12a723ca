/**
 * Splits a URL path into decoded segments, expanding OData key syntax the way Graph accepts it:
 * `users('a@b')/mailFolders('Inbox')` becomes `users / a@b / mailFolders / Inbox`.
 * Returns undefined for malformed percent-encoding.
 */
export function splitPath(pathname: string): string[] | undefined {
  const out: string[] = [];
  for (const raw of pathname.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    const key = /^([A-Za-z$][\w.]*)\('(.*)'\)$/.exec(segment);
    if (key) out.push(key[1] as string, (key[2] as string).replace(/''/g, "'"));
    else out.push(segment);
  }
  return out;
}

export type PathMatch = { params: Record<string, string>; literals: number };

/** Matches segments against a pattern like ['users', '{user}', 'messages']; literals compare case-insensitively. */
export function matchSegments(pattern: readonly string[], segments: readonly string[]): PathMatch | undefined {
  if (pattern.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  let literals = 0;
  for (let i = 0; i < pattern.length; i += 1) {
    const p = pattern[i] as string;
    const s = segments[i] as string;
    if (p.startsWith('{') && p.endsWith('}')) {
      params[p.slice(1, -1)] = s;
    } else if (p.toLowerCase() === s.toLowerCase()) {
      literals += 1;
    } else {
      return undefined;
    }
  }
  return { params, literals };
}
