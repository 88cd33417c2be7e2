/**
 * A small, hand-built, valid dataset for tests. Every call returns fresh objects, so a test may change what it got.
 *
 * Today is 2026-03-15. Workspaces ws-a, ws-b, ws-c. Contracts: ct-1 active (ws-a, ws-b), ct-2 expired (ws-b),
 * ct-3 upcoming (ws-c). Users: u-admin (customer admin), u-wsadmin (admin of ws-b), u-member (customer-activity on
 * ws-a, group g-1), u-viewall (customer-activity on ws-a + view-all-support-requests), u-learner (learning-manager +
 * customer-activity on ws-a), u-none (no selectable workspace).
 */
import type {
  ConsumptionRecord,
  Contract,
  Dataset,
  Entitlement,
  Package,
  SupportCase,
  User,
} from '../../src/domain/types.js';

export const AS_OF = '2026-03-15T08:00:00Z';
export const TODAY = '2026-03-15';

/** A user with no roles and no scopes, plus overrides. */
export function makeUser(overrides: Partial<User> & { id: string }): User {
  return {
    name: overrides.id,
    roles: [],
    workspaceIds: [],
    adminOfWorkspaceIds: [],
    groupIds: [],
    ...overrides,
  };
}

/** A contract of ct-1's term mapped to ws-a, plus overrides. */
export function makeContract(overrides: Partial<Contract> & { id: string }): Contract {
  return {
    number: `N-${overrides.id}`,
    name: `Contract ${overrides.id}`,
    startDate: '2025-01-01',
    endDate: '2026-12-31',
    workspaceIds: ['ws-a'],
    ...overrides,
  };
}

/** An active enterprise package of ct-1, plus overrides. */
export function makePackage(overrides: Partial<Package> & { id: string }): Package {
  return {
    contractId: 'ct-1',
    name: `Package ${overrides.id}`,
    scope: 'enterprise',
    startDate: '2025-01-01',
    endDate: '2026-12-31',
    status: 'active',
    ...overrides,
  };
}

/** A consumable advisory-support entitlement in hours of pk-ent-1, plus overrides. */
export function makeEntitlement(overrides: Partial<Entitlement> & { id: string }): Entitlement {
  return {
    packageId: 'pk-ent-1',
    kind: 'advisory-support',
    name: `Entitlement ${overrides.id}`,
    description: `About ${overrides.id}`,
    category: 'consumable',
    unit: 'hours',
    purchased: 100,
    ...overrides,
  };
}

/** A consumption record of en-advisory in ws-a, plus overrides. */
export function makeRecord(overrides: Partial<ConsumptionRecord> & { id: string }): ConsumptionRecord {
  return {
    entitlementId: 'en-advisory',
    workspaceId: 'ws-a',
    date: '2026-01-01',
    quantity: 1,
    title: `Record ${overrides.id}`,
    ...overrides,
  };
}

/** A fully mapped case of ws-a (ct-1 / pk-ent-1 / en-advisory) that nobody but admins may see, plus overrides. */
export function makeCase(overrides: Partial<SupportCase> & { id: string }): SupportCase {
  return {
    number: `CS-${overrides.id}`,
    title: `Case ${overrides.id}`,
    type: 'advisory',
    severity: 'B',
    status: 'open',
    openedAt: '2026-01-15',
    workspaceId: 'ws-a',
    contractId: 'ct-1',
    packageId: 'pk-ent-1',
    entitlementId: 'en-advisory',
    sharedWithUserIds: [],
    groupIds: [],
    ...overrides,
  };
}

/** A fresh copy of the small test dataset, with top-level lists or fields replaced by `overrides`. */
export function makeDataset(overrides: Partial<Dataset> = {}): Dataset {
  const base: Dataset = {
    asOf: AS_OF,
    customer: { id: 'cust-1', name: 'Acme Ltda' },
    workspaces: [
      { id: 'ws-a', name: 'São Paulo' },
      { id: 'ws-b', name: 'Rio de Janeiro' },
      { id: 'ws-c', name: 'Lisboa' },
    ],
    users: [
      makeUser({ id: 'u-admin', name: 'Ana Admin', roles: ['customer-admin'] }),
      makeUser({ id: 'u-wsadmin', name: 'Wagner Admin', adminOfWorkspaceIds: ['ws-b'] }),
      makeUser({
        id: 'u-member',
        name: 'Maria',
        roles: ['customer-activity'],
        workspaceIds: ['ws-a'],
        groupIds: ['g-1'],
      }),
      makeUser({
        id: 'u-viewall',
        name: 'Vera',
        roles: ['customer-activity', 'view-all-support-requests'],
        workspaceIds: ['ws-a'],
      }),
      makeUser({
        id: 'u-learner',
        name: 'Lucas',
        roles: ['learning-manager', 'customer-activity'],
        workspaceIds: ['ws-a'],
      }),
      makeUser({ id: 'u-none', name: 'Nina', roles: ['view-all-support-requests'], workspaceIds: ['ws-a'] }),
    ],
    contracts: [
      makeContract({ id: 'ct-1', workspaceIds: ['ws-a', 'ws-b'] }),
      makeContract({ id: 'ct-2', startDate: '2024-01-01', endDate: '2025-12-31', workspaceIds: ['ws-b'] }),
      makeContract({ id: 'ct-3', startDate: '2026-06-01', endDate: '2027-05-31', workspaceIds: ['ws-c'] }),
    ],
    packages: [
      makePackage({ id: 'pk-ent-1' }),
      makePackage({ id: 'pk-add-1', scope: 'add-on', startDate: '2026-01-01', endDate: '2026-04-30' }),
      makePackage({
        id: 'pk-add-2',
        scope: 'add-on',
        startDate: '2025-01-01',
        endDate: '2025-06-30',
        status: 'inactive',
      }),
      makePackage({ id: 'pk-ent-2', contractId: 'ct-2', startDate: '2024-01-01', endDate: '2025-12-31' }),
    ],
    entitlements: [
      makeEntitlement({ id: 'en-reactive', kind: 'reactive-support', purchased: null }),
      makeEntitlement({
        id: 'en-advisory',
        kind: 'advisory-support',
        purchased: 100,
        actionUrl: 'https://x.test/a',
      }),
      makeEntitlement({ id: 'en-proactive', kind: 'proactive-services', unit: 'credits', purchased: 50 }),
      makeEntitlement({ id: 'en-workshop', kind: 'workshop', unit: 'credits', purchased: 20 }),
      makeEntitlement({
        id: 'en-sta',
        kind: 'support-technology-advisor',
        category: 'benefit',
        unit: 'services',
      }),
      makeEntitlement({ id: 'en-education', kind: 'education-on-demand', unit: 'activities', purchased: 10 }),
      makeEntitlement({
        id: 'en-contacts',
        kind: 'support-contacts',
        category: 'benefit',
        unit: 'contacts',
        purchased: 6,
      }),
      makeEntitlement({ id: 'en-assess', kind: 'assessments-on-demand', unit: 'assessments', purchased: 2 }),
      makeEntitlement({ id: 'en-other', kind: 'other', unit: 'services', purchased: 5 }),
      makeEntitlement({
        id: 'en-addon',
        packageId: 'pk-add-1',
        kind: 'designated-engineering',
        purchased: 40,
      }),
      makeEntitlement({
        id: 'en-addon-old',
        packageId: 'pk-add-2',
        kind: 'workshop',
        unit: 'credits',
        purchased: 10,
      }),
      makeEntitlement({ id: 'en-old', packageId: 'pk-ent-2', kind: 'reactive-support', purchased: 10 }),
    ],
    consumption: [
      makeRecord({
        id: 'r01',
        date: '2026-01-10',
        quantity: 10,
        hoursDone: 10,
        title: 'Revisão de arquitetura',
        reference: 'REF-001',
        status: 'Concluído',
        person: 'João Souza',
        email: 'joao@acme.test',
      }),
      makeRecord({
        id: 'r02',
        date: '2026-02-01',
        quantity: 5,
        hoursDone: 4,
        title: 'Sessão consultiva',
        caseId: 'case-1',
      }),
      makeRecord({
        id: 'r03',
        date: '2026-02-20',
        quantity: 6,
        hoursDone: 6,
        title: 'Análise de incidente',
        caseId: 'case-7',
      }),
      makeRecord({
        id: 'r04',
        workspaceId: 'ws-b',
        date: '2026-02-15',
        quantity: 20,
        hoursDone: 18,
        title: 'Upgrade planning',
      }),
      makeRecord({
        id: 'r05',
        workspaceId: 'ws-c',
        date: '2026-03-01',
        quantity: 1,
        hoursDone: 1,
        title: 'Educação executiva',
      }),
      makeRecord({ id: 'r06', entitlementId: 'en-proactive', quantity: 40, title: 'Health check' }),
      makeRecord({
        id: 'r07',
        entitlementId: 'en-workshop',
        workspaceId: 'ws-b',
        quantity: 19,
        title: 'Workshop',
      }),
      makeRecord({ id: 'r08', entitlementId: 'en-education', quantity: 11, title: 'Curso' }),
      makeRecord({
        id: 'r09',
        entitlementId: 'en-reactive',
        quantity: 3,
        hoursDone: 3,
        title: 'Incidente',
        caseId: 'case-3',
      }),
      makeRecord({ id: 'r10', entitlementId: 'en-addon', quantity: 8, hoursDone: 8, title: 'Engenharia' }),
    ],
    cases: [
      // Fully mapped, shared with group g-1: not additional.
      makeCase({ id: 'case-1', openedAt: '2026-01-20', groupIds: ['g-1'] }),
      // Expired contract ct-2 (mapped to ws-b only): expired-contract, and unmapped-contract when ws-b is not in S.
      makeCase({
        id: 'case-2',
        openedAt: '2026-02-02',
        contractId: 'ct-2',
        packageId: 'pk-ent-2',
        entitlementId: 'en-old',
        primaryContactId: 'u-member',
      }),
      // No contract: missing-contract. Shared with u-member.
      makeCase({
        id: 'case-3',
        openedAt: '2026-02-03',
        contractId: undefined,
        packageId: undefined,
        entitlementId: undefined,
        sharedWithUserIds: ['u-member'],
      }),
      // Package of another contract: missing-package. Private.
      makeCase({ id: 'case-4', openedAt: '2026-02-04', packageId: 'pk-ent-2' }),
      // Unknown entitlement and classified DSA: missing-service + classified. Private.
      makeCase({ id: 'case-5', openedAt: '2026-02-05', entitlementId: 'en-nope', classification: 'DSA' }),
      // Classified, in ws-b. Private.
      makeCase({ id: 'case-6', openedAt: '2026-02-06', workspaceId: 'ws-b', classification: 'X85' }),
      // Fully mapped, private: not additional; hides r03 from u-member.
      makeCase({ id: 'case-7', openedAt: '2026-02-07' }),
    ],
  };
  return { ...base, ...overrides };
}
