import { css } from 'lit';

export const workspaceFilterStyles = css`
  :host {
    display: inline-block;
    --_panel-width: var(--ca-workspace-filter-panel-width, 18rem);
    --_panel-max-height: var(--ca-workspace-filter-panel-max-height, 20rem);
  }

  .filter {
    position: relative;
    display: inline-block;
  }

  .static {
    display: inline-flex;
    gap: var(--_space-1);
    align-items: baseline;
  }

  .static-label {
    color: var(--_color-text-muted);
  }

  .trigger {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    min-height: 2.25rem;
    padding: var(--_space-1) var(--_space-3);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-s);
    background: var(--_color-surface);
    color: var(--_color-text);
    cursor: pointer;
  }

  .trigger:hover {
    border-color: var(--_color-accent);
  }

  .trigger .icon {
    flex: none;
    transition: transform 120ms ease-out;
  }

  .trigger[aria-expanded='true'] .icon {
    transform: rotate(180deg);
  }

  .panel {
    position: absolute;
    z-index: 10;
    inset-block-start: calc(100% + var(--_space-1));
    inset-inline-start: 0;
    width: var(--_panel-width);
    max-width: calc(100vw - 2 * var(--_space-4));
    padding: var(--_space-3);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-m);
    background: var(--_color-surface);
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.16);
  }

  .panel[hidden] {
    display: none;
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  legend {
    padding: 0;
    margin-block-end: var(--_space-2);
    font-weight: var(--_font-weight-bold);
  }

  .options {
    max-height: var(--_panel-max-height);
    overflow-y: auto;
  }

  .option {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    min-height: 2rem;
    padding: var(--_space-1) var(--_space-2);
    border-radius: var(--_radius-s);
    cursor: pointer;
  }

  .option:hover {
    background: var(--_color-surface-raised);
  }

  .option.all {
    border-block-end: 1px solid var(--_color-border);
    border-radius: 0;
    margin-block-end: var(--_space-1);
  }

  input[type='checkbox'] {
    width: 1rem;
    height: 1rem;
    margin: 0;
    flex: none;
    accent-color: var(--_color-accent);
  }

  .error {
    margin: var(--_space-2) 0 0;
    color: var(--_color-over);
    font-size: var(--_font-size-s);
  }

  .error:empty {
    margin: 0;
  }

  .actions {
    display: flex;
    justify-content: flex-end;
    gap: var(--_space-2);
    margin-block-start: var(--_space-3);
  }

  .actions button {
    min-height: 2rem;
    padding: var(--_space-1) var(--_space-3);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-s);
    background: var(--_color-surface);
    color: var(--_color-text);
    cursor: pointer;
  }

  .actions .apply {
    border-color: var(--_color-accent);
    background: var(--_color-accent);
    color: var(--_color-on-accent);
  }

  .actions .apply[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }

  @media (prefers-reduced-motion: reduce) {
    .trigger .icon {
      transition: none;
    }
  }

  /* In forced colours the browser would paint this filled button's label in the system text colour on the
     highlight: keep our own pair (the tokens map to Highlight / HighlightText there). */
  @media (forced-colors: active) {
    .actions .apply {
      forced-color-adjust: none;
    }
  }
`;
