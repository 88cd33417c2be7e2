import type { Reason } from '../../domain/types.js';

/** What a `ca-filter-change` event of `<additional-cases>` carries: the reason filter now in force. */
export interface CasesFilterChangeDetail {
  /** The reasons chosen, in the order of `REASONS`; empty for every additional case. */
  reasons: Reason[];
}

/** `ca-filter-change`: the user changed the reason filter of `<additional-cases>`. */
export class CasesFilterChangeEvent extends Event {
  static readonly eventName = 'ca-filter-change';
  readonly detail: CasesFilterChangeDetail;
  constructor(detail: CasesFilterChangeDetail) {
    super(CasesFilterChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/**
 * The operations of `<additional-cases>` named in `ca-error` events: `session`, `contracts` (the contract names),
 * `counts` (the per-reason totals) and `cases` (a page of the grid or of an export).
 */
export type AdditionalCasesOperation = 'session' | 'contracts' | 'counts' | 'cases';

// `ca-error` is the library's shared event (declared with `<entitlement-detail>`), re-exported for this element.
export { CaErrorEvent, type CaErrorDetail } from '../entitlement-detail/events.js';

// 'ca-filter-change' is shared with other elements: src/events.ts declares it as the union of their events.
