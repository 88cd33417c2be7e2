import { html, svg, type TemplateResult } from 'lit';

/**
 * Small inline icons (24×24 viewBox, stroked in `currentColor`), always decorative: the text beside each says the
 * same thing. Wrap them in an element with `aria-hidden="true"`.
 */
export const ICONS = {
  /** A circle with an exclamation mark: errors, over limit. */
  error: svg`<circle cx="12" cy="12" r="9"/><path d="M12 7.5v5.5M12 16.5v.01"/>`,
  /** A triangle with an exclamation mark: warnings. */
  warning: svg`<path d="M12 3.5 2.5 20h19L12 3.5Z"/><path d="M12 10v4.5M12 17.5v.01"/>`,
  /** A check in a circle: fine, within limit. */
  ok: svg`<circle cx="12" cy="12" r="9"/><path d="m8 12.5 2.8 2.7L16 9.5"/>`,
  /** An empty tray: nothing to show. */
  empty: svg`<path d="M3 13.5 5.5 5h13l2.5 8.5V19H3v-5.5Z"/><path d="M3 13.5h5l1.5 2.5h5l1.5-2.5h5"/>`,
  /** A padlock: no access. */
  lock: svg`<rect x="5" y="10.5" width="14" height="10" rx="2"/><path d="M8 10.5V7.5a4 4 0 0 1 8 0v3M12 14.5v2.5"/>`,
  /** A clock: expiring soon. */
  clock: svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3.5 2"/>`,
  /** A crossed circle: expired. */
  ended: svg`<circle cx="12" cy="12" r="9"/><path d="m8.5 8.5 7 7M15.5 8.5l-7 7"/>`,
  /** A chevron pointing down: a disclosure. */
  chevron: svg`<path d="m6 9.5 6 6 6-6"/>`,
} as const;

/** The name of an icon. */
export type IconName = keyof typeof ICONS;

/** An `<svg>` of the named icon, decorative (`aria-hidden`), sized by the font (1em) unless CSS says otherwise. */
export function icon(name: IconName, className = 'icon'): TemplateResult {
  return html`<svg
    class=${className}
    viewBox="0 0 24 24"
    width="1em"
    height="1em"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    ${ICONS[name]}
  </svg>`;
}
