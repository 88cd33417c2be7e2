import type { CustomerActivityAdapter } from '../../src/data/adapter.js';

/**
 * An adapter that forwards the seven required methods to `inner`, with some replaced. The optional
 * `getConsumptionTimeline` is not forwarded unless given, so a story also shows the element's own fallback.
 */
export function withOverrides(
  inner: CustomerActivityAdapter,
  overrides: Partial<CustomerActivityAdapter>,
): CustomerActivityAdapter {
  return {
    getSession: (o) => inner.getSession(o),
    listContracts: (q, o) => inner.listContracts(q, o),
    getEnterpriseSummary: (q, o) => inner.getEnterpriseSummary(q, o),
    listPackages: (q, o) => inner.listPackages(q, o),
    getEntitlement: (q, o) => inner.getEntitlement(q, o),
    queryConsumption: (q, o) => inner.queryConsumption(q, o),
    queryAdditionalCases: (q, o) => inner.queryAdditionalCases(q, o),
    ...overrides,
  };
}

/** A promise that never settles until the story is left (its signal aborts): an answer that never arrives. */
export function never<T>(options?: { signal?: AbortSignal }): Promise<T> {
  return new Promise((_resolve, reject) => {
    options?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
  });
}

/** The rejection of a server that cannot be reached. */
export const unreachable = (): Promise<never> => Promise.reject(new TypeError('Failed to fetch'));
