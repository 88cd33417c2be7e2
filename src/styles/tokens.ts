import { css } from 'lit';

/**
 * The design tokens. A host themes every element by setting the public `--ca-*` custom properties (from `:root`
 * or any ancestor). Each is copied once into a private `--_*` variable with its default, and the rules use only
 * the private ones. Defaults follow the page's `color-scheme` through `light-dark()`: a host that sets
 * `color-scheme: dark` gets the dark theme with no other change.
 */
export const tokens = css`
  :host {
    --_color-surface: var(--ca-color-surface, light-dark(#ffffff, #15181c));
    --_color-surface-raised: var(--ca-color-surface-raised, light-dark(#f6f8fa, #1e2228));
    --_color-surface-sunken: var(--ca-color-surface-sunken, light-dark(#eef1f4, #0f1114));
    --_color-border: var(--ca-color-border, light-dark(#d0d7de, #3a414a));
    --_color-text: var(--ca-color-text, light-dark(#1f2328, #e6e9ed));
    --_color-text-muted: var(--ca-color-text-muted, light-dark(#57606a, #a3acb7));
    --_color-accent: var(--ca-color-accent, light-dark(#0a58ca, #6ea8fe));
    --_color-on-accent: var(--ca-color-on-accent, light-dark(#ffffff, #0b1320));
    --_color-focus: var(--ca-color-focus, light-dark(#0a58ca, #8bb9fe));
    --_color-ok: var(--ca-color-ok, light-dark(#1a7f37, #4ac26b));
    --_color-warning: var(--ca-color-warning, light-dark(#9a6700, #d4a72c));
    --_color-critical: var(--ca-color-critical, light-dark(#bc4c00, #f0883e));
    --_color-over: var(--ca-color-over, light-dark(#cf222e, #ff7b72));
    --_color-neutral: var(--ca-color-neutral, light-dark(#6e7781, #8b949e));
    --_color-info: var(--ca-color-info, light-dark(#0969da, #58a6ff));

    --_space-1: var(--ca-space-1, 0.25rem);
    --_space-2: var(--ca-space-2, 0.5rem);
    --_space-3: var(--ca-space-3, 0.75rem);
    --_space-4: var(--ca-space-4, 1rem);
    --_space-5: var(--ca-space-5, 1.5rem);
    --_space-6: var(--ca-space-6, 2rem);

    --_font-family: var(
      --ca-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    --_font-family-mono: var(
      --ca-font-family-mono,
      ui-monospace,
      'SFMono-Regular',
      Menlo,
      Consolas,
      monospace
    );
    --_font-size-s: var(--ca-font-size-s, 0.8125rem);
    --_font-size-m: var(--ca-font-size-m, 0.9375rem);
    --_font-size-l: var(--ca-font-size-l, 1.125rem);
    --_font-size-xl: var(--ca-font-size-xl, 1.5rem);
    --_font-weight-bold: var(--ca-font-weight-bold, 600);

    --_radius-s: var(--ca-radius-s, 4px);
    --_radius-m: var(--ca-radius-m, 8px);
    --_radius-l: var(--ca-radius-l, 12px);

    --_chart-series-1: var(--ca-chart-series-1, light-dark(#0a58ca, #6ea8fe));
    --_chart-series-2: var(--ca-chart-series-2, light-dark(#1a7f37, #4ac26b));
    --_chart-series-3: var(--ca-chart-series-3, light-dark(#8250df, #c297ff));
    --_chart-series-4: var(--ca-chart-series-4, light-dark(#bc4c00, #f0883e));
    --_chart-series-5: var(--ca-chart-series-5, light-dark(#bf3989, #ff80c8));
    --_chart-series-6: var(--ca-chart-series-6, light-dark(#57606a, #a3acb7));

    color: var(--_color-text);
    font-family: var(--_font-family);
    font-size: var(--_font-size-m);
    line-height: 1.45;
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  button {
    font: inherit;
  }

  @media (forced-colors: active) {
    :host {
      --_color-accent: Highlight;
      --_color-on-accent: HighlightText;
      --_color-focus: Highlight;
      --_color-border: CanvasText;
      --_color-text: CanvasText;
      --_color-text-muted: CanvasText;
      --_color-surface: Canvas;
      --_color-surface-raised: Canvas;
      --_color-surface-sunken: Canvas;
    }
  }
`;

/** Names of the public tokens, for documentation and the theming story. */
export const TOKEN_NAMES = [
  '--ca-color-surface',
  '--ca-color-surface-raised',
  '--ca-color-surface-sunken',
  '--ca-color-border',
  '--ca-color-text',
  '--ca-color-text-muted',
  '--ca-color-accent',
  '--ca-color-on-accent',
  '--ca-color-focus',
  '--ca-color-ok',
  '--ca-color-warning',
  '--ca-color-critical',
  '--ca-color-over',
  '--ca-color-neutral',
  '--ca-color-info',
  '--ca-space-1',
  '--ca-space-2',
  '--ca-space-3',
  '--ca-space-4',
  '--ca-space-5',
  '--ca-space-6',
  '--ca-font-family',
  '--ca-font-family-mono',
  '--ca-font-size-s',
  '--ca-font-size-m',
  '--ca-font-size-l',
  '--ca-font-size-xl',
  '--ca-font-weight-bold',
  '--ca-radius-s',
  '--ca-radius-m',
  '--ca-radius-l',
  '--ca-chart-series-1',
  '--ca-chart-series-2',
  '--ca-chart-series-3',
  '--ca-chart-series-4',
  '--ca-chart-series-5',
  '--ca-chart-series-6',
] as const;
