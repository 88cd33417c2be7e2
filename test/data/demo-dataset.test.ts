import { expect } from '@open-wc/testing';
import {
  createDemoDataset,
  DEMO_AS_OF,
  DEMO_DEFAULT_SIZE,
  DEMO_VIEWERS,
} from '../../src/data/demo-dataset.js';
import { copyConsumptionRecord, parseDataset } from '../../src/data/schemas.js';
import { canSeeCase, selectableWorkspaceIds } from '../../src/domain/access.js';
import { caseReasons } from '../../src/domain/additional-cases.js';
import type { CaseLookups } from '../../src/domain/additional-cases.js';
import { CLASSIFICATIONS, ENTITLEMENT_KINDS, REASONS, ROLES, UNITS } from '../../src/domain/types.js';
import type { Dataset, Entitlement, Reason, SupportCase, User } from '../../src/domain/types.js';

const TODAY = DEMO_AS_OF.slice(0, 10);

/** Whole days from `from` to `to`. */
function days(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

function lookups(ds: Dataset): CaseLookups {
  return {
    contracts: new Map(ds.contracts.map((c) => [c.id, c])),
    packages: new Map(ds.packages.map((p) => [p.id, p])),
    entitlements: new Map(ds.entitlements.map((e) => [e.id, e])),
  };
}

/** consumedTotal per entitlement. */
function consumedTotals(ds: Dataset): Map<string, number> {
  const totals = new Map<string, number>();
  for (const r of ds.consumption)
    totals.set(r.entitlementId, (totals.get(r.entitlementId) ?? 0) + r.quantity);
  return totals;
}

function user(ds: Dataset, id: string): User {
  const found = ds.users.find((u) => u.id === id);
  expect(found, id).to.exist;
  return found!;
}

describe('createDemoDataset', () => {
  // One default dataset for the read-only checks; tests that mutate build their own.
  const ds = createDemoDataset();

  describe('determinism and validity', () => {
    it('gives the same dataset for the same seed', () => {
      expect(createDemoDataset({ seed: 7, size: 1500 })).to.deep.equal(
        createDemoDataset({ seed: 7, size: 1500 }),
      );
      expect(createDemoDataset()).to.deep.equal(ds);
    });

    it('gives another dataset for another seed', () => {
      const a = createDemoDataset({ seed: 1, size: 500 });
      const b = createDemoDataset({ seed: 2, size: 500 });
      expect(a.consumption).not.to.deep.equal(b.consumption);
      expect(a.cases).not.to.deep.equal(b.cases);
    });

    it('returns fresh objects on every call', () => {
      const a = createDemoDataset({ size: 10 });
      const b = createDemoDataset({ size: 10 });
      a.users[0].roles.push('learning-manager');
      a.entitlements[0].name = 'changed';
      a.cases[0].sharedWithUserIds.push('u-none');
      expect(b.users[0].roles).to.deep.equal(['customer-admin']);
      expect(b.entitlements[0].name).not.to.equal('changed');
      expect(b.cases[0].sharedWithUserIds).not.to.include('u-none');
    });

    it(`has ${DEMO_DEFAULT_SIZE} consumption rows by default, dated up to asOf`, () => {
      expect(ds.asOf).to.equal(DEMO_AS_OF);
      expect(ds.consumption).to.have.length(DEMO_DEFAULT_SIZE);
      expect(ds.consumption.every((r) => r.date <= TODAY)).to.equal(true);
      expect(ds.cases.every((c) => c.openedAt <= TODAY && (c.closedAt ?? '') <= TODAY)).to.equal(true);
    });

    it('passes parseDataset, by default and for other seeds and sizes', () => {
      expect(parseDataset(ds)).to.deep.equal(ds);
      for (const [seed, size] of [
        [1, 0],
        [2, 1],
        [3, 37],
        [4, 1620],
        [5, 20_000],
      ]) {
        const other = createDemoDataset({ seed, size });
        expect(other.consumption, `seed ${seed}, size ${size}`).to.have.length(size);
        expect(() => parseDataset(other), `seed ${seed}, size ${size}`).not.to.throw();
      }
    });

    it('rejects a size that is not a non-negative integer', () => {
      expect(() => createDemoDataset({ size: -1 })).to.throw(RangeError);
      expect(() => createDemoDataset({ size: 1.5 })).to.throw(RangeError);
    });
  });

  describe('contracts, packages and entitlements', () => {
    it('has an expired, an active and an upcoming contract, mapped to different workspaces', () => {
      const status = (start: string, end: string) =>
        start > TODAY ? 'upcoming' : end < TODAY ? 'expired' : 'active';
      const statuses = ds.contracts.map((c) => status(c.startDate, c.endDate));
      expect(statuses).to.include.members(['expired', 'active', 'upcoming']);
      const mappings = new Set(ds.contracts.map((c) => [...c.workspaceIds].sort().join(',')));
      expect(mappings.size).to.equal(ds.contracts.length);
      expect(ds.workspaces.length).to.be.within(4, 5);
    });

    it('has enterprise and add-on packages, active and inactive, one expiring within 90 days and one expired', () => {
      const addOns = ds.packages.filter((p) => p.scope === 'add-on');
      expect(ds.packages.some((p) => p.scope === 'enterprise')).to.equal(true);
      expect(addOns.some((p) => p.status === 'active')).to.equal(true);
      expect(addOns.some((p) => p.status === 'inactive')).to.equal(true);
      const left = ds.packages.map((p) => days(TODAY, p.endDate));
      expect(left.some((d) => d >= 0 && d <= 90)).to.equal(true);
      expect(left.some((d) => d < 0)).to.equal(true);
    });

    it('has every kind and unit, consumable and benefit, purchased numbers and null', () => {
      const kinds = new Set(ds.entitlements.map((e) => e.kind));
      const units = new Set(ds.entitlements.map((e) => e.unit));
      expect([...ENTITLEMENT_KINDS].filter((k) => !kinds.has(k))).to.deep.equal([]);
      expect([...UNITS].filter((u) => !units.has(u))).to.deep.equal([]);
      expect(ds.entitlements.some((e) => e.category === 'benefit')).to.equal(true);
      expect(ds.entitlements.some((e) => e.category === 'consumable' && e.purchased === null)).to.equal(true);
      expect(ds.entitlements.some((e) => e.category === 'consumable' && e.purchased !== null)).to.equal(true);
    });

    it('has entitlements at warning, critical and over utilisation, and below', () => {
      const totals = consumedTotals(ds);
      const utilisation = (e: Entitlement) => (totals.get(e.id) ?? 0) / e.purchased!;
      const measured = ds.entitlements.filter((e) => e.category === 'consumable' && e.purchased !== null);
      const u = measured.map(utilisation);
      expect(
        u.some((x) => x >= 0.8 && x < 0.95),
        'warning',
      ).to.equal(true);
      expect(
        u.some((x) => x >= 0.95 && x <= 1),
        'critical',
      ).to.equal(true);
      expect(
        u.some((x) => x > 1),
        'over',
      ).to.equal(true);
      expect(
        u.some((x) => x > 0 && x < 0.8),
        'ok',
      ).to.equal(true);
    });

    it('has https and mailto action links, and exactly one javascript: link', () => {
      const urls = ds.entitlements.map((e) => e.actionUrl).filter((u): u is string => u !== undefined);
      expect(urls.some((u) => u.startsWith('https:'))).to.equal(true);
      expect(urls.some((u) => u.startsWith('mailto:'))).to.equal(true);
      expect(urls.filter((u) => u.toLowerCase().startsWith('javascript:'))).to.have.length(1);
    });
  });

  describe('consumption history', () => {
    it('has thousands of rows across several workspaces and entitlements', () => {
      const workspaces = new Set(ds.consumption.map((r) => r.workspaceId));
      const entitlements = new Set(ds.consumption.map((r) => r.entitlementId));
      expect(workspaces.size).to.be.at.least(4);
      expect(entitlements.size).to.be.at.least(20);
    });

    it('records hours done on proactive kinds only', () => {
      const kindOf = new Map(ds.entitlements.map((e) => [e.id, e.kind]));
      const proactive = new Set([
        'proactive-services',
        'workshop',
        'proactive-credits',
        'designated-engineering',
        'support-technology-advisor',
      ]);
      const withHours = ds.consumption.filter((r) => r.hoursDone !== undefined);
      expect(withHours.length).to.be.greaterThan(0);
      expect(withHours.every((r) => proactive.has(kindOf.get(r.entitlementId)!))).to.equal(true);
      const kindsWithHours = new Set(withHours.map((r) => kindOf.get(r.entitlementId)));
      expect([...proactive].filter((k) => !kindsWithHours.has(k as Entitlement['kind']))).to.deep.equal([]);
    });

    it('links reactive and advisory rows to cases, in the case workspace', () => {
      const kindOf = new Map(ds.entitlements.map((e) => [e.id, e.kind]));
      const caseById = new Map(ds.cases.map((c) => [c.id, c]));
      const linked = ds.consumption.filter((r) => r.caseId !== undefined);
      expect(linked.length).to.be.greaterThan(20);
      for (const r of linked) {
        expect(['reactive-support', 'advisory-support']).to.include(kindOf.get(r.entitlementId));
        expect(caseById.get(r.caseId!)!.workspaceId).to.equal(r.workspaceId);
      }
    });

    it('reads like real data, accents included', () => {
      const titles = ds.consumption.map((r) => r.title);
      expect(titles.some((t) => t.includes('Educação'))).to.equal(true);
      expect(titles.some((t) => t.includes('Avaliação de Segurança'))).to.equal(true);
      expect(ds.consumption.some((r) => r.person !== undefined && r.email?.includes('@'))).to.equal(true);
      expect(ds.workspaces.some((w) => w.name.includes('São Paulo'))).to.equal(true);
    });

    it('differs between workspaces', () => {
      const perWorkspace = new Map<string, number>();
      for (const r of ds.consumption)
        perWorkspace.set(r.workspaceId, (perWorkspace.get(r.workspaceId) ?? 0) + 1);
      expect(new Set(perWorkspace.values()).size).to.equal(perWorkspace.size);
    });
  });

  describe('cases', () => {
    /** Every reason combination that occurs, over the selections "each workspace alone" and "all workspaces". */
    function combinations(data: Dataset): Set<string> {
      const found = new Set<string>();
      const all = data.workspaces.map((w) => w.id);
      const selections = [...all.map((w) => [w]), all];
      for (const selection of selections) {
        const s = new Set(selection);
        for (const c of data.cases) {
          if (!s.has(c.workspaceId)) continue;
          found.add(caseReasons(c, s, lookups(data), TODAY).join('+'));
        }
      }
      return found;
    }

    it('has every reason alone, and every reason combined with another', () => {
      const found = [...combinations(ds)];
      for (const reason of REASONS) {
        expect(found, `${reason} alone`).to.include(reason);
        const combined = found.filter((f) => f.includes('+') && f.split('+').includes(reason));
        expect(combined, `${reason} combined`).not.to.be.empty;
      }
    });

    it('keeps the reason combinations for any seed', () => {
      expect([...combinations(createDemoDataset({ seed: 99, size: 100 }))].sort()).to.deep.equal(
        [...combinations(ds)].sort(),
      );
    });

    it('has every classification, both types, and ordinary cases with no reason', () => {
      const classes = new Set(ds.cases.map((c) => c.classification));
      expect([...CLASSIFICATIONS].filter((c) => !classes.has(c))).to.deep.equal([]);
      expect(new Set(ds.cases.map((c) => c.type)).size).to.equal(2);
      expect(new Set(ds.cases.map((c) => c.status)).size).to.equal(2);
      expect(combinations(ds)).to.include('');
      const unknownContract = ds.cases.some(
        (c) => c.contractId && !ds.contracts.some((k) => k.id === c.contractId),
      );
      expect(unknownContract, 'a case with an unknown contract').to.equal(true);
    });

    it('lists a four-reason case', () => {
      const reasons = ds.cases.map((c) => caseReasons(c, new Set([c.workspaceId]), lookups(ds), TODAY));
      expect(reasons.some((r: Reason[]) => r.length === 4)).to.equal(true);
    });
  });

  describe('users and viewers', () => {
    it('has every role', () => {
      const roles = new Set(ds.users.flatMap((u) => u.roles));
      expect([...ROLES].filter((r) => !roles.has(r))).to.deep.equal([]);
    });

    it('offers each viewer, labelled in English and Portuguese', () => {
      expect(DEMO_VIEWERS.map((v) => v.id)).to.deep.equal([
        'u-admin',
        'u-ws-admin',
        'u-activity',
        'u-learning',
        'u-viewall',
        'u-none',
      ]);
      for (const v of DEMO_VIEWERS) {
        const u = user(ds, v.id);
        expect(v.label.en).to.include(u.name);
        expect(v.label['pt-BR']).to.include(u.name);
        expect(v.label['pt-BR']).not.to.equal(v.label.en);
      }
    });

    it('gives each viewer the scope its label promises', () => {
      const all = ds.workspaces.length;
      const scope = (id: string) => selectableWorkspaceIds(user(ds, id), ds.workspaces);
      expect(user(ds, 'u-admin').roles).to.include('customer-admin');
      expect(scope('u-admin')).to.have.length(all);

      const wsAdmin = user(ds, 'u-ws-admin');
      expect(wsAdmin.roles).not.to.include('customer-admin');
      expect(wsAdmin.adminOfWorkspaceIds.length).to.be.within(1, 2);
      expect(scope('u-ws-admin')).to.have.members(wsAdmin.adminOfWorkspaceIds);

      expect(user(ds, 'u-activity').roles).to.deep.equal(['customer-activity']);
      expect(scope('u-activity').length).to.be.within(1, all - 1);
      expect(user(ds, 'u-activity').groupIds).not.to.be.empty;

      expect(user(ds, 'u-learning').roles).to.have.members(['learning-manager', 'customer-activity']);
      expect(user(ds, 'u-viewall').roles).to.have.members(['view-all-support-requests', 'customer-activity']);

      const none = user(ds, 'u-none');
      expect(none.roles).to.deep.equal([]);
      expect(none.adminOfWorkspaceIds).to.deep.equal([]);
      expect(scope('u-none')).to.deep.equal([]);
    });

    it('lets the Customer Activity viewer see cases through each path, and not others', () => {
      const viewer = user(ds, 'u-activity');
      const scope = new Set(selectableWorkspaceIds(viewer, ds.workspaces));
      const inScope = ds.cases.filter((c) => scope.has(c.workspaceId));
      const byGroup = (c: SupportCase) => c.groupIds.some((g) => viewer.groupIds.includes(g));
      const shared = (c: SupportCase) => c.sharedWithUserIds.includes(viewer.id);
      const primary = (c: SupportCase) => c.primaryContactId === viewer.id;
      expect(
        inScope.some((c) => byGroup(c) && !shared(c) && !primary(c)),
        'group',
      ).to.equal(true);
      expect(
        inScope.some((c) => shared(c) && !byGroup(c) && !primary(c)),
        'shared',
      ).to.equal(true);
      expect(
        inScope.some((c) => primary(c) && !byGroup(c) && !shared(c)),
        'primary contact',
      ).to.equal(true);
      const hidden = new Set(inScope.filter((c) => !canSeeCase(viewer, c)).map((c) => c.id));
      expect(hidden.size, 'hidden cases').to.be.greaterThan(0);
      const hiddenRows = ds.consumption.filter((r) => r.caseId !== undefined && hidden.has(r.caseId));
      expect(hiddenRows.length, 'rows pointing at hidden cases').to.be.greaterThan(0);
    });
  });

  describe('at a million rows', () => {
    it('has exactly 1,000,000 rows, most on two bulk entitlements, with plausible balances', function () {
      this.timeout(60_000);
      const big = createDemoDataset({ size: 1_000_000 });
      expect(big.consumption).to.have.length(1_000_000);
      const counts = new Map<string, number>();
      for (const r of big.consumption) counts.set(r.entitlementId, (counts.get(r.entitlementId) ?? 0) + 1);
      const [first, second] = [...counts.values()].sort((a, b) => b - a);
      expect(first + second).to.be.greaterThan(990_000);
      expect(first).to.be.greaterThan(700_000);

      const totals = consumedTotals(big);
      for (const e of big.entitlements) {
        if (e.purchased === null || e.category === 'benefit') continue;
        expect((totals.get(e.id) ?? 0) / e.purchased, e.id).to.be.at.most(1.2);
      }

      // A sample of rows: every 997th satisfies the row schema and resolves its references.
      const entitlements = new Map(big.entitlements.map((e) => [e.id, e]));
      const workspaces = new Set(big.workspaces.map((w) => w.id));
      const ids = new Set<string>();
      for (let i = 0; i < big.consumption.length; i += 997) {
        const r = big.consumption[i];
        expect(copyConsumptionRecord(r), `row ${i}`).to.deep.equal(r);
        expect(entitlements.get(r.entitlementId)?.category, `row ${i}`).to.equal('consumable');
        expect(workspaces.has(r.workspaceId), `row ${i}`).to.equal(true);
        ids.add(r.id);
      }
      expect(ids.size).to.equal(Math.ceil(1_000_000 / 997));
      expect(big.consumption[999_999].id).to.not.equal(big.consumption[0].id);
    });
  });
});
