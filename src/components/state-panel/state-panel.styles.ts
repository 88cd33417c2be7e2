import { css } from 'lit';

export const statePanelStyles = css`
  :host {
    display: block;
    --_padding: var(--ca-state-panel-padding, var(--_space-5));
    --_icon-size: var(--ca-state-panel-icon-size, 2rem);
    --_accent: var(--ca-state-panel-accent, var(--_color-text-muted));
  }

  .panel {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--_space-2);
    padding: var(--_padding);
    text-align: center;
    color: var(--_color-text);
  }

  .panel[data-state='loading'] {
    flex-direction: row;
    justify-content: center;
    color: var(--_color-text-muted);
  }

  .icon {
    width: var(--_icon-size);
    height: var(--_icon-size);
    color: var(--_accent);
    flex: none;
  }

  .panel[data-state='error'] .icon {
    color: var(--_color-over);
  }

  .heading {
    margin: 0;
    font-size: var(--_font-size-l);
    font-weight: var(--_font-weight-bold);
  }

  .panel[data-state='loading'] .heading {
    font-size: var(--_font-size-m);
    font-weight: normal;
  }

  .message {
    margin: 0;
    max-width: 60ch;
    color: var(--_color-text-muted);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: var(--_space-2);
  }

  .retry {
    min-height: 2.25rem;
    padding: var(--_space-1) var(--_space-4);
    border: 1px solid var(--_color-accent);
    border-radius: var(--_radius-s);
    background: var(--_color-accent);
    color: var(--_color-on-accent);
    cursor: pointer;
  }

  .retry:hover {
    filter: brightness(1.1);
  }

  .spinner {
    width: 1.25rem;
    height: 1.25rem;
    flex: none;
    border: 2px solid var(--_color-border);
    border-top-color: var(--_color-accent);
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
  }

  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
      border-style: dotted;
    }
  }

  /* In forced colours the browser would paint this filled button's label in the system text colour on the
     highlight: keep our own pair (the tokens map to Highlight / HighlightText there). */
  @media (forced-colors: active) {
    .retry {
      forced-color-adjust: none;
    }
  }
`;
