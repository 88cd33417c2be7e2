/** The enterprise-wide summary of a contract (docs/domain-rules.md). */
import type {
  Balance,
  ContractView,
  EnterpriseSummary,
  EntitlementKind,
  SummaryGroup,
  SummaryGroupView,
  SummaryLine,
  Unit,
} from './types.js';
import { SUMMARY_GROUPS, UNITS } from './types.js';

/** The entitlement kinds of each summary group; `other` is in none. */
export const SUMMARY_GROUP_KINDS: Readonly<Record<SummaryGroup, readonly EntitlementKind[]>> = {
  proactive: [
    'proactive-services',
    'workshop',
    'proactive-credits',
    'designated-engineering',
    'support-technology-advisor',
  ],
  'as-needed': ['reactive-support', 'advisory-support'],
  education: ['education-on-demand'],
  contacts: ['support-contacts'],
  assessments: ['assessments-on-demand'],
};

const GROUP_OF_KIND = new Map<EntitlementKind, SummaryGroup>(
  SUMMARY_GROUPS.flatMap((group) => SUMMARY_GROUP_KINDS[group].map((kind) => [kind, group] as const)),
);

/** The summary group of an entitlement kind, or null for `other`. */
export function summaryGroupOf(kind: EntitlementKind): SummaryGroup | null {
  return GROUP_OF_KIND.get(kind) ?? null;
}

/**
 * The five summary groups, in order, from the balances of the enterprise entitlements: one line per unit of the
 * group's consumable entitlements (in `UNITS` order) and hoursDone over all of the group's entitlements.
 */
export function summarizeGroups(balances: readonly Balance[]): SummaryGroupView[] {
  return SUMMARY_GROUPS.map((group) => {
    const members = balances.filter((b) => summaryGroupOf(b.kind) === group);
    const lines: SummaryLine[] = [];
    for (const unit of UNITS) {
      const same = members.filter((b) => b.category === 'consumable' && b.unit === unit);
      if (same.length > 0) lines.push(summaryLine(unit, same));
    }
    const hoursDone = members.reduce((sum, b) => sum + b.hoursDone, 0);
    return { group, lines, hoursDone };
  });
}

/** One summary line from balances of one unit: purchased null if any is null, else summed. */
export function summaryLine(unit: Unit, balances: readonly Balance[]): SummaryLine {
  let purchased: number | null = 0;
  let consumed = 0;
  let consumedTotal = 0;
  for (const b of balances) {
    purchased = purchased === null || b.purchased === null ? null : purchased + b.purchased;
    consumed += b.consumed;
    consumedTotal += b.consumedTotal;
  }
  return { unit, purchased, consumed, remaining: purchased === null ? null : purchased - consumedTotal };
}

/** The enterprise-wide summary of a contract from the balances of its enterprise packages' entitlements. */
export function enterpriseSummary(contract: ContractView, balances: readonly Balance[]): EnterpriseSummary {
  return { contract, groups: summarizeGroups(balances), entitlements: [...balances] };
}
