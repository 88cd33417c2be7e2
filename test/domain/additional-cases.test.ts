import { expect } from '@open-wc/testing';
import type { CaseLookups } from '../../src/domain/additional-cases.js';
import { additionalCasesOf, caseReasons } from '../../src/domain/additional-cases.js';
import type { SupportCase } from '../../src/domain/types.js';
import { makeCase, makeContract, makeEntitlement, makePackage, TODAY } from '../helpers/fixtures.js';

// ct-live: active, mapped to ws-a; ct-old: expired, mapped to ws-a; ct-away: active, mapped to ws-b.
const lookups: CaseLookups = {
  contracts: new Map(
    [
      makeContract({ id: 'ct-live', workspaceIds: ['ws-a'] }),
      makeContract({ id: 'ct-old', endDate: '2026-03-14', workspaceIds: ['ws-a'] }),
      makeContract({ id: 'ct-away', workspaceIds: ['ws-b'] }),
    ].map((c) => [c.id, c]),
  ),
  packages: new Map(
    [
      makePackage({ id: 'pk-live', contractId: 'ct-live' }),
      makePackage({ id: 'pk-old', contractId: 'ct-old' }),
      makePackage({ id: 'pk-away', contractId: 'ct-away' }),
    ].map((p) => [p.id, p]),
  ),
  entitlements: new Map(
    [
      makeEntitlement({ id: 'en-live', packageId: 'pk-live' }),
      makeEntitlement({ id: 'en-old', packageId: 'pk-old' }),
      makeEntitlement({ id: 'en-away', packageId: 'pk-away' }),
    ].map((e) => [e.id, e]),
  ),
};
const S = new Set(['ws-a']);
const mapped = { contractId: 'ct-live', packageId: 'pk-live', entitlementId: 'en-live' };
const reasonsOf = (overrides: Partial<SupportCase>, selected: ReadonlySet<string> = S) =>
  caseReasons(makeCase({ id: 'c', ...mapped, ...overrides }), selected, lookups, TODAY);

describe('additional-case reasons', () => {
  it('a fully mapped, live, unclassified case has none', () => {
    expect(reasonsOf({})).to.eql([]);
  });

  it('expired-contract alone', () => {
    expect(reasonsOf({ contractId: 'ct-old', packageId: 'pk-old', entitlementId: 'en-old' })).to.eql([
      'expired-contract',
    ]);
  });

  it('a contract ending today is not expired', () => {
    const endsToday = {
      ...lookups,
      contracts: new Map([['ct-live', makeContract({ id: 'ct-live', endDate: TODAY })]]),
    };
    expect(caseReasons(makeCase({ id: 'c', ...mapped }), S, endsToday, TODAY)).to.eql([]);
  });

  it('unmapped-contract alone', () => {
    expect(reasonsOf({ contractId: 'ct-away', packageId: 'pk-away', entitlementId: 'en-away' })).to.eql([
      'unmapped-contract',
    ]);
  });

  it('unmapped-contract depends on S', () => {
    const away = { contractId: 'ct-away', packageId: 'pk-away', entitlementId: 'en-away' };
    expect(reasonsOf(away, new Set(['ws-a', 'ws-b']))).to.eql([]);
  });

  it('missing-contract alone, for a missing or an unknown contract', () => {
    expect(reasonsOf({ contractId: undefined, packageId: undefined, entitlementId: undefined })).to.eql([
      'missing-contract',
    ]);
    expect(reasonsOf({ contractId: 'ct-nope' })).to.eql(['missing-contract']);
  });

  it('missing-package alone: missing, unknown, or of another contract', () => {
    expect(reasonsOf({ packageId: undefined })).to.eql(['missing-package']);
    expect(reasonsOf({ packageId: 'pk-nope' })).to.eql(['missing-package']);
    expect(reasonsOf({ packageId: 'pk-away', entitlementId: 'en-away' })).to.eql(['missing-package']);
  });

  it('missing-service alone: missing, unknown, or of another package', () => {
    expect(reasonsOf({ entitlementId: undefined })).to.eql(['missing-service']);
    expect(reasonsOf({ entitlementId: 'en-nope' })).to.eql(['missing-service']);
    expect(reasonsOf({ entitlementId: 'en-away' })).to.eql(['missing-service']);
  });

  it('classified alone, for each classification', () => {
    for (const classification of ['SU', 'DSA', 'X85', 'REC'] as const) {
      expect(reasonsOf({ classification })).to.eql(['classified']);
    }
  });

  it('reports at most one of missing-contract / missing-package / missing-service, the first that holds', () => {
    expect(reasonsOf({ contractId: undefined, packageId: 'pk-nope', entitlementId: 'en-nope' })).to.eql([
      'missing-contract',
    ]);
    expect(reasonsOf({ packageId: undefined, entitlementId: undefined })).to.eql(['missing-package']);
  });

  it('combines reasons in order: expired + unmapped + missing-package + classified', () => {
    const expiredAway = {
      ...lookups,
      contracts: new Map([
        ...lookups.contracts,
        ['ct-x', makeContract({ id: 'ct-x', endDate: '2025-01-31', workspaceIds: ['ws-b'] })],
      ]),
    };
    const c = makeCase({
      id: 'c',
      contractId: 'ct-x',
      packageId: 'pk-live',
      entitlementId: 'en-live',
      classification: 'REC',
    });
    expect(caseReasons(c, S, expiredAway, TODAY)).to.eql([
      'expired-contract',
      'unmapped-contract',
      'missing-package',
      'classified',
    ]);
  });

  it('combines expired-contract + missing-service + classified', () => {
    expect(
      reasonsOf({
        contractId: 'ct-old',
        packageId: 'pk-old',
        entitlementId: undefined,
        classification: 'SU',
      }),
    ).to.eql(['expired-contract', 'missing-service', 'classified']);
  });

  it('combines unmapped-contract + missing-service', () => {
    expect(reasonsOf({ contractId: 'ct-away', packageId: 'pk-away', entitlementId: 'en-live' })).to.eql([
      'unmapped-contract',
      'missing-service',
    ]);
  });

  it('additionalCasesOf keeps the cases in S that have a reason', () => {
    const cases = [
      makeCase({ id: 'plain', ...mapped }),
      makeCase({ id: 'classified', ...mapped, classification: 'SU' }),
      makeCase({ id: 'elsewhere', ...mapped, workspaceId: 'ws-b', classification: 'SU' }),
      makeCase({ id: 'orphan', contractId: undefined }),
    ];
    const out = additionalCasesOf(cases, S, lookups, TODAY);
    expect(out.map((c) => [c.id, c.reasons])).to.eql([
      ['classified', ['classified']],
      ['orphan', ['missing-contract']],
    ]);
  });
});
