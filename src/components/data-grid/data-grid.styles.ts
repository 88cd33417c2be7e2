import { css } from 'lit';

export const dataGridStyles = css`
  :host {
    display: block;
    --_height: var(--ca-data-grid-height, 480px);
    --_header-background: var(--ca-data-grid-header-background, var(--_color-surface-raised));
    --_row-hover: var(--ca-data-grid-row-hover, var(--_color-surface-raised));
    --_stripe: var(--ca-data-grid-stripe, transparent);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-4);
    margin-block-end: var(--_space-2);
  }

  .search {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
  }

  .search-field {
    position: relative;
    display: inline-flex;
    align-items: center;
  }

  .search input {
    font: inherit;
    color: inherit;
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-s);
    padding: var(--_space-1) calc(var(--_space-2) + 1.75rem) var(--_space-1) var(--_space-2);
    min-inline-size: 14rem;
  }

  .search input::-webkit-search-cancel-button {
    display: none;
  }

  .clear {
    position: absolute;
    inset-inline-end: var(--_space-1);
    inline-size: 1.5rem;
    block-size: 1.5rem;
    display: inline-grid;
    place-items: center;
    border: 0;
    border-radius: var(--_radius-s);
    background: transparent;
    color: var(--_color-text-muted);
    cursor: pointer;
    padding: 0;
  }

  .clear:hover {
    color: var(--_color-text);
    background: var(--_color-surface-sunken);
  }

  .count {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
    margin-inline-end: auto;
  }

  .action {
    font: inherit;
    color: var(--_color-accent);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-s);
    padding: var(--_space-1) var(--_space-3);
    cursor: pointer;
  }

  .action:hover {
    background: var(--_color-surface-raised);
  }

  .export-progress {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    font-size: var(--_font-size-s);
  }

  .viewport {
    block-size: var(--_height);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-m);
    background: var(--_color-surface);
    overflow: hidden;
    position: relative;
  }

  .viewport > ca-state-panel {
    block-size: 100%;
    display: grid;
    place-items: center;
  }

  [role='grid'] {
    block-size: 100%;
    overflow: auto;
    overscroll-behavior: contain;
    scroll-padding-block-start: var(--_row-height);
    position: relative;
  }

  [role='grid'][aria-busy='true'] .body {
    opacity: 0.7;
  }

  .head {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    min-inline-size: var(--_min-width);
    background: var(--_header-background);
    border-block-end: 1px solid var(--_color-border);
  }

  .body {
    position: relative;
    min-inline-size: var(--_min-width);
    /* Size, layout and paint containment: scrolling never relayouts anything outside, and rows that a scaled
       scroll places past the spacer are clipped instead of growing the scroll range. */
    contain: strict;
  }

  .rows {
    position: absolute;
    inset-block-start: 0;
    inset-inline: 0;
  }

  .row {
    display: grid;
    grid-template-columns: var(--_columns);
    block-size: var(--_row-height);
    align-items: stretch;
  }

  .rows > .row {
    position: absolute;
    inset-inline: 0;
    contain: strict;
    border-block-end: 1px solid var(--_color-border);
    background: var(--_color-surface);
  }

  .rows > .row.odd {
    background: var(--_stripe);
  }

  .rows > .row:hover {
    background: var(--_row-hover);
  }

  .rows > .row.detached {
    opacity: 0;
    pointer-events: none;
  }

  .cell,
  .header-cell {
    display: flex;
    align-items: center;
    min-inline-size: 0;
    padding-inline: var(--_space-3);
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }

  .cell > .text {
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .header-cell {
    font-weight: var(--_font-weight-bold);
    font-size: var(--_font-size-s);
    padding-inline: var(--_space-1);
  }

  .header-cell > .label {
    padding-inline: var(--_space-2);
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .end {
    justify-content: flex-end;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  .cell:focus-visible,
  .header-cell:focus-visible,
  .sort:focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: -2px;
  }

  .sort {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    inline-size: 100%;
    block-size: 100%;
    min-inline-size: 0;
    padding: 0 var(--_space-2);
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: inherit;
    cursor: pointer;
    border-radius: var(--_radius-s);
  }

  .end > .sort {
    justify-content: flex-end;
  }

  .sort:hover {
    background: var(--_color-surface-sunken);
  }

  .sort > .label {
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .sort-indicator {
    flex: none;
    inline-size: 0.75em;
    color: var(--_color-text-muted);
  }

  [aria-sort] .sort-indicator {
    color: var(--_color-accent);
  }

  .skeleton {
    display: block;
    inline-size: 60%;
    block-size: 0.75em;
    border-radius: var(--_radius-s);
    background: var(--_color-surface-sunken);
  }

  .end > .skeleton {
    inline-size: 40%;
  }

  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: pulse 1.2s ease-in-out infinite alternate;
    }
  }

  @keyframes pulse {
    to {
      opacity: 0.45;
    }
  }
`;
