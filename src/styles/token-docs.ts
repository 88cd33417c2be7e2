/**
 * What each public design token does. The manifest analyzer copies these descriptions, with the defaults written in
 * `tokens.ts`, into every element's `cssProperties` in `custom-elements.json` (see `scripts/cem-tokens-plugin.mjs`),
 * so Storybook's docs and editors list the whole theming surface on each element. Typed against `TOKEN_NAMES`: a
 * token added there without a description here fails the type-check.
 */
import type { TOKEN_NAMES } from './tokens.js';

export type TokenName = (typeof TOKEN_NAMES)[number];

export const TOKEN_DOCS: Readonly<Record<TokenName, string>> = {
  '--ca-color-surface': 'Background of cards, panels and grids.',
  '--ca-color-surface-raised':
    'Background of headers, hovered rows and raised parts (a shade off the surface).',
  '--ca-color-surface-sunken': 'Background of wells: meter tracks, rows not loaded yet.',
  '--ca-color-border': 'Borders and dividers.',
  '--ca-color-text': 'Body text (every element sets its own `color` from it).',
  '--ca-color-text-muted': 'Secondary text: captions, units, hints.',
  '--ca-color-accent':
    'Links, chosen controls, primary buttons; the fill of a meter with no threshold (as needed).',
  '--ca-color-on-accent': 'Text and icons drawn on the accent colour.',
  '--ca-color-focus': 'The focus ring.',
  '--ca-color-ok': 'Threshold "ok" (under 80 % used) and badges of active packages.',
  '--ca-color-warning': 'Threshold "warning" (80 % used or more) and badges of expiring packages.',
  '--ca-color-critical': 'Threshold "critical" (95 % used or more).',
  '--ca-color-over': 'Over-consumed (more than 100 % used), negative balances and errors.',
  '--ca-color-neutral': 'Neutral states: badges of expired packages.',
  '--ca-color-info': 'Informational accents (reserved: no element uses it yet).',
  '--ca-space-1': 'Smallest space: inside badges, between an icon and its text.',
  '--ca-space-2': 'Small space: between a label and its value.',
  '--ca-space-3': 'Space between related controls.',
  '--ca-space-4': 'Padding inside cards.',
  '--ca-space-5': 'Space between sections.',
  '--ca-space-6': 'Largest space (reserved: no element uses it yet).',
  '--ca-font-family': 'Font of every text.',
  '--ca-font-family-mono': 'Font of identifiers and figures set in monospace.',
  '--ca-font-size-s': 'Small text: captions, badges, grid cells.',
  '--ca-font-size-m': 'Body text.',
  '--ca-font-size-l': 'Headings of cards and sections.',
  '--ca-font-size-xl': 'Large figures and page headings.',
  '--ca-font-weight-bold': 'Weight of headings and emphasized figures.',
  '--ca-radius-s': 'Corner radius of controls and badges.',
  '--ca-radius-m': 'Corner radius of cards.',
  '--ca-radius-l': 'Corner radius of large panels (reserved: no element uses it yet).',
  '--ca-chart-series-1': 'Colour of the first series of a chart.',
  '--ca-chart-series-2': 'Colour of the second series of a chart.',
  '--ca-chart-series-3': 'Colour of the third series of a chart.',
  '--ca-chart-series-4': 'Colour of the fourth series of a chart.',
  '--ca-chart-series-5': 'Colour of the fifth series of a chart.',
  '--ca-chart-series-6': 'Colour of the sixth series of a chart.',
};
