import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  DEFAULT_PACKAGE_STATUS_FILTER,
  defaultContractId,
  filterPackages,
  isPackageStatusFilter,
  matchesPackageFilter,
  PACKAGE_STATUS_FILTERS,
  packagesQueryProblem,
  packageTermElapsed,
  sessionWorkspaceIds,
  splitEntitlements,
} from '../../src/domain/index.js';
import type { ContractStatus, PackageStatus, PackageStatusFilter } from '../../src/domain/types.js';
import { TODAY } from '../helpers/fixtures.js';

const pkg = (id: string, status: PackageStatus) => ({ id, status });

const PACKAGES = [pkg('p1', 'active'), pkg('p2', 'inactive'), pkg('p3', 'active'), pkg('p4', 'inactive')];

describe('package filters', () => {
  it('lists the status filters in display order, active by default', () => {
    expect([...PACKAGE_STATUS_FILTERS]).to.eql(['active', 'inactive', 'all']);
    expect(DEFAULT_PACKAGE_STATUS_FILTER).to.eql('active');
  });

  it('recognises the status filters and nothing else', () => {
    expect(['active', 'inactive', 'all'].every(isPackageStatusFilter)).to.eql(true);
    expect(['Active', '', 'expired', undefined, null, 1].some(isPackageStatusFilter)).to.eql(false);
  });

  it('keeps the packages of the chosen status, or both for all', () => {
    expect(filterPackages(PACKAGES, { status: 'active' }).map((p) => p.id)).to.eql(['p1', 'p3']);
    expect(filterPackages(PACKAGES, { status: 'inactive' }).map((p) => p.id)).to.eql(['p2', 'p4']);
    expect(filterPackages(PACKAGES, { status: 'all' }).map((p) => p.id)).to.eql(['p1', 'p2', 'p3', 'p4']);
  });

  it('keeps only the chosen package, when its status passes too', () => {
    expect(filterPackages(PACKAGES, { status: 'all', packageId: 'p2' }).map((p) => p.id)).to.eql(['p2']);
    expect(filterPackages(PACKAGES, { status: 'inactive', packageId: 'p2' }).map((p) => p.id)).to.eql(['p2']);
    expect(filterPackages(PACKAGES, { status: 'active', packageId: 'p2' })).to.eql([]);
    expect(filterPackages(PACKAGES, { status: 'all', packageId: 'p-unknown' })).to.eql([]);
  });

  it('treats an empty, null or missing package id as every package', () => {
    for (const packageId of ['', null, undefined]) {
      expect(filterPackages(PACKAGES, { status: 'all', packageId })).to.have.length(4);
    }
  });

  it('narrows, keeps order and is idempotent (property)', () => {
    const status = fc.constantFrom<PackageStatusFilter>(...PACKAGE_STATUS_FILTERS);
    const packages = fc.uniqueArray(
      fc.record({
        id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
        status: fc.constantFrom<PackageStatus>('active', 'inactive'),
      }),
      { selector: (p) => p.id },
    );
    const packageId = fc.option(fc.constantFrom('a', 'b', 'c', 'x', ''), { nil: undefined });
    fc.assert(
      fc.property(packages, status, packageId, (list, s, id) => {
        const filter = { status: s, packageId: id };
        const kept = filterPackages(list, filter);
        // A subsequence of the input, in order.
        expect(kept).to.eql(list.filter((p) => kept.includes(p)));
        expect(filterPackages(kept, filter)).to.eql(kept);
        // Exactly the packages that match.
        for (const p of list) expect(kept.includes(p)).to.eql(matchesPackageFilter(p, filter));
        // `all` keeps at least what either status keeps; the two statuses partition the list.
        const active = filterPackages(list, { status: 'active', packageId: id });
        const inactive = filterPackages(list, { status: 'inactive', packageId: id });
        expect(active.length + inactive.length).to.eql(
          filterPackages(list, { status: 'all', packageId: id }).length,
        );
      }),
    );
  });
});

describe('default contract', () => {
  const contract = (id: string, status: ContractStatus) => ({ id, status });

  it('is the first active contract', () => {
    expect(
      defaultContractId([contract('c1', 'expired'), contract('c2', 'active'), contract('c3', 'active')]),
    ).to.eql('c2');
  });

  it('is the first contract when none is active, and undefined when there is none', () => {
    expect(defaultContractId([contract('c1', 'expired'), contract('c2', 'upcoming')])).to.eql('c1');
    expect(defaultContractId([])).to.eql(undefined);
  });
});

describe('package term elapsed', () => {
  const term = { startDate: '2026-01-01', endDate: '2026-01-11' };

  it('is the share of the term elapsed at today', () => {
    expect(packageTermElapsed(term, '2026-01-06')).to.eql(0.5);
    expect(packageTermElapsed({ startDate: '2025-03-15', endDate: '2027-03-15' }, TODAY)).to.be.closeTo(
      0.5,
      0.001,
    );
  });

  it('is 0 before the start and 1 from the end on', () => {
    expect(packageTermElapsed(term, '2025-12-31')).to.eql(0);
    expect(packageTermElapsed(term, '2026-01-01')).to.eql(0);
    expect(packageTermElapsed(term, '2026-01-11')).to.eql(1);
    expect(packageTermElapsed(term, '2027-01-01')).to.eql(1);
  });

  it('reads the date of a timestamp', () => {
    expect(packageTermElapsed(term, '2026-01-06T23:59:00Z')).to.eql(0.5);
  });
});

describe('splitEntitlements', () => {
  it('puts consumables and benefits apart, each in order', () => {
    const list = [
      { id: 'a', category: 'consumable' as const },
      { id: 'b', category: 'benefit' as const },
      { id: 'c', category: 'consumable' as const },
      { id: 'd', category: 'benefit' as const },
    ];
    const { consumables, benefits } = splitEntitlements(list);
    expect(consumables.map((b) => b.id)).to.eql(['a', 'c']);
    expect(benefits.map((b) => b.id)).to.eql(['b', 'd']);
    expect(splitEntitlements([])).to.eql({ consumables: [], benefits: [] });
  });
});

describe('sessionWorkspaceIds', () => {
  const workspaces = [
    { id: 'w1', name: 'One' },
    { id: 'w2', name: 'Two' },
  ];

  it('opens on the current workspace', () => {
    expect(sessionWorkspaceIds({ currentWorkspaceId: 'w2', workspaces })).to.eql(['w2']);
  });

  it('opens on every selectable workspace when the current one is unset or not selectable', () => {
    expect(sessionWorkspaceIds({ currentWorkspaceId: null, workspaces })).to.eql(['w1', 'w2']);
    expect(sessionWorkspaceIds({ currentWorkspaceId: 'w9', workspaces })).to.eql(['w1', 'w2']);
    expect(sessionWorkspaceIds({ currentWorkspaceId: null, workspaces: [] })).to.eql([]);
  });
});

describe('packagesQueryProblem', () => {
  it('accepts a scope, a status filter and a package id', () => {
    expect(packagesQueryProblem({ scope: 'add-on' })).to.equal(undefined);
    expect(packagesQueryProblem({ scope: 'enterprise', status: 'inactive', packageId: 'pk-1' })).to.equal(
      undefined,
    );
  });

  it('names what is wrong, and with what value', () => {
    expect(packagesQueryProblem({ scope: 'all' })).to.equal(
      'scope must be one of enterprise, add-on, got "all"',
    );
    expect(packagesQueryProblem({ scope: 'add-on', status: 'expired' })).to.equal(
      'status must be active, inactive or all, got "expired"',
    );
    expect(packagesQueryProblem({ scope: 'add-on', packageId: 7 })).to.equal('packageId must be a string');
  });
});
