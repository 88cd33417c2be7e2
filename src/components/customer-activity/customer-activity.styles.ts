import { css } from 'lit';

export const customerActivityStyles = css`
  :host {
    display: block;
    --_gap: var(--ca-customer-activity-gap, var(--_space-5));
    --_card-padding: var(--ca-customer-activity-card-padding, var(--_space-4));
    --_card-background: var(--ca-customer-activity-card-background, var(--_color-surface));
    --_card-radius: var(--ca-customer-activity-card-radius, var(--_radius-m));
    --_card-min-width: var(--ca-customer-activity-card-min-width, 14rem);
    --_header-background: var(--ca-customer-activity-header-background, var(--_color-surface-raised));
  }

  [hidden] {
    display: none !important;
  }

  .page {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }

  /* Headings */

  .heading {
    margin: 0;
    font-weight: var(--_font-weight-bold);
    line-height: 1.25;
  }

  .heading.level-0 {
    font-size: var(--_font-size-xl);
  }

  .heading.level-1 {
    font-size: var(--_font-size-l);
  }

  .heading.level-2 {
    font-size: var(--_font-size-m);
  }

  .heading[tabindex]:focus {
    outline: none;
  }

  .heading[tabindex]:focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 4px;
  }

  /* Header */

  .header {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
    padding: var(--_card-padding);
    border: 1px solid var(--_color-border);
    border-radius: var(--_card-radius);
    background: var(--_header-background);
  }

  .selection {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space-3) var(--_space-5);
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    min-width: 0;
    max-width: 100%;
  }

  .contract-field {
    flex: 1 1 24rem;
  }

  .field-label {
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-bold);
    color: var(--_color-text-muted);
  }

  .select {
    min-height: 2.25rem;
    width: 100%;
    max-width: 44rem;
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

  .as-of {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    margin: 0;
    font-size: var(--_font-size-s);
    color: var(--_color-text-muted);
  }

  .as-of-time {
    font-weight: var(--_font-weight-bold);
    color: var(--_color-text);
  }

  .print-only {
    display: none;
  }

  /* Proof of delivery */

  .proof {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-3);
  }

  .proof-label {
    font-weight: var(--_font-weight-bold);
  }

  .proof-status {
    font-size: var(--_font-size-s);
    color: var(--_color-text-muted);
  }

  .proof-status.failed {
    color: var(--_color-over);
  }

  .button {
    display: inline-flex;
    align-items: center;
    min-height: 2.25rem;
    padding: var(--_space-1) var(--_space-4);
    border: 1px solid var(--_color-accent);
    border-radius: var(--_radius-s);
    background: var(--_color-accent);
    color: var(--_color-on-accent);
    cursor: pointer;
  }

  .button.secondary {
    background: var(--_color-surface);
    color: var(--_color-accent);
  }

  .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }

  /* Sections */

  .summary-view {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) * 1.5);
  }

  .section,
  .block {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
    min-width: 0;
  }

  .section {
    gap: var(--_space-4);
  }

  /* Needs attention */

  .attention-list {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .attention-item {
    display: grid;
    grid-template-columns: minmax(9rem, max-content) 1fr;
    gap: var(--_space-1) var(--_space-3);
    align-items: baseline;
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_color-border);
    border-inline-start-width: 4px;
    border-radius: var(--_radius-s);
    background: var(--_card-background);
  }

  .attention-item[data-reason='over'] {
    border-inline-start-color: var(--_color-over);
  }

  .attention-item[data-reason='runs-out'] {
    border-inline-start-color: var(--_color-critical);
  }

  .attention-item[data-reason='expiring-unused'] {
    border-inline-start-color: var(--_color-warning);
  }

  .attention-reason {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-bold);
  }

  .attention-body {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-2);
    min-width: 0;
  }

  .attention-body .sub {
    display: inline;
  }

  .attention-text {
    flex-basis: 100%;
  }

  .attention-none {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    margin: 0;
    color: var(--_color-text-muted);
  }

  .attention-icon {
    display: inline-flex;
  }

  @media (max-width: 40rem) {
    .attention-item {
      grid-template-columns: 1fr;
    }
  }

  .line .outlook {
    margin-top: var(--_space-1);
  }

  .outlook-col {
    width: 14rem;
  }

  .note,
  .intro {
    margin: 0;
    color: var(--_color-text-muted);
  }

  .sub {
    display: block;
    font-size: var(--_font-size-s);
    font-weight: normal;
    color: var(--_color-text-muted);
  }

  .over {
    color: var(--_color-over);
    font-weight: var(--_font-weight-bold);
  }

  .card {
    padding: var(--_card-padding);
    border: 1px solid var(--_color-border);
    border-radius: var(--_card-radius);
    background: var(--_card-background);
  }

  /* Tables: the active contracts and the enterprise entitlements */

  .table-wrap {
    position: relative;
    overflow-x: auto;
  }

  .card.table-wrap {
    padding: 0 var(--_space-2);
  }

  .table {
    width: 100%;
    border-collapse: collapse;
  }

  .table th,
  .table td {
    padding: var(--_space-2) var(--_space-3);
    border-block-end: 1px solid var(--_color-border);
    text-align: start;
    vertical-align: top;
  }

  .table thead th {
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-bold);
    color: var(--_color-text-muted);
    white-space: nowrap;
  }

  .table tbody tr:last-child > * {
    border-block-end: 0;
  }

  .table tbody th {
    font-weight: normal;
  }

  .table .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  .contract-number {
    font-weight: var(--_font-weight-bold);
  }

  .entitlements-table {
    min-width: 52rem;
  }

  .entitlements-table .meter-col {
    width: 13rem;
  }

  /* The summary cards */

  .caption {
    font-size: var(--_font-size-s);
  }

  .summary {
    display: flex;
    flex-direction: column;
    gap: var(--_space-4);
    transition: opacity 0.2s;
  }

  .summary[aria-busy='true'] {
    opacity: 0.6;
  }

  .groups {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-min-width)), 1fr));
    gap: var(--_space-4);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .group-item {
    display: flex;
  }

  .group-card {
    display: flex;
    flex: 1;
    flex-direction: column;
    gap: var(--_space-3);
    min-width: 0;
  }

  .line {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    padding-block-start: var(--_space-2);
    border-block-start: 1px solid var(--_color-border);
  }

  .line-unit {
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-bold);
    color: var(--_color-text-muted);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }

  .figures {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    margin: 0;
  }

  .figure {
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: baseline;
    gap: 0 var(--_space-3);
  }

  .figure dd.sub {
    grid-column: 1 / -1;
  }

  .figure dt {
    color: var(--_color-text-muted);
  }

  .figure dd {
    margin: 0;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  .hours-done {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: var(--_space-3);
    margin: auto 0 0;
    padding-block-start: var(--_space-2);
    border-block-start: 1px solid var(--_color-border);
    font-weight: var(--_font-weight-bold);
  }

  .hours-value {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  /* Additional cases */

  .cases-summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-3);
    padding: var(--_card-padding);
    border: 1px solid var(--_color-border);
    border-radius: var(--_card-radius);
    background: var(--_card-background);
  }

  .cases-count {
    margin: 0;
    font-weight: var(--_font-weight-bold);
  }

  /* Drill-down views */

  .view {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
  }

  .view-nav {
    display: flex;
  }

  /* The view's heading reads like a breadcrumb above the element's own title. */
  .view > .heading {
    font-size: var(--_font-size-s);
    color: var(--_color-text-muted);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }

  .back {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    min-height: 2.25rem;
    padding: var(--_space-1) var(--_space-3);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-s);
    background: var(--_color-surface);
    color: var(--_color-accent);
    font-weight: var(--_font-weight-bold);
    cursor: pointer;
  }

  @media (prefers-reduced-motion: reduce) {
    .summary {
      transition: none;
    }
  }

  /* Print: a clean report of what is on screen — no controls, black on white, cards kept whole. */

  @media print {
    :host {
      color-scheme: light;
      color: #000;
      background: #fff;
    }

    .controls,
    .back {
      display: none !important;
    }

    .print-only {
      display: block;
      margin: 0;
      font-weight: var(--_font-weight-bold);
    }

    .header,
    .card,
    .cases-summary {
      border-color: #888;
      background: #fff;
      color: #000;
    }

    .note,
    .intro,
    .sub,
    .as-of,
    .field-label,
    .line-unit,
    .figure dt,
    .table thead th {
      color: #333;
    }

    .as-of-time,
    .heading {
      color: #000;
    }

    .entitlement-name {
      color: #000;
      text-decoration: none;
    }

    .summary {
      opacity: 1 !important;
    }

    .section {
      break-before: auto;
    }

    .card,
    .group-item,
    .line,
    .table tr,
    ca-state-panel {
      break-inside: avoid;
    }

    .heading {
      break-after: avoid;
    }

    .table-wrap {
      overflow: visible;
    }

    .table {
      font-size: var(--_font-size-s);
    }

    .entitlements-table {
      min-width: 0;
    }

    .entitlements-table .meter-col {
      width: 9rem;
    }

    ca-chart::part(toggle),
    package-consumption::part(filters),
    package-consumption::part(reset) {
      display: none;
    }

    package-consumption::part(entitlement-name) {
      color: #000;
      text-decoration: none;
    }

    package-consumption::part(package) {
      break-inside: avoid;
    }

    /* On paper the packages' tables cannot scroll sideways: let them fit the page. */
    package-consumption::part(entitlements) {
      min-width: 0;
    }
  }

  /* In forced colours the browser would paint a filled button's label in the system text colour on the
     highlight: keep our own pair (the tokens map to Highlight / HighlightText there). */
  @media (forced-colors: active) {
    .button {
      forced-color-adjust: none;
    }
  }
`;
