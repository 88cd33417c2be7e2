import { css } from 'lit';

export const dataGridStyles = css`
  :host {
    display: block;
    --_height: var(--ca-data-grid-height, 480px);
    --_header-background: var(--ca-data-grid-header-background, var(--_color-surface-raised));
    --_row-hover: var(--ca-data-grid-row-hover, var(--_color-surface-raised));
    --_stripe: var(--ca-data-grid-stripe, transparent);
    --_selection: var(--ca-data-grid-selection, color-mix(in srgb, var(--_color-accent) 18%, transparent));
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

  /* Column tools: the chooser, the resize handles. */

  .column-chooser {
    position: relative;
  }

  .column-menu {
    position: absolute;
    inset-block-start: calc(100% + var(--_space-1));
    inset-inline-end: 0;
    z-index: 3;
    min-inline-size: 14rem;
    max-block-size: 22rem;
    overflow: auto;
    padding: var(--_space-3);
    background: var(--_color-surface);
    color: var(--_color-text);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-m);
    box-shadow: 0 4px 16px rgb(0 0 0 / 18%);
  }

  .column-menu fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-1);
  }

  .column-menu legend {
    font-weight: var(--_font-weight-bold);
    font-size: var(--_font-size-s);
    padding: 0;
    margin-block-end: var(--_space-2);
  }

  .column-menu .option {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    cursor: pointer;
  }

  .column-menu .option:has(:disabled) {
    cursor: default;
    color: var(--_color-text-muted);
  }

  .column-menu .hint {
    margin: var(--_space-2) 0;
    font-size: var(--_font-size-s);
    color: var(--_color-text-muted);
  }

  .column-chooser > button[aria-expanded='true'] {
    background: var(--_color-surface-sunken);
  }

  .action:focus-visible,
  .column-menu input:focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }

  .header-cell {
    position: relative;
  }

  .resize-handle {
    position: absolute;
    inset-block: 0;
    inset-inline-end: 0;
    inline-size: 9px;
    cursor: col-resize;
    touch-action: none;
    user-select: none;
  }

  .resize-handle::after {
    content: '';
    position: absolute;
    inset-block: 25%;
    inset-inline-end: 3px;
    inline-size: 2px;
    border-radius: 1px;
    background: var(--_color-border);
  }

  .resize-handle:hover::after,
  .resize-handle:active::after {
    inset-block: 0;
    background: var(--_color-accent);
  }

  /* Selection. Each cell that paints its own background (the pinned one, a selected one) lays the row's tint
     over the surface, so stripes, hover and selection look the same in every cell. */

  .rows > .row {
    --_tint: transparent;
  }

  .rows > .row.odd {
    --_tint: var(--_stripe);
  }

  .rows > .row:hover {
    --_tint: var(--_row-hover);
  }

  .rows > .row > .cell.selected,
  .head .header-cell.selected {
    --_tint: var(--_selection);
    background-image: linear-gradient(var(--_tint), var(--_tint));
  }

  [role='grid'] {
    /* Shift+click selects cells, not text. */
    -webkit-user-select: none;
    user-select: none;
  }

  .cell > .text {
    -webkit-user-select: text;
    user-select: text;
  }

  /* The first shown column stays at the start edge when the columns are wider than the grid. */

  .row > :first-child {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    box-shadow: inset -1px 0 0 var(--_color-border);
  }

  .rows > .row > .cell:first-child {
    background-color: var(--_color-surface);
    background-image: linear-gradient(var(--_tint), var(--_tint));
  }

  .head .header-cell:first-child {
    background-color: var(--_header-background);
  }

  @media (forced-colors: active) {
    .selected {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
  }

  /* Cell templates: badges and "missing" values. */

  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 2px var(--_space-1);
    overflow: hidden;
    max-block-size: var(--_row-height);
  }

  .badge {
    display: inline-block;
    padding: 0 var(--_space-2);
    border: 1px solid var(--_tone);
    border-radius: 999px;
    font-size: var(--_font-size-s);
    line-height: 1.4;
    white-space: nowrap;
    color: var(--_color-text);
    background: color-mix(in srgb, var(--_tone) 8%, transparent);
    --_tone: var(--_color-neutral);
  }

  .badge[data-tone='info'] {
    --_tone: var(--_color-info);
  }

  .badge[data-tone='warning'] {
    --_tone: var(--_color-warning);
  }

  .badge[data-tone='critical'] {
    --_tone: var(--_color-critical);
  }

  .missing {
    color: var(--_color-critical);
    font-style: italic;
  }

  .unit {
    color: var(--_color-text-muted);
    margin-inline-start: 0.25em;
  }
`;
