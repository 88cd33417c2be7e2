import { html, type TemplateResult } from 'lit';
import { safeHref } from './safe-url.js';

/** Options of {@link safeLink}. */
export interface SafeLinkOptions {
  /** Open in a new tab (`target="_blank"`, always with `rel="noopener noreferrer"`). Default false. */
  newTab?: boolean;
  /** The `part` of the link (or of the text that stands in for it). */
  part?: string;
}

/**
 * A link to a URL that came from data: an `<a>` when `safeHref` accepts the URL, else the label as plain text
 * (docs/security.md: anything but `http:`, `https:` or `mailto:` is shown as text). The label is rendered as text.
 */
export function safeLink(url: unknown, label: string, options: SafeLinkOptions = {}): TemplateResult {
  const href = safeHref(url);
  const part = options.part ?? 'link';
  if (href === null) return html`<span part=${part}>${label}</span>`;
  return options.newTab
    ? html`<a part=${part} href=${href} target="_blank" rel="noopener noreferrer">${label}</a>`
    : html`<a part=${part} href=${href}>${label}</a>`;
}
