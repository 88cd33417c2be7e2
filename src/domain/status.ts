/** Contract status and package expiry (docs/domain-rules.md). */
import { daysBetween } from './dates.js';
import type { Contract, ContractStatus, ContractView, ExpiryState, IsoDate, Package } from './types.js';

/** Days before the end date from which a package is `expiring` (inclusive). */
export const EXPIRING_WITHIN_DAYS = 90;

/** `upcoming` when the contract starts after today, `expired` when it ended before today, else `active`. */
export function contractStatus(
  contract: Pick<Contract, 'startDate' | 'endDate'>,
  today: IsoDate,
): ContractStatus {
  const day = today.slice(0, 10);
  if (contract.startDate.slice(0, 10) > day) return 'upcoming';
  if (contract.endDate.slice(0, 10) < day) return 'expired';
  return 'active';
}

/** A copy of the contract with its status at `today`. */
export function contractView(contract: Contract, today: IsoDate): ContractView {
  return { ...contract, workspaceIds: [...contract.workspaceIds], status: contractStatus(contract, today) };
}

/** The expiry state for a number of days left: `expired` < 0 ≤ `expiring` ≤ 90 < `active`. */
export function expiryOfDaysLeft(daysLeft: number): ExpiryState {
  if (daysLeft < 0) return 'expired';
  if (daysLeft <= EXPIRING_WITHIN_DAYS) return 'expiring';
  return 'active';
}

/** A package's expiry at `today`: whole days from today to its end date (negative once past) and the state. */
export function packageExpiry(
  pkg: Pick<Package, 'endDate'>,
  today: IsoDate,
): { expiry: ExpiryState; daysLeft: number } {
  const daysLeft = daysBetween(today, pkg.endDate);
  return { expiry: expiryOfDaysLeft(daysLeft), daysLeft };
}
