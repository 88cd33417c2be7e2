import { css } from 'lit';

export const meterStyles = css`
  :host {
    display: block;
    --_height: var(--ca-meter-height, 0.5rem);
    --_track: var(--ca-meter-track, var(--_color-surface-sunken));
    --_fill: var(--_color-accent);
  }

  .meter {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    min-width: 6rem;
  }

  .meter[data-threshold='ok'] {
    --_fill: var(--_color-ok);
  }
  .meter[data-threshold='warning'] {
    --_fill: var(--_color-warning);
  }
  .meter[data-threshold='critical'] {
    --_fill: var(--_color-critical);
  }
  .meter[data-threshold='over'] {
    --_fill: var(--_color-over);
  }

  .track {
    position: relative;
    height: var(--_height);
    border-radius: calc(var(--_height) / 2);
    background: var(--_track);
    box-shadow: inset 0 0 0 1px var(--_color-border);
  }

  .fill {
    height: 100%;
    min-width: 0;
    max-width: 100%;
    border-radius: inherit;
    background: var(--_fill);
  }

  /* The share beyond 100 %: hatched, after the line that marks the purchased amount. */
  .overflow {
    position: absolute;
    inset-block: 0;
    right: 0;
    border-radius: 0 calc(var(--_height) / 2) calc(var(--_height) / 2) 0;
    background: repeating-linear-gradient(
      -45deg,
      var(--_fill) 0 3px,
      color-mix(in srgb, var(--_fill) 55%, var(--_color-surface)) 3px 6px
    );
  }

  .limit,
  .marker {
    position: absolute;
    top: -3px;
    bottom: -3px;
    width: 2px;
    margin-left: -1px;
  }

  .limit {
    background: var(--_color-text);
  }

  .marker {
    background: var(--_color-text-muted);
    outline: 1px solid var(--_color-surface);
  }

  .caption {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_space-2);
    font-size: var(--_font-size-s);
    color: var(--_color-text-muted);
  }

  .status {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    color: var(--_color-text);
  }

  .status .icon {
    color: var(--_fill);
    flex: none;
  }

  .term::before {
    content: '';
    display: inline-block;
    width: 2px;
    height: 0.8em;
    margin-inline-end: var(--_space-1);
    vertical-align: -0.05em;
    background: var(--_color-text-muted);
  }

  .note {
    font-size: var(--_font-size-s);
    color: var(--_color-text-muted);
  }

  @media (forced-colors: active) {
    .fill,
    .limit,
    .marker {
      background: CanvasText;
      forced-color-adjust: none;
    }
    .overflow {
      background: Highlight;
      forced-color-adjust: none;
    }
  }
`;
