import { css } from 'lit';

export const chartStyles = css`
  :host {
    display: block;
    --_chart-height: var(--ca-chart-height, 240px);
    --_chart-forced-colors: 0;
  }
  /* Read by the chart's script: under forced colours its lines differ by dash and marker, not by colour. */
  @media (forced-colors: active) {
    :host {
      --_chart-forced-colors: 1;
    }
  }
  figure {
    margin: 0;
  }
  .canvas-box {
    position: relative;
    height: var(--_chart-height);
  }
  canvas {
    display: block;
    width: 100%;
    height: 100%;
  }
  .loading {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
  figcaption {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2);
    margin-block-end: var(--_space-2);
    font-weight: var(--_font-weight-bold);
  }
  .toggle {
    background: none;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-s);
    color: var(--_color-accent);
    padding: var(--_space-1) var(--_space-2);
    font-size: var(--_font-size-s);
    font-weight: normal;
    cursor: pointer;
  }
  .note {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
  .table-box {
    max-height: 20rem;
    overflow: auto;
    margin-block-start: var(--_space-2);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: var(--_font-size-s);
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: var(--_space-1) var(--_space-2);
    border-bottom: 1px solid var(--_color-border);
    text-align: end;
  }
  th:first-child,
  td:first-child {
    text-align: start;
  }
  thead th {
    position: sticky;
    top: 0;
    background: var(--_color-surface);
  }
`;
