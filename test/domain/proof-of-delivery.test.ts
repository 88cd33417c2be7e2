import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { balanceOf } from '../../src/domain/balances.js';
import { CSV_BOM } from '../../src/domain/csv.js';
import {
  PROOF_OF_DELIVERY_COLUMNS,
  proofOfDeliveryCsv,
  proofOfDeliveryFilename,
  proofOfDeliveryRows,
  type ProofOfDeliveryColumn,
} from '../../src/domain/proof-of-delivery.js';
import { contractView, packageExpiry } from '../../src/domain/status.js';
import { enterpriseSummary, summaryGroupOf } from '../../src/domain/summary.js';
import type { Balance, Entitlement, Package, PackageView } from '../../src/domain/types.js';
import { ENTITLEMENT_KINDS, UNITS } from '../../src/domain/types.js';
import { makeContract, makeEntitlement, makePackage, TODAY } from '../helpers/fixtures.js';

const CONTRACT = contractView(makeContract({ id: 'ct-1', number: 'C-100', name: 'Enterprise' }), TODAY);

/** A balance of an entitlement, its forecast over `term` (default: the package named by its packageId). */
function bal(
  e: Partial<Entitlement> & { id: string },
  consumed: number,
  consumedTotal = consumed,
  hoursDone = 0,
  term?: Package,
): Balance {
  const entitlement = makeEntitlement(e);
  const pkg = term ?? makePackage({ id: entitlement.packageId });
  return balanceOf(entitlement, { consumed, consumedTotal, hoursDone }, pkg, TODAY);
}

function view(pkg: Package, entitlements: Balance[]): PackageView {
  return { ...pkg, ...packageExpiry(pkg, TODAY), entitlements };
}

const HEADERS: Record<ProofOfDeliveryColumn, string> = {
  contract: 'Contrato',
  scope: 'Escopo',
  package: 'Pacote',
  packageEndDate: 'Término do pacote',
  packageExpiry: 'Vencimento do pacote',
  entitlement: 'Direito',
  kind: 'Tipo',
  category: 'Categoria',
  unit: 'Unidade',
  purchased: 'Comprado',
  consumed: 'Consumido (workspaces selecionados)',
  consumedTotal: 'Consumido (todos os workspaces)',
  remaining: 'Restante',
  hoursDone: 'Horas feitas',
  outlook: 'Perspectiva',
  pace: 'Ritmo (1 = uniforme)',
  expectedByNow: 'Esperado até hoje em ritmo uniforme',
  projectedTotal: 'Projeção no fim da vigência',
  runOutDate: 'Esgota por volta de',
  unusedAtEnd: 'Sem uso no fim da vigência (projeção)',
};

/**
 * The enterprise package pk-ent-1 (2025-01-01 to 2026-12-31, 438 of 729 days elapsed) with three entitlements; two
 * add-on packages: pk-sec (to 2026-04-30, 438 of 484 days elapsed) and the ended pk-sap.
 */
function fixture() {
  const secPkg = makePackage({ id: 'pk-sec', name: '=Security', scope: 'add-on', endDate: '2026-04-30' });
  const sapPkg = makePackage({
    id: 'pk-sap',
    name: 'SAP, "legacy"',
    scope: 'add-on',
    endDate: '2025-06-30',
    status: 'inactive',
  });
  const enterprise = [
    bal({ id: 'en-adv', name: 'Advisory', kind: 'advisory-support', purchased: 100 }, 30, 40),
    bal({ id: 'en-re', name: 'Reactive', kind: 'reactive-support', unit: 'cases', purchased: null }, 5),
    bal({ id: 'en-ps', name: 'Proactive', kind: 'proactive-services', purchased: 20 }, 25, 25, 22.5),
  ];
  const summary = enterpriseSummary(CONTRACT, enterprise);
  const entPkg = view(makePackage({ id: 'pk-ent-1', name: 'Unified Enterprise' }), enterprise);
  const sec = view(secPkg, [
    bal(
      {
        id: 'en-sec',
        packageId: 'pk-sec',
        name: 'Security hours',
        kind: 'proactive-services',
        purchased: 40,
      },
      38,
      38,
      0,
      secPkg,
    ),
    bal(
      {
        id: 'en-line',
        packageId: 'pk-sec',
        name: 'Priority line',
        kind: 'other',
        category: 'benefit',
        unit: 'services',
        purchased: null,
      },
      0,
      0,
      0,
      secPkg,
    ),
  ]);
  const sap = view(sapPkg, [
    bal(
      { id: 'en-sap', packageId: 'pk-sap', name: 'SAP engineering', kind: 'designated-engineering' },
      100,
      100,
      0,
      sapPkg,
    ),
  ]);
  const other = view(
    makePackage({ id: 'pk-other', contractId: 'ct-2', name: 'Other contract', scope: 'add-on' }),
    [bal({ id: 'en-other', packageId: 'pk-other', name: 'Not ours' }, 1)],
  );
  return { summary, entPkg, sec, sap, other };
}

/** A minimal RFC 4180 reader (no quoted line breaks in these tests). */
function records(csv: string): string[][] {
  return csv
    .replace(CSV_BOM, '')
    .split('\r\n')
    .map((line) => {
      const out: string[] = [];
      let field = '';
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quoted) {
          if (ch === '"' && line[i + 1] === '"') {
            field += '"';
            i++;
          } else if (ch === '"') quoted = false;
          else field += ch;
        } else if (ch === '"') quoted = true;
        else if (ch === ',') {
          out.push(field);
          field = '';
        } else field += ch;
      }
      out.push(field);
      return out;
    });
}

describe('proof of delivery', () => {
  describe('rows', () => {
    it('lists the summary’s entitlements first, then each add-on package’s, with package names and expiry', () => {
      const { summary, entPkg, sec, sap, other } = fixture();
      const rows = proofOfDeliveryRows(summary, [other, sec, entPkg, sap]);
      expect(rows.map((r) => [r.scope, r.package, r.entitlement])).to.deep.equal([
        ['enterprise', 'Unified Enterprise', 'Advisory'],
        ['enterprise', 'Unified Enterprise', 'Reactive'],
        ['enterprise', 'Unified Enterprise', 'Proactive'],
        ['add-on', '=Security', 'Security hours'],
        ['add-on', '=Security', 'Priority line'],
        ['add-on', 'SAP, "legacy"', 'SAP engineering'],
      ]);
      expect(rows.every((r) => r.contract === 'C-100')).to.equal(true);
      expect(rows[0]).to.deep.include({
        entitlementId: 'en-adv',
        packageEndDate: '2026-12-31',
        packageExpiry: 'active',
        packageDaysLeft: 291,
        kind: 'advisory-support',
        category: 'consumable',
        unit: 'hours',
        purchased: 100,
        consumed: 30,
        consumedTotal: 40,
        remaining: 60,
        hoursDone: 0,
      });
      expect(rows[3]).to.deep.include({
        packageEndDate: '2026-04-30',
        packageExpiry: 'expiring',
        packageDaysLeft: 46,
      });
      expect(rows[5]).to.deep.include({
        packageEndDate: '2025-06-30',
        packageExpiry: 'expired',
        remaining: 0,
      });
    });

    it('takes the balances from the summary, never from a package view', () => {
      const { summary, entPkg } = fixture();
      const stale = { ...entPkg, entitlements: entPkg.entitlements.map((b) => ({ ...b, consumed: 999 })) };
      const rows = proofOfDeliveryRows(summary, [stale]);
      expect(rows.map((r) => r.consumed)).to.deep.equal([30, 5, 25]);
    });

    it('names an enterprise package it does not know by its id, with no dates', () => {
      const { summary } = fixture();
      const rows = proofOfDeliveryRows(summary, []);
      expect(rows).to.have.length(3);
      expect(rows[0]).to.deep.include({
        package: 'pk-ent-1',
        packageEndDate: null,
        packageExpiry: null,
        packageDaysLeft: null,
      });
    });

    it('lists an add-on package once, and none of another contract', () => {
      const { summary, sec, other } = fixture();
      const rows = proofOfDeliveryRows(summary, [sec, sec, other]);
      expect(rows.filter((r) => r.scope === 'add-on').map((r) => r.entitlementId)).to.deep.equal([
        'en-sec',
        'en-line',
      ]);
    });

    it('property: the enterprise rows of a group sum to the group’s summary lines and hours done', () => {
      const kinds = ENTITLEMENT_KINDS;
      const entitlement = fc.record({
        kind: fc.constantFrom(...kinds),
        unit: fc.constantFrom(...UNITS),
        category: fc.constantFrom('consumable' as const, 'benefit' as const),
        purchased: fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }),
        consumed: fc.integer({ min: 0, max: 300 }),
        elsewhere: fc.integer({ min: 0, max: 300 }),
        hours: fc.integer({ min: 0, max: 50 }),
      });
      fc.assert(
        fc.property(fc.array(entitlement, { maxLength: 25 }), (list) => {
          const balances = list.map((e, i) =>
            bal(
              { id: `e${i}`, kind: e.kind, unit: e.unit, category: e.category, purchased: e.purchased },
              e.category === 'benefit' ? 0 : e.consumed,
              e.category === 'benefit' ? 0 : e.consumed + e.elsewhere,
              e.category === 'benefit' ? 0 : e.hours,
            ),
          );
          const summary = enterpriseSummary(CONTRACT, balances);
          const rows = proofOfDeliveryRows(summary, []);
          expect(rows).to.have.length(balances.length);
          for (const group of summary.groups) {
            const mine = rows.filter((r) => summaryGroupOf(r.kind) === group.group);
            expect(mine.reduce((s, r) => s + r.hoursDone, 0)).to.equal(group.hoursDone);
            for (const line of group.lines) {
              const same = mine.filter((r) => r.category === 'consumable' && r.unit === line.unit);
              const purchased = same.some((r) => r.purchased === null)
                ? null
                : same.reduce((s, r) => s + r.purchased!, 0);
              expect(purchased).to.equal(line.purchased);
              expect(same.reduce((s, r) => s + r.consumed, 0)).to.equal(line.consumed);
              const remaining =
                purchased === null ? null : purchased - same.reduce((s, r) => s + r.consumedTotal, 0);
              expect(remaining).to.equal(line.remaining);
              if (line.remaining !== null) {
                expect(same.reduce((s, r) => s + r.remaining!, 0)).to.equal(line.remaining);
              }
            }
          }
        }),
      );
    });
  });

  describe('CSV', () => {
    it('has the BOM, the localized headers in order, and one record per entitlement', () => {
      const { summary, entPkg, sec, sap } = fixture();
      const csv = proofOfDeliveryCsv(proofOfDeliveryRows(summary, [entPkg, sec, sap]), HEADERS);
      expect(csv.startsWith(CSV_BOM)).to.equal(true);
      const [head, ...body] = records(csv);
      expect(head).to.deep.equal(PROOF_OF_DELIVERY_COLUMNS.map((c) => HEADERS[c]));
      expect(body).to.have.length(6);
    });

    it('writes machine-readable values: codes, ISO dates, raw numbers, empty for as needed', () => {
      const { summary, entPkg, sec, sap } = fixture();
      const csv = proofOfDeliveryCsv(proofOfDeliveryRows(summary, [entPkg, sec, sap]), HEADERS);
      const body = records(csv).slice(1);
      expect(body[0]).to.deep.equal([
        'C-100',
        'enterprise',
        'Unified Enterprise',
        '2026-12-31',
        'active',
        'Advisory',
        'advisory-support',
        'consumable',
        'hours',
        '100',
        '30',
        '40',
        '60',
        '0',
        // The forecast: 40 used where an even pace would have used 60.08; estimates to two decimals.
        'underused',
        '0.67',
        '60.08',
        '66.58',
        '',
        '33.42',
      ]);
      // As needed: no purchased, no remaining, no forecast.
      expect(body[1].slice(9)).to.deep.equal(['', '5', '5', '', '0', '', '', '', '', '', '']);
      // Over-consumed: a negative number, raw (not escaped as a formula); decimals with a dot.
      expect(body[2].slice(9)).to.deep.equal(
        ['20', '25', '25', '-5', '22.5'].concat(['exhausted', '2.08', '12.02', '41.61', '', '0']),
      );
      // Runs out before its package ends, on an ISO date; a benefit has no forecast; an ended package's is final.
      expect(body[3].slice(14)).to.deep.equal(['runs-out', '1.05', '36.2', '41.99', '2026-04-07', '0']);
      expect(body[4].slice(14)).to.deep.equal(['', '', '', '', '', '']);
      expect(body[5].slice(14)).to.deep.equal(['ended', '1', '100', '100', '', '0']);
    });

    it('carries each balance’s forecast as it is in the rows, rounding only in the CSV', () => {
      const { summary, entPkg, sec, sap } = fixture();
      const rows = proofOfDeliveryRows(summary, [entPkg, sec, sap]);
      const balances = [...summary.entitlements, ...sec.entitlements, ...sap.entitlements];
      rows.forEach((row, i) => {
        const f = balances[i].forecast;
        expect(row.entitlementId).to.equal(balances[i].entitlementId);
        expect([
          row.outlook,
          row.pace,
          row.expectedByNow,
          row.projectedTotal,
          row.runOutDate,
          row.unusedAtEnd,
        ]).to.deep.equal(
          f === null
            ? [null, null, null, null, null, null]
            : [f.outlook, f.pace, f.expectedByNow, f.projectedTotal, f.runOutDate, f.unusedAtEnd],
        );
      });
      expect(rows[0].expectedByNow).to.equal(100 * (438 / 729));
    });

    it('escapes text that a spreadsheet would evaluate, and quotes separators', () => {
      const { summary, sec, sap } = fixture();
      const csv = proofOfDeliveryCsv(proofOfDeliveryRows(summary, [sec, sap]), HEADERS);
      const lines = csv.split('\r\n');
      expect(lines[4]).to.contain(",'=Security,2026-04-30,expiring,");
      expect(lines[6]).to.contain(',"SAP, ""legacy""",2025-06-30,expired,');
      const body = records(csv).slice(1);
      expect(body[3][2]).to.equal("'=Security");
      expect(body[5][2]).to.equal('SAP, "legacy"');
    });
  });

  describe('file name', () => {
    it('names the contract and the day, with characters a file system may refuse replaced', () => {
      expect(proofOfDeliveryFilename('USC-2025-0412', '2026-11-20T09:30:00Z')).to.equal(
        'proof-of-delivery-USC-2025-0412-2026-11-20.csv',
      );
      expect(proofOfDeliveryFilename('A/B: C', '2026-11-20', 'prova-de-entrega')).to.equal(
        'prova-de-entrega-A-B-C-2026-11-20.csv',
      );
      expect(proofOfDeliveryFilename('///', '2026-11-20', '')).to.equal(
        'proof-of-delivery-contract-2026-11-20.csv',
      );
    });
  });
});
