import type { PackageStatusFilter } from '../../domain/types.js';

/** What a `ca-filter-change` event of `<package-consumption>` carries: the filters now in force. */
export interface PackageFilterChangeDetail {
  /** The contract shown. */
  contractId: string;
  /** The package chosen, or null for every package. */
  packageId: string | null;
  /** The package status filter. */
  status: PackageStatusFilter;
}

/** `ca-filter-change`: the user chose another contract, package or status, or reset the filters. */
export class PackageFilterChangeEvent extends Event {
  static readonly eventName = 'ca-filter-change';
  readonly detail: PackageFilterChangeDetail;
  constructor(detail: PackageFilterChangeDetail) {
    super(PackageFilterChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** What a `ca-entitlement-select` event carries. */
export interface EntitlementSelectDetail {
  /** The entitlement the user selected. */
  entitlementId: string;
}

/** `ca-entitlement-select`: the user selected an entitlement (by click, Enter or Space) to open its detail. */
export class EntitlementSelectEvent extends Event {
  static readonly eventName = 'ca-entitlement-select';
  readonly detail: EntitlementSelectDetail;
  constructor(detail: EntitlementSelectDetail) {
    super(EntitlementSelectEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ca-entitlement-select': EntitlementSelectEvent;
    // 'ca-filter-change' is shared with other elements: src/events.ts declares it as the union of their events.
  }
}
