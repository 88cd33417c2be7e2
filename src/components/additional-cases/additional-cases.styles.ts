import { css } from 'lit';

export const additionalCasesStyles = css`
  :host {
    display: block;
    --_gap: var(--ca-additional-cases-gap, var(--_space-3));
    --_chip-background: var(--ca-additional-cases-chip-background, var(--_color-surface));
    --_chip-selected-background: var(--ca-additional-cases-chip-selected-background, var(--_color-accent));
    --_chip-selected-color: var(--ca-additional-cases-chip-selected-color, var(--_color-on-accent));
    --_chip-radius: var(--ca-additional-cases-chip-radius, 999px);
    --_badge-background: var(--ca-additional-cases-badge-background, var(--_color-surface-raised));
  }

  /* Reason filter */

  .reason-filter {
    margin: 0 0 var(--_gap);
    padding: 0;
    border: 0;
    min-width: 0;
    transition: opacity 0.2s;
  }

  .reason-filter[aria-busy='true'] .chip-count {
    opacity: 0.5;
  }

  .filter-label {
    padding: 0;
    margin-block-end: var(--_space-2);
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-bold);
    color: var(--_color-text-muted);
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }

  .chip {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    min-height: 2.25rem;
    padding: var(--_space-1) var(--_space-3);
    border: 1px solid var(--_color-border);
    border-radius: var(--_chip-radius);
    background: var(--_chip-background);
    color: var(--_color-text);
    cursor: pointer;
    user-select: none;
  }

  .chip:hover {
    border-color: var(--_color-accent);
  }

  /* The checkbox stays in the accessibility tree and takes focus; the chip is what is seen. */
  .chip input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }

  .chip:has(input:checked) {
    border-color: var(--_chip-selected-background);
    background: var(--_chip-selected-background);
    color: var(--_chip-selected-color);
  }

  .chip:has(input:focus-visible) {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }

  .chip:has(input:checked) .chip-label::before {
    content: '✓';
    margin-inline-end: var(--_space-1);
  }

  .chip-count {
    font-variant-numeric: tabular-nums;
    color: inherit;
    opacity: 0.85;
  }

  /* Legend */

  .legend {
    margin: 0 0 var(--_gap);
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-m);
    background: var(--_color-surface);
  }

  .legend-summary {
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-bold);
    color: var(--_color-text-muted);
    cursor: pointer;
  }

  .legend-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr));
    gap: var(--_space-2) var(--_space-5);
    margin: var(--_space-2) 0 0;
  }

  .legend-item {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space-1);
  }

  .legend-item dd {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    margin: 0;
    font-size: var(--_font-size-s);
    color: var(--_color-text-muted);
  }

  .next-step {
    color: var(--_color-text);
  }

  .next-step-label {
    font-weight: var(--_font-weight-bold);
  }

  .badge {
    display: inline-block;
    padding: 0 var(--_space-2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-s);
    background: var(--_badge-background);
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-bold);
  }

  /* Grid: cells wrap onto up to three lines (the rows are that tall) instead of cutting the text. */

  ca-data-grid::part(cell) {
    font-size: var(--_font-size-s);
    line-height: 1.3;
    white-space: normal;
    overflow-wrap: break-word;
  }

  .hidden-note {
    margin: 0;
    font-size: var(--_font-size-s);
    color: var(--_color-text-muted);
  }

  @media (prefers-reduced-motion: reduce) {
    .reason-filter {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .chip:has(input:checked) {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
