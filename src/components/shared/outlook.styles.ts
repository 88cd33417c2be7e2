import { css } from 'lit';

/**
 * The outlook disclosure of `renderOutlook` (outlook.ts): the sentence beside its icon, coloured by the outlook (the
 * words and the icon say the same, so colour is never the only signal), and the figures behind it — one key away on
 * screen, always shown in print, so the print report carries them for every entitlement.
 */
export const outlookStyles = css`
  .outlook {
    font-size: var(--_font-size-s);
    color: var(--_color-text-muted);
  }

  .outlook-summary {
    display: inline-flex;
    align-items: baseline;
    gap: var(--_space-1);
    cursor: pointer;
    list-style: none;
    border-radius: var(--_radius-s);
  }

  .outlook-summary::-webkit-details-marker {
    display: none;
  }

  .outlook-summary:focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }

  .outlook-icon {
    flex: none;
    align-self: center;
    display: inline-flex;
  }

  .outlook-text {
    text-decoration: underline dotted;
    text-underline-offset: 0.2em;
  }

  .outlook[data-outlook='runs-out'] .outlook-summary {
    color: var(--_color-critical);
  }

  .outlook[data-outlook='exhausted'] .outlook-summary {
    color: var(--_color-over);
  }

  .outlook[data-outlook='underused'] .outlook-summary {
    color: var(--_color-warning);
  }

  .outlook[data-outlook='on-track'] .outlook-summary {
    color: var(--_color-ok);
  }

  .outlook-figures {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    margin: var(--_space-1) 0 0;
    padding: var(--_space-2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-s);
    background: var(--_color-surface-raised);
    color: var(--_color-text);
    text-align: start;
  }

  /* Label and value on one line when they fit; the value wraps below its label in a narrow card. */
  .outlook-figure {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 var(--_space-3);
  }

  .outlook-figure dt {
    color: var(--_color-text-muted);
  }

  .outlook-figure dd {
    margin: 0 0 0 auto;
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }

  /* Printed, the figures behind every outlook are shown (a closed disclosure prints its summary alone). */
  @media print {
    .outlook::details-content {
      content-visibility: visible;
      display: block;
    }

    .outlook-text {
      text-decoration: none;
    }

    /* As a run of text ("Term elapsed: 49 % · Pace: 1.7× …"), so a narrow column stays short. */
    .outlook-figures {
      display: block;
      margin: var(--_space-1) 0 0;
      padding: 0;
      border: none;
      background: none;
      color: #000;
    }

    .outlook-figure {
      display: inline;
    }

    .outlook-figure dt,
    .outlook-figure dd {
      display: inline;
      white-space: normal;
    }

    .outlook-figure dt {
      color: #333;
    }

    .outlook-figure dt::after {
      content: ': ';
    }

    .outlook-figure:not(:last-child)::after {
      content: ' · ';
    }
  }

  @media (forced-colors: active) {
    .outlook .outlook-summary {
      color: CanvasText;
    }
    .outlook-summary:focus-visible {
      outline-color: Highlight;
    }
  }
`;
