import type { CustomerActivityView } from '../../domain/route.js';

/** What a `ca-navigate` event carries: where the user is going. */
export interface NavigateDetail {
  /** The view opening: `summary` (going back), `entitlement` (a detail) or `additional-cases`. */
  view: CustomerActivityView;
  /** The entitlement whose detail opens (with `view: 'entitlement'` only). */
  entitlementId?: string;
}

/**
 * `ca-navigate`: the user opened an entitlement's detail or the additional cases, or went back to the summary, with
 * a control of `<customer-activity>`. Cancelable: a host that routes by itself calls `preventDefault()` and the
 * element stays where it is.
 */
export class NavigateEvent extends Event {
  static readonly eventName = 'ca-navigate';
  readonly detail: NavigateDetail;
  constructor(detail: NavigateDetail) {
    super(NavigateEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ca-navigate': NavigateEvent;
  }
}
