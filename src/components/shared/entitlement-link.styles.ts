import { css } from 'lit';

/** An entitlement's name as a button that reads like a link: it opens the entitlement's detail. */
export const entitlementLinkStyles = css`
  .entitlement-name {
    display: inline;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_color-accent);
    font-weight: var(--_font-weight-bold);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }

  .entitlement-name:hover {
    text-decoration-thickness: 2px;
  }
`;
