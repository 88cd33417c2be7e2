import { css } from 'lit';

export const entitlementDetailStyles = css`
  :host {
    display: block;
    --_gap: var(--ca-entitlement-detail-gap, var(--_space-4));
    --_card-padding: var(--ca-entitlement-detail-card-padding, var(--_space-4));
    --_card-background: var(--ca-entitlement-detail-card-background, var(--_color-surface));
    --_card-radius: var(--ca-entitlement-detail-card-radius, var(--_radius-m));
    --_accent: var(--ca-entitlement-detail-accent, var(--_color-accent));
  }

  .detail {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    transition: opacity 0.2s;
  }

  .detail[aria-busy='true'] {
    opacity: 0.6;
  }

  /* Header */

  .header {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
  }

  .name {
    font-size: var(--_font-size-xl);
    font-weight: var(--_font-weight-bold);
    line-height: 1.25;
  }

  .kind,
  .description,
  .action {
    margin: 0;
  }

  .kind {
    font-size: var(--_font-size-s);
    color: var(--_color-text-muted);
  }

  .description {
    max-width: 70ch;
  }

  .action a {
    color: var(--_accent);
    font-weight: var(--_font-weight-bold);
    text-underline-offset: 0.2em;
  }

  .action a:hover {
    text-decoration-thickness: 2px;
  }

  .action.unsafe {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-2);
    font-size: var(--_font-size-s);
    color: var(--_color-text-muted);
  }

  .url {
    font-family: var(--_font-family-mono);
    color: var(--_color-text);
    overflow-wrap: anywhere;
  }

  /* Cards */

  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
    gap: var(--_gap);
  }

  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
    min-width: 0;
    padding: var(--_card-padding);
    border: 1px solid var(--_color-border);
    border-radius: var(--_card-radius);
    background: var(--_card-background);
  }

  .section-heading {
    font-size: var(--_font-size-l);
    font-weight: var(--_font-weight-bold);
  }

  .note,
  .as-of {
    margin: 0;
    font-size: var(--_font-size-s);
    color: var(--_color-text-muted);
  }

  /* Balance */

  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
    gap: var(--_space-3) var(--_space-4);
    margin: 0;
  }

  .figure {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
  }

  .figure dt {
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-bold);
    color: var(--_color-text-muted);
  }

  .figure dd {
    margin: 0;
    font-size: var(--_font-size-l);
    font-variant-numeric: tabular-nums;
  }

  .sub {
    display: block;
    font-size: var(--_font-size-s);
    color: var(--_color-text-muted);
  }

  .forecast {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
  }

  .forecast-label {
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-bold);
    color: var(--_color-text-muted);
  }

  .forecast .outlook {
    font-size: var(--_font-size-m);
  }

  .forecast .outlook-figures {
    max-width: 32rem;
  }

  .over {
    color: var(--_color-over);
    font-weight: var(--_font-weight-bold);
  }

  .explanation,
  .included {
    margin: 0;
    max-width: 70ch;
  }

  .included {
    font-weight: var(--_font-weight-bold);
  }

  /* Package and contract */

  .term-list {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
    margin: 0;
  }

  .term-item dt {
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-bold);
    color: var(--_color-text-muted);
  }

  .term-item dd {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-1) var(--_space-2);
    margin: var(--_space-1) 0 0;
  }

  .term-name {
    font-weight: var(--_font-weight-bold);
  }

  .status {
    display: inline-block;
    padding: 0 var(--_space-2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-s);
    font-size: var(--_font-size-s);
    color: var(--_color-text-muted);
  }

  .status::first-letter {
    text-transform: uppercase;
  }

  .dates {
    flex-basis: 100%;
    font-size: var(--_font-size-s);
    color: var(--_color-text-muted);
  }

  /* Chart and history */

  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }

  @media (prefers-reduced-motion: reduce) {
    .detail {
      transition: none;
    }
  }
`;
