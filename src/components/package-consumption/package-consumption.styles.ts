import { css } from 'lit';

export const packageConsumptionStyles = css`
  :host {
    display: block;
    --_gap: var(--ca-package-consumption-gap, var(--_space-4));
    --_card-padding: var(--ca-package-consumption-card-padding, var(--_space-4));
    --_card-background: var(--ca-package-consumption-card-background, var(--_color-surface));
    --_card-radius: var(--ca-package-consumption-card-radius, var(--_radius-m));
    --_meter-width: var(--ca-package-consumption-meter-width, 15rem);
  }

  /* Filters */

  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space-3) var(--_space-4);
    margin-block-end: var(--_space-4);
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    min-width: 12rem;
    max-width: 100%;
  }

  .field-label {
    padding: 0;
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-bold);
    color: var(--_color-text-muted);
  }

  .select {
    min-height: 2.25rem;
    max-width: 100%;
    padding: var(--_space-1) var(--_space-2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-s);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
  }

  .select:disabled {
    opacity: 0.6;
  }

  .status-filter {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  .segments {
    display: inline-flex;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-s);
    overflow: hidden;
  }

  .segment {
    position: relative;
    display: inline-flex;
  }

  .segment + .segment {
    border-inline-start: 1px solid var(--_color-border);
  }

  /* The radio stays in the accessibility tree and takes focus; the label text is the visible button. */
  .segment input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }

  .segment span {
    display: inline-flex;
    align-items: center;
    min-height: 2.25rem;
    padding: var(--_space-1) var(--_space-3);
    background: var(--_color-surface);
    color: var(--_color-text);
  }

  .segment input:checked + span {
    background: var(--_color-accent);
    color: var(--_color-on-accent);
  }

  .segment input:focus-visible + span {
    outline: 2px solid var(--_color-focus);
    outline-offset: -4px;
  }

  /* The list */

  .count {
    margin: 0 0 var(--_space-2);
    font-size: var(--_font-size-s);
    color: var(--_color-text-muted);
  }

  .count:empty {
    display: none;
  }

  .packages {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
    transition: opacity 0.2s;
  }

  .packages[aria-busy='true'] {
    opacity: 0.6;
  }

  .package {
    display: flex;
    flex-direction: column;
    gap: var(--_space-4);
    padding: var(--_card-padding);
    border: 1px solid var(--_color-border);
    border-radius: var(--_card-radius);
    background: var(--_card-background);
  }

  .package-header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_space-2) var(--_space-4);
  }

  .package-title,
  .package-meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-3);
  }

  .package-name {
    font-size: var(--_font-size-l);
    font-weight: var(--_font-weight-bold);
  }

  .package-status {
    padding: 0 var(--_space-2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-s);
    font-size: var(--_font-size-s);
    color: var(--_color-text-muted);
  }

  .dates {
    font-size: var(--_font-size-s);
    color: var(--_color-text-muted);
  }

  .group {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
  }

  .group-heading {
    font-size: var(--_font-size-m);
    font-weight: var(--_font-weight-bold);
  }

  .note {
    margin: 0;
    color: var(--_color-text-muted);
  }

  /* Consumable services */

  /* Scrolls sideways when the card is narrow; positioned, so the visually hidden texts stay inside it. */
  .table-wrap {
    position: relative;
    overflow-x: auto;
  }

  /* A fixed layout, so the columns of every package line up; the name takes the space left. */
  .entitlements {
    width: 100%;
    min-width: calc(12rem + 4 * 8rem + 2rem + var(--_meter-width));
    table-layout: fixed;
    border-collapse: collapse;
  }

  .entitlements thead th.num {
    width: 8rem;
  }

  .entitlements thead th.consumed {
    width: 10rem;
  }

  .entitlements thead th:last-child {
    width: var(--_meter-width);
  }

  .entitlements th,
  .entitlements td {
    padding: var(--_space-2) var(--_space-3);
    border-block-end: 1px solid var(--_color-border);
    text-align: start;
    vertical-align: top;
  }

  .entitlements thead th {
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-bold);
    color: var(--_color-text-muted);
  }

  .entitlements tbody tr:last-child > * {
    border-block-end: 0;
  }

  .entitlements .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  .entitlements tbody th {
    font-weight: normal;
  }

  .kind,
  .sub {
    display: block;
    font-size: var(--_font-size-s);
    color: var(--_color-text-muted);
  }

  .over {
    color: var(--_color-over);
    font-weight: var(--_font-weight-bold);
  }

  /* Additional benefits */

  .benefits {
    display: flex;
    flex-direction: column;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .benefit {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space-1) var(--_space-4);
    padding: var(--_space-2) var(--_space-3);
    border-block-end: 1px solid var(--_color-border);
  }

  .benefit:last-child {
    border-block-end: 0;
  }

  .benefit-note {
    display: inline-flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    font-size: var(--_font-size-s);
    color: var(--_color-text-muted);
  }

  .benefit-note > span + span::before {
    content: '·';
    margin-inline-end: var(--_space-2);
  }

  .reset {
    min-height: 2.25rem;
    padding: var(--_space-1) var(--_space-4);
    border: 1px solid var(--_color-accent);
    border-radius: var(--_radius-s);
    background: var(--_color-surface);
    color: var(--_color-accent);
    cursor: pointer;
  }

  @media (prefers-reduced-motion: reduce) {
    .packages {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .segment input:checked + span {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
