export type Links = Partial<Record<'next' | 'prev' | 'first' | 'last', string>> & Record<string, string>;

/**
 * RFC 8288 `Link` header: `<url>; rel="next", <url>; rel="prev"`. Relative URLs are
 * resolved against the request URL so they can be followed as-is. A URL may itself
 * contain commas, so entries are split on the `<` that starts each one.
 */
export function parseLinkHeader(header: string | null, base?: string): Links {
  const links: Links = {};
  if (!header) return links;
  const entry = /<([^>]*)>\s*((?:;\s*[^;,]+)*)/g;
  for (const match of header.matchAll(entry)) {
    const [, url = '', params = ''] = match;
    const rel = /;\s*rel\s*=\s*"?([^";]+)"?/i.exec(params)?.[1];
    if (!rel) continue;
    const resolved = base ? new URL(url, base).toString() : url;
    for (const name of rel.trim().split(/\s+/)) links[name.toLowerCase()] ??= resolved;
  }
  return links;
}
