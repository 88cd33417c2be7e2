import { css } from 'lit';

export const expiryBadgeStyles = css`
  :host {
    display: inline-block;
    --_radius: var(--ca-expiry-badge-radius, 999px);
    --_state-color: var(--_color-neutral);
  }

  .badge {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    padding: 0.125rem var(--_space-2);
    border: 1px solid var(--_state-color);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_state-color) 10%, var(--_color-surface));
    color: var(--_color-text);
    font-size: var(--_font-size-s);
    line-height: 1.4;
    white-space: nowrap;
  }

  .badge[data-expiry='active'] {
    --_state-color: var(--_color-ok);
  }
  .badge[data-expiry='expiring'] {
    --_state-color: var(--_color-warning);
  }
  .badge[data-expiry='expired'] {
    --_state-color: var(--_color-neutral);
  }

  .icon {
    flex: none;
    color: var(--_state-color);
  }

  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
  }
`;
