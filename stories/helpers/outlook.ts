/**
 * Story data for the outlook of a balance: a package whose entitlements show every outlook, built from the domain
 * rules over the demo dataset's "today", and an adapter that lists it before the real packages.
 */
import type { CustomerActivityAdapter } from '../../src/data/adapter.js';
import { attentionReason } from '../../src/domain/attention.js';
import { balanceOf } from '../../src/domain/balances.js';
import { packageExpiry } from '../../src/domain/status.js';
import type { Entitlement, Package, PackageView } from '../../src/domain/types.js';
import { withOverrides } from './adapters.js';

/** The demo dataset's today. */
const TODAY = '2026-11-20';

/** The entitlements of the story package, each with the consumption that gives it its outlook. */
const ENTITLEMENTS: [name: string, purchased: number | null, used: number][] = [
  ['On track', 100, 48],
  ['Runs out early', 100, 75],
  ['Would expire largely unused', 100, 12],
  ['Used up', 40, 40],
  ['Over the purchase', 20, 26],
  ['As needed (no outlook)', null, 9],
];

function view(pkg: Package, list: typeof ENTITLEMENTS): PackageView {
  const { expiry, daysLeft } = packageExpiry(pkg, TODAY);
  return {
    ...pkg,
    expiry,
    daysLeft,
    entitlements: list.map(([name, purchased, used], i) => {
      const entitlement: Entitlement = {
        id: `${pkg.id}-${i}`,
        packageId: pkg.id,
        kind: 'proactive-services',
        name,
        description: '',
        category: 'consumable',
        unit: 'hours',
        purchased,
      };
      return balanceOf(entitlement, { consumed: used, consumedTotal: used, hoursDone: 0 }, pkg, TODAY);
    }),
  };
}

/** A package of a year, half gone (2026-05-20 – 2027-05-20), with an entitlement of every outlook. */
export const OUTLOOK_PACKAGES: PackageView[] = [
  view(
    {
      id: 'pkg-story-outlooks',
      contractId: 'ctr-2025',
      name: 'Every outlook (story)',
      scope: 'add-on',
      startDate: '2026-05-20',
      endDate: '2027-05-20',
      status: 'active',
    },
    ENTITLEMENTS,
  ),
  view(
    {
      id: 'pkg-story-later',
      contractId: 'ctr-2025',
      name: 'Not started, and ended (story)',
      scope: 'add-on',
      startDate: '2027-01-01',
      endDate: '2027-12-31',
      status: 'active',
    },
    [['Not started', 50, 0]],
  ),
  view(
    {
      id: 'pkg-story-ended',
      contractId: 'ctr-2025',
      name: 'Ended (story)',
      scope: 'add-on',
      startDate: '2025-11-01',
      endDate: '2026-11-01',
      status: 'active',
    },
    [['Ended', 50, 31]],
  ),
];

/** `inner`, with the story packages listed first among the add-on packages of ctr-2025. */
export function withOutlookPackages(inner: CustomerActivityAdapter): CustomerActivityAdapter {
  return withOverrides(inner, {
    getConsumptionTimeline: inner.getConsumptionTimeline?.bind(inner),
    listPackages: async (query, options) => {
      const packages = await inner.listPackages(query, options);
      return query.scope === 'add-on' && query.contractId === 'ctr-2025' && query.status !== 'inactive'
        ? [...OUTLOOK_PACKAGES, ...packages]
        : packages;
    },
  });
}

/** `inner`, with every entitlement that would need attention left out: a contract where nothing does. */
export function withNothingToAttend(inner: CustomerActivityAdapter): CustomerActivityAdapter {
  return withOverrides(inner, {
    getConsumptionTimeline: inner.getConsumptionTimeline?.bind(inner),
    listPackages: async (query, options) =>
      (await inner.listPackages(query, options)).map((p) => ({
        ...p,
        entitlements: p.entitlements.filter((b) => attentionReason(b, p) === null),
      })),
  });
}
