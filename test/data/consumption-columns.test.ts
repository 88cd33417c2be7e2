/**
 * The memory adapter's column-wise storage of consumption rows reads back exactly what it stored: every row's keys
 * (absent and present-but-undefined optional fields told apart) and values, every field's column, and the order a
 * RowIndex gives over it equals the order over the row objects. Then the adapter's pages against the reference
 * (sort of the validated records with createComparator, then the page sliced).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ConsumptionColumns } from '../../src/data/consumption-columns.js';
import { createDemoDataset } from '../../src/data/demo-dataset.js';
import { createMemoryAdapter } from '../../src/data/memory-adapter.js';
import { parseDataset } from '../../src/data/schemas.js';
import {
  CONSUMPTION_FIELDS,
  CONSUMPTION_SEARCH_FIELDS,
  createComparator,
  foldSearch,
  matchesSearch,
  RowIndex,
  searchTextOf,
} from '../../src/domain/query.js';
import type { ConsumptionRecord, SortSpec } from '../../src/domain/types.js';

const WORKSPACES = ['w-a', 'w-b', 'w-c'];
const WORKSPACE_INDEX = new Map(WORKSPACES.map((w, i) => [w, i]));

/** An optional field: absent, present as undefined, or one of `values`. */
const optional = <T>(value: fc.Arbitrary<T>) =>
  fc.oneof(fc.constant('absent' as const), fc.constant(undefined), value);

const recordArb = (few: boolean): fc.Arbitrary<ConsumptionRecord> =>
  fc
    .record({
      workspaceId: fc.constantFrom(...WORKSPACES),
      date: fc.constantFrom('2026-01-02', '2026-03-04', '2025-12-31'),
      quantity: fc.double({ min: 0, max: 1e6, noNaN: true }),
      hoursDone: optional(fc.double({ min: 0, max: 1e3, noNaN: true })),
      title: few ? fc.constantFrom('Árvore', 'arvore', 'b', '') : fc.string({ maxLength: 6 }),
      reference: optional(few ? fc.constantFrom('r1', 'R1') : fc.string({ maxLength: 8 })),
      status: optional(fc.constantFrom('Fechado', 'Aberto')),
      person: optional(fc.string({ maxLength: 4 })),
      email: optional(fc.constantFrom('a@x.com', 'b@x.com')),
      caseId: optional(fc.constantFrom('c-1', 'c-2')),
    })
    .map((fields) => {
      const out: Record<string, unknown> = { id: '', entitlementId: 'e-1' };
      for (const [k, v] of Object.entries(fields)) if (v !== 'absent') out[k] = v;
      return out as unknown as ConsumptionRecord;
    });

const recordsArb = (few: boolean, maxLength: number) =>
  fc
    .array(recordArb(few), { minLength: 1, maxLength })
    .map((rows) => rows.map((r, i) => ({ ...r, id: `x-${(i * 7919) % 100_003}-${i}` })));

const store = (records: ConsumptionRecord[]) =>
  new ConsumptionColumns('e-1', records, WORKSPACES, WORKSPACE_INDEX);

/** Keys and values, `in` included: a deep equal that tells an absent key from one holding undefined. */
function expectSame(actual: ConsumptionRecord, expected: ConsumptionRecord): void {
  expect(Object.keys(actual).sort()).to.deep.equal(Object.keys(expected).sort());
  expect(actual).to.deep.equal(expected);
}

describe('consumption columns', () => {
  it('rowAt gives back every stored record, keys and values (property)', () => {
    fc.assert(
      fc.property(fc.boolean(), recordsArb(false, 40), (few, generated) => {
        const records = few ? generated.map((r) => ({ ...r, title: r.title.slice(0, 1) })) : generated;
        const columns = store(records);
        expect(columns.length).to.equal(records.length);
        records.forEach((r, i) => expectSame(columns.rowAt(i), r));
      }),
    );
  });

  it('rowAt gives back every record of a packed column too (more distinct values than a dictionary holds)', () => {
    const records: ConsumptionRecord[] = Array.from({ length: 5000 }, (_, i) => {
      const r: ConsumptionRecord = {
        id: `c-${String(i).padStart(6, '0')}`,
        entitlementId: 'e-1',
        workspaceId: WORKSPACES[i % 3],
        date: '2026-01-02',
        quantity: i,
        title: `title ${i}`,
      };
      if (i % 3 === 0) r.reference = `ref-${i}-ção`;
      else if (i % 3 === 1) r.reference = undefined;
      return r;
    });
    const columns = store(records);
    records.forEach((r, i) => expectSame(columns.rowAt(i), r));
    expect(columns.coded('id')).to.equal(undefined);
    expect(columns.coded('date')?.values).to.include('2026-01-02');
  });

  it('every column holds the field of each row in row order (property)', () => {
    fc.assert(
      fc.property(recordsArb(true, 30), (records) => {
        const columns = store(records);
        for (const field of CONSUMPTION_FIELDS) {
          expect(columns.column(field), field).to.deep.equal(records.map((r) => r[field]));
          const coded = columns.coded(field);
          if (coded !== undefined) {
            expect(
              Array.from(coded.codes, (c) => coded.values[c]),
              field,
            ).to.deep.equal(records.map((r) => r[field]));
          }
        }
      }),
    );
  });

  it('a RowIndex over the columns sorts and searches exactly as one over the records (property)', () => {
    const specArb = fc.array(
      fc.record({
        key: fc.constantFrom(...CONSUMPTION_FIELDS),
        direction: fc.constantFrom('asc' as const, 'desc' as const),
      }),
      { maxLength: 3 },
    );
    fc.assert(
      fc.property(
        fc.boolean(),
        recordsArb(true, 60),
        specArb,
        fc.constantFrom('', 'arv', 'r1', 'fech', 'x'),
        (few, records, specs, search) => {
          const data = few ? records : records.map((r) => ({ ...r, title: `${r.title}${r.id}` }));
          const overColumns = new RowIndex(store(data), CONSUMPTION_SEARCH_FIELDS);
          const overRows = new RowIndex(data, CONSUMPTION_SEARCH_FIELDS);
          const all = () => Uint32Array.from(data.keys());
          for (const field of CONSUMPTION_FIELDS) {
            expect(overColumns.ranksOf(field), field).to.deep.equal(overRows.ranksOf(field));
          }
          const sorted = Array.from(overColumns.sort(all(), specs as SortSpec[]));
          expect(sorted).to.deep.equal(Array.from(overRows.sort(all(), specs as SortSpec[])));
          const expected = [...data].sort(createComparator<ConsumptionRecord>(specs));
          expect(sorted.map((i) => data[i].id)).to.deep.equal(expected.map((r) => r.id));
          const needle = foldSearch(search);
          data.forEach((r, i) => {
            expect(overColumns.matches(i, needle)).to.equal(
              matchesSearch(searchTextOf(r, CONSUMPTION_SEARCH_FIELDS), needle),
            );
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the adapter pages are the validated records, sorted by createComparator and sliced', async () => {
    const dataset = createDemoDataset({ size: 6000 });
    const parsed = parseDataset(dataset);
    const adapter = createMemoryAdapter(dataset, { viewerId: 'u-admin' });
    const session = await adapter.getSession();
    const workspaceIds = session.workspaces.map((w) => w.id);
    const entitlementId = parsed.consumption[0].entitlementId;
    const mine = parsed.consumption.filter((r) => r.entitlementId === entitlementId);
    for (const sort of [
      [{ key: 'date', direction: 'desc' }],
      [{ key: 'title', direction: 'asc' }],
      [
        { key: 'hoursDone', direction: 'desc' },
        { key: 'person', direction: 'asc' },
      ],
      [{ key: 'reference', direction: 'asc' }],
    ] as SortSpec[][]) {
      const expected = [...mine].sort(createComparator<ConsumptionRecord>(sort));
      for (const offset of [0, 100, Math.max(0, mine.length - 50)]) {
        const page = await adapter.queryConsumption({
          entitlementId,
          workspaceIds,
          offset,
          limit: 50,
          sort: sort as never,
        });
        // The customer admin sees every row.
        expect(page.hiddenByPermissions).to.equal(0);
        expect(page.total).to.equal(mine.length);
        expect(page.rows.length).to.equal(Math.min(50, mine.length - offset));
        page.rows.forEach((row, k) => expectSame(row, expected[offset + k]));
      }
    }
  });
});
