/** The only protocols a link from data may use (docs/security.md). */
export const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const;

/** ASCII control characters (C0 and DEL), removed before a URL is judged. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/**
 * The URL as an `href`, when it is an absolute `http:`, `https:` or `mailto:` URL; otherwise `null`.
 *
 * Control characters are removed and surrounding whitespace trimmed before the URL is parsed (as a browser would),
 * so `"  javascript:…"` and `"java\tscript:…"` are judged as the `javascript:` URLs they are, and rejected. Relative
 * URLs, `javascript:`, `data:`, `vbscript:`, `file:`, `blob:` and anything unparsable are rejected. The result is
 * the parsed, normalized `href` (`https://example.com` → `https://example.com/`), so what is judged is exactly what
 * the browser will follow. Pure.
 */
export function safeHref(url: unknown): string | null {
  if (typeof url !== 'string' && !(url instanceof URL)) return null;
  const cleaned = String(url).replace(CONTROL_CHARACTERS, '').trim();
  if (cleaned === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(cleaned);
  } catch {
    return null;
  }
  return (SAFE_PROTOCOLS as readonly string[]).includes(parsed.protocol) ? parsed.href : null;
}
