/** The operations of `<entitlement-detail>` named in `ca-error` events. */
export type EntitlementDetailOperation = 'session' | 'entitlement' | 'timeline' | 'history';

/** What a `ca-error` event carries. */
export interface CaErrorDetail {
  /** The error the adapter rejected with (an `AccessDeniedError`, a `NotFoundError`, a network `TypeError` …). */
  error: unknown;
  /**
   * What was being loaded. Each element names its own operations: `<entitlement-detail>` uses `session`,
   * `entitlement`, `timeline` (the chart's data) and `history` (a page of the grid or of an export).
   */
  operation: string;
}

/**
 * `ca-error`: loading data failed (an aborted request never counts). The element shows the failure itself — an
 * error panel with "Try again", or the no-access state — so a host listens only to log or report it. Shared by
 * every element that fires `ca-error`.
 */
export class CaErrorEvent extends Event {
  static readonly eventName = 'ca-error';
  readonly detail: CaErrorDetail;
  constructor(detail: CaErrorDetail) {
    super(CaErrorEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ca-error': CaErrorEvent;
  }
}
