/** Additional cases: support cases outside the plain "covered by a mapped, live contract" path (docs/domain-rules.md). */
import { contractStatus } from './status.js';
import type {
  AdditionalCase,
  Contract,
  Entitlement,
  IsoDate,
  Package,
  Reason,
  SupportCase,
} from './types.js';
import { CLASSIFICATIONS } from './types.js';

/** Lookups by id that the reasons are computed against. */
export interface CaseLookups {
  contracts: ReadonlyMap<string, Contract>;
  packages: ReadonlyMap<string, Package>;
  entitlements: ReadonlyMap<string, Entitlement>;
}

const CLASSIFIED = new Set<string>(CLASSIFICATIONS);

/**
 * Every reason that holds for a case given the selected workspaces, in the documented order: expired-contract,
 * unmapped-contract, at most one of missing-contract / missing-package / missing-service, classified.
 */
export function caseReasons(
  supportCase: SupportCase,
  selected: ReadonlySet<string>,
  lookups: CaseLookups,
  today: IsoDate,
): Reason[] {
  const reasons: Reason[] = [];
  const contract =
    supportCase.contractId === undefined ? undefined : lookups.contracts.get(supportCase.contractId);
  if (contract !== undefined) {
    if (contractStatus(contract, today) === 'expired') reasons.push('expired-contract');
    if (!contract.workspaceIds.some((w) => selected.has(w))) reasons.push('unmapped-contract');
  }
  const pkg = supportCase.packageId === undefined ? undefined : lookups.packages.get(supportCase.packageId);
  const entitlement =
    supportCase.entitlementId === undefined ? undefined : lookups.entitlements.get(supportCase.entitlementId);
  if (contract === undefined) reasons.push('missing-contract');
  else if (pkg === undefined || pkg.contractId !== contract.id) reasons.push('missing-package');
  else if (entitlement === undefined || entitlement.packageId !== pkg.id) reasons.push('missing-service');
  if (supportCase.classification !== undefined && CLASSIFIED.has(supportCase.classification)) {
    reasons.push('classified');
  }
  return reasons;
}

/** The additional cases among `cases` for the selected workspaces: the cases in S with at least one reason. */
export function additionalCasesOf(
  cases: Iterable<SupportCase>,
  selected: ReadonlySet<string>,
  lookups: CaseLookups,
  today: IsoDate,
): AdditionalCase[] {
  const out: AdditionalCase[] = [];
  for (const c of cases) {
    if (!selected.has(c.workspaceId)) continue;
    const reasons = caseReasons(c, selected, lookups, today);
    if (reasons.length > 0) out.push({ ...c, reasons });
  }
  return out;
}
