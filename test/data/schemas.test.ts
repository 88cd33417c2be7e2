import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DatasetError } from '../../src/data/errors.js';
import type { DatasetIssue } from '../../src/data/errors.js';
import {
  additionalCasePageSchema,
  consumptionPageSchema,
  consumptionRecordSchema,
  copyConsumptionRecord,
  forecastSchema,
  formatPath,
  parseDataset,
  parseResponse,
  safeParseDataset,
  sessionSchema,
} from '../../src/data/schemas.js';
import type {
  balanceSchema,
  contractViewSchema,
  datasetSchema,
  enterpriseSummarySchema,
  entitlementViewSchema,
  packageViewSchema,
} from '../../src/data/schemas.js';
import type {
  AdditionalCase,
  Balance,
  ConsumptionRecord,
  ContractView,
  Dataset,
  EnterpriseSummary,
  EntitlementView,
  Forecast,
  Page,
  PackageView,
  Session,
} from '../../src/domain/types.js';
import { addDays } from '../../src/domain/dates.js';
import { forecastOf } from '../../src/domain/forecast.js';

/** A small dataset that satisfies the whole contract; every test gets its own copy. */
function fixture(): Dataset {
  return {
    asOf: '2026-11-20T09:30:00Z',
    customer: { id: 'cust-1', name: 'Transportes Exemplo Ltda.' },
    workspaces: [
      { id: 'ws-1', name: 'São Paulo – Operações' },
      { id: 'ws-2', name: 'Recife – Finanças' },
    ],
    users: [
      {
        id: 'u-1',
        name: 'Ana Souza',
        email: 'ana.souza@exemplo.com.br',
        roles: ['customer-admin'],
        workspaceIds: ['ws-1'],
        adminOfWorkspaceIds: [],
        groupIds: ['grp-ti'],
      },
      {
        id: 'u-2',
        name: 'Bruno Lima',
        roles: ['customer-activity', 'learning-manager'],
        workspaceIds: ['ws-1', 'ws-2'],
        adminOfWorkspaceIds: ['ws-2'],
        groupIds: [],
      },
    ],
    contracts: [
      {
        id: 'c-1',
        number: 'USC-2025-0001',
        name: 'Suporte Unificado',
        startDate: '2025-12-01',
        endDate: '2026-11-30',
        workspaceIds: ['ws-1', 'ws-2'],
      },
    ],
    packages: [
      {
        id: 'p-1',
        contractId: 'c-1',
        name: 'Enterprise',
        scope: 'enterprise',
        startDate: '2025-12-01',
        endDate: '2026-11-30',
        status: 'active',
      },
    ],
    entitlements: [
      {
        id: 'e-1',
        packageId: 'p-1',
        kind: 'advisory-support',
        name: 'Suporte Consultivo',
        description: 'Orientação consultiva',
        category: 'consumable',
        unit: 'hours',
        purchased: 100,
        actionUrl: 'https://exemplo.com.br/solicitar',
      },
      {
        id: 'e-2',
        packageId: 'p-1',
        kind: 'reactive-support',
        name: 'Suporte Reativo',
        description: '',
        category: 'consumable',
        unit: 'cases',
        purchased: null,
      },
      {
        id: 'e-3',
        packageId: 'p-1',
        kind: 'other',
        name: 'Gerente de Sucesso do Cliente',
        description: 'Benefício',
        category: 'benefit',
        unit: 'services',
        purchased: 1,
      },
    ],
    consumption: [
      {
        id: 'r-1',
        entitlementId: 'e-1',
        workspaceId: 'ws-1',
        date: '2026-01-10',
        quantity: 4.5,
        hoursDone: 4.5,
        title: 'Revisão de arquitetura',
        caseId: 'k-1',
      },
      {
        id: 'r-2',
        entitlementId: 'e-2',
        workspaceId: 'ws-2',
        date: '2026-02-10',
        quantity: 1,
        title: 'Lentidão no ERP',
        reference: '2602100040000001',
        status: 'Fechado',
        person: 'Bruno Lima',
        email: 'bruno.lima@exemplo.com.br',
      },
    ],
    cases: [
      {
        id: 'k-1',
        number: '2601100040000001',
        title: 'Consultoria de arquitetura',
        type: 'advisory',
        severity: 'B',
        status: 'closed',
        openedAt: '2026-01-10',
        closedAt: '2026-01-12',
        workspaceId: 'ws-1',
        contractId: 'c-1',
        packageId: 'p-1',
        entitlementId: 'e-1',
        classification: 'SU',
        primaryContactId: 'u-1',
        sharedWithUserIds: ['u-2'],
        groupIds: ['grp-ti'],
      },
      {
        id: 'k-2',
        number: '2611180040000002',
        title: 'Falha de autenticação',
        type: 'problem-resolution',
        severity: 'A',
        status: 'open',
        openedAt: '2026-11-18',
        workspaceId: 'ws-2',
        sharedWithUserIds: [],
        groupIds: [],
      },
    ],
  };
}

/** Sets a field to any value, also one the types forbid. */
function poke(target: object, key: string, value: unknown): void {
  (target as Record<string, unknown>)[key] = value;
}

/** The issues of the DatasetError that parseDataset throws; fails when it does not throw one. */
function issuesOf(input: unknown): DatasetIssue[] {
  try {
    parseDataset(input);
  } catch (error) {
    expect(error).to.be.instanceOf(DatasetError);
    return [...(error as DatasetError).issues];
  }
  expect.fail('parseDataset accepted an invalid dataset');
}

/** Expects exactly one issue, at `path`, whose message includes `message`. */
function expectOnly(input: unknown, path: string, message: string): void {
  const issues = issuesOf(input);
  expect(issues.map((i) => i.path)).to.deep.equal([path]);
  expect(issues[0].message).to.include(message);
}

describe('parseDataset', () => {
  describe('valid data', () => {
    it('accepts a valid dataset and returns an equal copy that shares no object with the input', () => {
      const input = fixture();
      const out = parseDataset(input);
      expect(out).to.deep.equal(input);
      expect(out).not.to.equal(input);
      expect(out.users[0]).not.to.equal(input.users[0]);
      expect(out.users[0].roles).not.to.equal(input.users[0].roles);
      expect(out.consumption).not.to.equal(input.consumption);
      expect(out.consumption[0]).not.to.equal(input.consumption[0]);
      expect(out.cases[0].sharedWithUserIds).not.to.equal(input.cases[0].sharedWithUserIds);
      input.consumption[0].quantity = 99;
      expect(out.consumption[0].quantity).to.equal(4.5);
    });

    it('accepts empty lists', () => {
      const input = fixture();
      const empty = {
        ...input,
        users: [],
        contracts: [],
        packages: [],
        entitlements: [],
        consumption: [],
        cases: [],
      };
      expect(parseDataset(empty).consumption).to.deep.equal([]);
    });

    it('strips unknown keys rather than rejecting them', () => {
      const input = fixture();
      poke(input.consumption[0], 'extra', 'x');
      poke(input, 'version', 2);
      const out = parseDataset(input);
      expect(out.consumption[0]).not.to.have.property('extra');
      expect(out).not.to.have.property('version');
    });

    it('accepts a timestamp with an offset and fractional seconds', () => {
      const input = fixture();
      input.asOf = '2026-11-20T06:30:00.123-03:00';
      expect(parseDataset(input).asOf).to.equal(input.asOf);
    });

    it('accepts a case with an unknown contract, package and entitlement (a business fact)', () => {
      const input = fixture();
      input.cases[0].contractId = 'c-unknown';
      input.cases[0].packageId = 'p-unknown';
      input.cases[0].entitlementId = 'e-unknown';
      expect(parseDataset(input).cases[0].contractId).to.equal('c-unknown');
    });

    it('accepts a case with no contract, package or entitlement', () => {
      const input = fixture();
      delete input.cases[0].contractId;
      delete input.cases[0].packageId;
      delete input.cases[0].entitlementId;
      expect(() => parseDataset(input)).not.to.throw();
    });

    it('accepts a case whose package belongs to another contract', () => {
      const input = fixture();
      input.contracts.push({ ...input.contracts[0], id: 'c-2', number: 'USC-2' });
      input.cases[0].contractId = 'c-2';
      expect(() => parseDataset(input)).not.to.throw();
    });

    it('accepts an unsafe actionUrl: the elements decide what is a link', () => {
      const input = fixture();
      input.entitlements[0].actionUrl = 'javascript:alert(1)';
      expect(() => parseDataset(input)).not.to.throw();
    });

    it('accepts a leap day', () => {
      const input = fixture();
      input.consumption[0].date = '2028-02-29';
      expect(() => parseDataset(input)).not.to.throw();
    });
  });

  describe('types and enums', () => {
    it('rejects a wrong type with the path and "expected …, received …"', () => {
      const input = fixture();
      poke(input.entitlements[1], 'purchased', '10');
      expectOnly(input, 'entitlements[1].purchased', 'expected number, received string');
      expect(() => parseDataset(input)).to.throw(
        DatasetError,
        'entitlements[1].purchased: expected number, received string',
      );
    });

    it('rejects a missing required field', () => {
      const input = fixture();
      poke(input.consumption[1], 'title', undefined);
      expectOnly(input, 'consumption[1].title', 'expected string, received undefined');
    });

    it('rejects null in an optional field', () => {
      const input = fixture();
      poke(input.consumption[1], 'email', null);
      expectOnly(input, 'consumption[1].email', 'expected string, received null');
    });

    it('rejects a quantity that is not a finite number', () => {
      const input = fixture();
      input.consumption[0].quantity = Number.NaN;
      input.consumption[1].quantity = Number.POSITIVE_INFINITY;
      expect(issuesOf(input).map((i) => i.path)).to.deep.equal([
        'consumption[0].quantity',
        'consumption[1].quantity',
      ]);
    });

    it('rejects an unknown enum value', () => {
      const input = fixture();
      poke(input.entitlements[0], 'kind', 'premium-support');
      expectOnly(input, 'entitlements[0].kind', 'received "premium-support"');
      expect(issuesOf(input)[0].message).to.include('advisory-support');
    });

    it('rejects an unknown role inside a list', () => {
      const input = fixture();
      poke(input.users[1], 'roles', ['customer-activity', 'super-admin']);
      expectOnly(input, 'users[1].roles[1]', 'received "super-admin"');
    });

    it('rejects an unknown unit, category, scope, status, severity and classification', () => {
      const input = fixture();
      poke(input.entitlements[0], 'unit', 'days');
      poke(input.entitlements[1], 'category', 'bonus');
      poke(input.packages[0], 'scope', 'global');
      poke(input.packages[0], 'status', 'paused');
      poke(input.cases[0], 'severity', 'D');
      poke(input.cases[0], 'classification', 'XYZ');
      poke(input.cases[1], 'type', 'incident');
      poke(input.cases[1], 'status', 'pending');
      expect(issuesOf(input).map((i) => i.path)).to.deep.equal([
        'packages[0].scope',
        'packages[0].status',
        'entitlements[0].unit',
        'entitlements[1].category',
        'cases[0].severity',
        'cases[0].classification',
        'cases[1].type',
        'cases[1].status',
      ]);
    });

    it('rejects a date that is not a calendar date', () => {
      const input = fixture();
      input.contracts[0].endDate = '2026-02-30';
      input.consumption[0].date = '10/01/2026';
      input.cases[1].openedAt = '2026-11-18T10:00:00Z';
      const issues = issuesOf(input);
      expect(issues.map((i) => i.path)).to.deep.equal([
        'contracts[0].endDate',
        'consumption[0].date',
        'cases[1].openedAt',
      ]);
      expect(issues[0].message).to.equal('expected a calendar date YYYY-MM-DD, received "2026-02-30"');
    });

    it('rejects an asOf that is not a full timestamp', () => {
      const input = fixture();
      input.asOf = '2026-11-20';
      expectOnly(input, 'asOf', 'expected an ISO-8601 timestamp');
    });

    it('rejects an empty id', () => {
      const input = fixture();
      input.workspaces[1].id = '';
      input.users[1].workspaceIds = ['ws-1'];
      input.users[1].adminOfWorkspaceIds = [];
      input.consumption[1].workspaceId = 'ws-1';
      input.cases[1].workspaceId = 'ws-1';
      input.contracts[0].workspaceIds = ['ws-1'];
      expectOnly(input, 'workspaces[1].id', 'expected a non-empty string');
    });

    it('rejects a list that is not an array, and a root that is not an object', () => {
      const input = fixture();
      poke(input, 'consumption', { length: 0 });
      expectOnly(input, 'consumption', 'expected array, received object');
      expectOnly('dataset', '', 'expected object, received string');
      expect(issuesOf(null).map((i) => i.path)).to.deep.equal(['']);
    });
  });

  describe('rules beyond types', () => {
    for (const list of [
      'workspaces',
      'users',
      'contracts',
      'packages',
      'entitlements',
      'consumption',
      'cases',
    ] as const) {
      it(`rejects a duplicate id in ${list}, naming the first occurrence`, () => {
        const input = fixture();
        const rows = input[list] as { id: string }[];
        // A copy of the first row appended: same id, references still resolve, only the id repeats.
        rows.push({ ...rows[0] });
        const at = rows.length - 1;
        expectOnly(input, `${list}[${at}].id`, `first used at ${list}[0]`);
      });
    }

    it('rejects a contract ending before it starts', () => {
      const input = fixture();
      input.contracts[0].endDate = '2025-11-30';
      expectOnly(input, 'contracts[0].endDate', 'endDate 2025-11-30 is before startDate 2025-12-01');
    });

    it('rejects a package ending before it starts', () => {
      const input = fixture();
      input.packages[0].startDate = '2026-12-01';
      expectOnly(input, 'packages[0].endDate', 'before startDate 2026-12-01');
    });

    it('rejects a case closed before it was opened', () => {
      const input = fixture();
      input.cases[0].closedAt = '2026-01-09';
      expectOnly(input, 'cases[0].closedAt', 'closedAt 2026-01-09 is before openedAt 2026-01-10');
    });

    it('accepts a term of a single day', () => {
      const input = fixture();
      input.packages[0].endDate = input.packages[0].startDate;
      expect(() => parseDataset(input)).not.to.throw();
    });

    it('rejects purchased 0', () => {
      const input = fixture();
      input.entitlements[0].purchased = 0;
      expectOnly(input, 'entitlements[0].purchased', 'expected a positive number, received 0');
    });

    it('rejects a negative purchased', () => {
      const input = fixture();
      input.entitlements[0].purchased = -5;
      expectOnly(input, 'entitlements[0].purchased', 'expected a positive number, received -5');
    });

    it('rejects a negative quantity', () => {
      const input = fixture();
      input.consumption[1].quantity = -1;
      expectOnly(input, 'consumption[1].quantity', 'expected a non-negative number, received -1');
    });

    it('accepts a zero quantity', () => {
      const input = fixture();
      input.consumption[1].quantity = 0;
      expect(() => parseDataset(input)).not.to.throw();
    });

    it('rejects a negative hoursDone', () => {
      const input = fixture();
      input.consumption[0].hoursDone = -0.5;
      expectOnly(input, 'consumption[0].hoursDone', 'expected a non-negative number, received -0.5');
    });

    it("rejects a package's unknown contract", () => {
      const input = fixture();
      input.packages[0].contractId = 'c-9';
      expectOnly(input, 'packages[0].contractId', 'unknown contract "c-9"');
    });

    it("rejects an entitlement's unknown package", () => {
      const input = fixture();
      input.entitlements[2].packageId = 'p-9';
      expectOnly(input, 'entitlements[2].packageId', 'unknown package "p-9"');
    });

    it("rejects a consumption record's unknown entitlement", () => {
      const input = fixture();
      input.consumption[1].entitlementId = 'e-9';
      expectOnly(input, 'consumption[1].entitlementId', 'unknown entitlement "e-9"');
    });

    it("rejects a consumption record's unknown workspace", () => {
      const input = fixture();
      input.consumption[0].workspaceId = 'ws-9';
      expectOnly(input, 'consumption[0].workspaceId', 'unknown workspace "ws-9"');
    });

    it("rejects a consumption record's unknown case", () => {
      const input = fixture();
      input.consumption[0].caseId = 'k-9';
      expectOnly(input, 'consumption[0].caseId', 'unknown case "k-9"');
    });

    it("rejects a contract's unknown workspace", () => {
      const input = fixture();
      input.contracts[0].workspaceIds = ['ws-1', 'ws-9'];
      expectOnly(input, 'contracts[0].workspaceIds[1]', 'unknown workspace "ws-9"');
    });

    it("rejects a user's unknown workspace", () => {
      const input = fixture();
      input.users[0].workspaceIds = ['ws-9'];
      expectOnly(input, 'users[0].workspaceIds[0]', 'unknown workspace "ws-9"');
    });

    it("rejects a user's unknown administered workspace", () => {
      const input = fixture();
      input.users[1].adminOfWorkspaceIds = ['ws-2', 'ws-8'];
      expectOnly(input, 'users[1].adminOfWorkspaceIds[1]', 'unknown workspace "ws-8"');
    });

    it("rejects a case's unknown workspace", () => {
      const input = fixture();
      input.cases[1].workspaceId = 'ws-9';
      expectOnly(input, 'cases[1].workspaceId', 'unknown workspace "ws-9"');
    });

    it("rejects a case's unknown primary contact and sharing user", () => {
      const input = fixture();
      input.cases[0].primaryContactId = 'u-9';
      input.cases[0].sharedWithUserIds = ['u-2', 'u-8'];
      expect(issuesOf(input)).to.deep.equal([
        { path: 'cases[0].primaryContactId', message: 'unknown user "u-9"' },
        { path: 'cases[0].sharedWithUserIds[1]', message: 'unknown user "u-8"' },
      ]);
    });

    it('rejects a consumption record on a benefit entitlement', () => {
      const input = fixture();
      input.consumption[1].entitlementId = 'e-3';
      expectOnly(input, 'consumption[1].entitlementId', 'is a benefit');
    });
  });

  describe('many problems at once', () => {
    it('lists every problem, shape and integrity together, in dataset order, and throws once', () => {
      const input = fixture();
      poke(input.entitlements[1], 'purchased', '10');
      input.entitlements[0].purchased = 0;
      input.packages[0].contractId = 'c-9';
      input.consumption[0].quantity = -2;
      input.consumption[1].entitlementId = 'e-3';
      input.consumption.push({ ...input.consumption[1], entitlementId: 'e-2' });
      poke(input.cases[1], 'severity', 'Z');
      input.users[0].workspaceIds = ['ws-7'];
      let thrown: unknown;
      try {
        parseDataset(input);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).to.be.instanceOf(DatasetError);
      const error = thrown as DatasetError;
      const expected = [
        'users[0].workspaceIds[0]',
        'packages[0].contractId',
        'entitlements[0].purchased',
        'entitlements[1].purchased',
        'consumption[0].quantity',
        'consumption[1].entitlementId',
        'consumption[2].id',
        'cases[1].severity',
      ];
      expect(error.issues.map((i) => i.path)).to.deep.equal(expected);
      for (const path of expected) expect(error.message).to.include(`\n${path}: `);
      expect(error.message).to.match(/^Invalid dataset \(8 problems\)/);
    });

    it('still checks references when the shape is broken elsewhere', () => {
      const input = fixture();
      poke(input.entitlements[0], 'name', 42);
      input.consumption[1].workspaceId = 'ws-9';
      const result = safeParseDataset(input);
      expect(result.success).to.equal(false);
      if (!result.success) {
        expect(result.issues.map((i) => i.path)).to.deep.equal([
          'entitlements[0].name',
          'consumption[1].workspaceId',
        ]);
      }
    });

    it('names the first occurrence of each repeated consumption id', () => {
      const input = fixture();
      const [a, b] = input.consumption;
      input.consumption.push({ ...a }, { ...b }, { ...a });
      expect(issuesOf(input)).to.deep.equal([
        { path: 'consumption[2].id', message: 'duplicate id "r-1", first used at consumption[0]' },
        { path: 'consumption[3].id', message: 'duplicate id "r-2", first used at consumption[1]' },
        { path: 'consumption[4].id', message: 'duplicate id "r-1", first used at consumption[0]' },
      ]);
    });

    it('reports every bad row of a large consumption list', () => {
      const input = fixture();
      const base = input.consumption[1];
      for (let i = 0; i < 5000; i++)
        input.consumption.push({ ...base, id: `x-${i}`, quantity: i % 1000 === 0 ? -1 : 1 });
      const issues = issuesOf(input);
      expect(issues.map((i) => i.path)).to.deep.equal(
        [0, 1000, 2000, 3000, 4000].map((i) => `consumption[${i + 2}].quantity`),
      );
    });
  });
});

describe('consumption fast path', () => {
  const text = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('', 'Revisão', 'ação'));
  const anyValue = fc.oneof(
    text,
    fc.double(),
    fc.integer({ min: -3, max: 3 }),
    fc.constantFrom(null, undefined, true, Number.NaN, -0, Number.POSITIVE_INFINITY),
    fc.constantFrom(
      '2026-01-31',
      '2026-02-29',
      '2028-02-29',
      '2026-13-01',
      '2026-1-1',
      '2026-01-31T00:00:00Z',
    ),
    fc.constant([]),
    fc.constant({}),
  );
  const field = (good: fc.Arbitrary<unknown>) =>
    fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: anyValue });
  const id = fc.string({ minLength: 1, maxLength: 3 });
  const amount = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 100, noNaN: true }));
  const row = fc.record(
    {
      id: field(id),
      entitlementId: field(id),
      workspaceId: field(id),
      date: field(fc.constantFrom('2026-01-31', '2024-02-29', '2026-11-20')),
      quantity: field(amount),
      hoursDone: field(amount),
      title: field(text),
      reference: field(text),
      status: field(text),
      person: field(text),
      email: field(text),
      caseId: field(id),
      extra: anyValue,
    },
    { requiredKeys: ['id', 'entitlementId', 'workspaceId', 'date', 'quantity', 'title'] },
  );

  it('accepts exactly what zod accepts, and returns exactly what zod returns', () => {
    fc.assert(
      fc.property(fc.oneof(row, anyValue), (candidate) => {
        const copy = copyConsumptionRecord(candidate);
        const zod = consumptionRecordSchema.safeParse(candidate);
        expect(copy !== undefined, JSON.stringify(candidate)).to.equal(zod.success);
        if (copy && zod.success) expect(copy).to.deep.equal(zod.data);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps a present undefined optional field, as zod does', () => {
    const copy = copyConsumptionRecord({
      id: 'r',
      entitlementId: 'e',
      workspaceId: 'w',
      date: '2026-01-01',
      quantity: 1,
      title: '',
      caseId: undefined,
    });
    expect(copy).to.have.property('caseId');
    expect(copy).not.to.have.property('hoursDone');
  });
});

describe('formatPath', () => {
  it('writes dotted keys and bracketed indexes', () => {
    expect(formatPath(['entitlements', 12, 'purchased'])).to.equal('entitlements[12].purchased');
    expect(formatPath(['users', 0, 'roles', 2])).to.equal('users[0].roles[2]');
    expect(formatPath([])).to.equal('');
    expect(formatPath(['a b', 'c'])).to.equal('["a b"].c');
  });
});

/** Compile-time check that two types are mutually assignable; `true` only type-checks when they are. */
function sameType<A, B>(_check: [A] extends [B] ? ([B] extends [A] ? true : false) : false): void {}
type Output<S extends { parse(value: unknown): unknown }> = ReturnType<S['parse']>;

describe('result schemas and parseResponse', () => {
  it('infer exactly the types of types.ts', () => {
    sameType<Output<typeof datasetSchema>, Dataset>(true);
    sameType<Output<typeof sessionSchema>, Session>(true);
    sameType<Output<typeof contractViewSchema>, ContractView>(true);
    sameType<Output<typeof balanceSchema>, Balance>(true);
    sameType<Output<typeof forecastSchema>, Forecast>(true);
    sameType<Output<typeof enterpriseSummarySchema>, EnterpriseSummary>(true);
    sameType<Output<typeof packageViewSchema>, PackageView>(true);
    sameType<Output<typeof entitlementViewSchema>, EntitlementView>(true);
    sameType<Output<typeof consumptionPageSchema>, Page<ConsumptionRecord>>(true);
    sameType<Output<typeof additionalCasePageSchema>, Page<AdditionalCase>>(true);
  });

  const session: Session = {
    asOf: '2026-11-20T09:30:00Z',
    customer: { id: 'cust-1', name: 'Cliente' },
    viewer: { id: 'u-1', name: 'Ana' },
    currentWorkspaceId: null,
    workspaces: [{ id: 'ws-1', name: 'São Paulo' }],
    permissions: { viewPage: true, exportEducation: false, viewAllCases: true },
  };

  it('returns a valid response', () => {
    expect(parseResponse(sessionSchema, session, 'Invalid response from GET /session')).to.deep.equal(
      session,
    );
  });

  it('throws a DatasetError naming the context and every offending path', () => {
    const bad = {
      ...session,
      permissions: { ...session.permissions, viewPage: 'yes' },
      workspaces: [{ id: '' }],
    };
    let thrown: unknown;
    try {
      parseResponse(sessionSchema, bad, 'Invalid response from GET /session');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).to.be.instanceOf(DatasetError);
    const error = thrown as DatasetError;
    expect(error.message).to.match(/^Invalid response from GET \/session \(3 problems\)/);
    expect(error.issues).to.deep.equal([
      { path: 'workspaces[0].id', message: 'expected a non-empty string, received ""' },
      { path: 'workspaces[0].name', message: 'expected string, received undefined' },
      { path: 'permissions.viewPage', message: 'expected boolean, received string' },
    ]);
  });

  it('validates pages of rows', () => {
    const page = { rows: [fixture().cases[1]], total: 1, hiddenByPermissions: 0 };
    expect(() => parseResponse(additionalCasePageSchema, page, 'cases')).to.throw(
      DatasetError,
      'rows[0].reasons',
    );
    const withReasons = { ...page, rows: [{ ...page.rows[0], reasons: ['missing-contract'] }] };
    expect(parseResponse(additionalCasePageSchema, withReasons, 'cases').rows[0].reasons).to.deep.equal([
      'missing-contract',
    ]);
    expect(() => parseResponse(consumptionPageSchema, { ...page, rows: [], total: -1 }, 'rows')).to.throw(
      DatasetError,
      'total: expected a non-negative number, received -1',
    );
  });

  const forecast: Forecast = {
    elapsed: 0.5,
    expectedByNow: 50,
    pace: 1.01,
    projectedTotal: 101,
    runOutDate: '2026-04-10',
    unusedAtEnd: 0,
    outlook: 'runs-out',
  };

  it('validates a forecast, naming every offending field', () => {
    expect(parseResponse(forecastSchema, forecast, 'forecast')).to.deep.equal(forecast);
    const bad = { ...forecast, elapsed: 1.5, runOutDate: '2026-02-30', outlook: 'fine', pace: undefined };
    let thrown: unknown;
    try {
      parseResponse(forecastSchema, bad, 'forecast');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).to.be.instanceOf(DatasetError);
    expect((thrown as DatasetError).issues.map((i) => i.path)).to.deep.equal([
      'elapsed',
      'pace',
      'runOutDate',
      'outlook',
    ]);
  });

  it('accepts every forecast forecastOf can give (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -3, max: 800 }),
        fc.integer({ min: -60, max: 900 }),
        fc.integer({ min: 1, max: 4000 }),
        fc.integer({ min: 0, max: 12_000 }),
        (len, offset, purchased, consumedTotal) => {
          const term = { startDate: '2026-01-01', endDate: addDays('2026-01-01', len) };
          const f = forecastOf(
            { category: 'consumable', purchased, consumedTotal },
            term,
            addDays('2026-01-01', offset),
          );
          expect(forecastSchema.safeParse(f).success).to.equal(true);
        },
      ),
    );
  });
});
