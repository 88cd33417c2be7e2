import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  compareFieldValues,
  createComparator,
  effectiveSort,
  foldSearch,
  foldText,
  matchesSearch,
  pageOf,
  pageQueryProblem,
  RowIndex,
  searchTextOf,
  DEFAULT_CONSUMPTION_SORT,
  CONSUMPTION_FIELDS,
} from '../../src/domain/query.js';
import type { SortSpec } from '../../src/domain/types.js';

interface Row {
  id: string;
  name?: string;
  n?: number;
  tags?: string[];
}

describe('query: folding and search', () => {
  it('folds case and accents', () => {
    expect(foldText('Educação')).to.eql('educacao');
    expect(foldText('ÁRVORE Ñandú Ü')).to.eql('arvore nandu u');
    expect(foldText('plain ascii')).to.eql('plain ascii');
    expect(foldText('İstanbul')).to.eql('istanbul');
  });

  it('foldText equals NFD → strip combining marks → lower-case (property)', () => {
    const spec = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const tricky = fc.constantFrom(...'AaÁáÉéİıIiΣσςΟΔ\u0301\u0307\u0345ßẞǅǄÅÅ\u0000 '.split(''));
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: tricky }));
    fc.assert(
      fc.property(text, (s) => {
        expect(foldText(s)).to.equal(spec(s));
      }),
    );
  });

  it('the search text of a row is the per-field folds, joined (property)', () => {
    const field = fc.option(fc.string({ unit: fc.constantFrom(...'AaÁáİΣσ\u0301\u0345 x'.split('')) }), {
      nil: undefined,
    });
    fc.assert(
      fc.property(field, field, (name, other) => {
        const row = { id: '1', name, other };
        expect(searchTextOf(row, ['name', 'other'])).to.equal(
          `${foldText(name ?? '')}\u0000${foldText(other ?? '')}`,
        );
      }),
    );
  });

  it('"educacao" finds "Educação", and back', () => {
    const text = searchTextOf<Row>({ id: '1', name: 'Curso de Educação' }, ['name']);
    expect(matchesSearch(text, foldSearch('educacao'))).to.eql(true);
    expect(matchesSearch(text, foldSearch('  EDUCAÇÃO '))).to.eql(true);
    expect(matchesSearch(text, foldSearch('educaçãoo'))).to.eql(false);
  });

  it('an empty search matches everything; a needle never spans two fields', () => {
    const text = searchTextOf<Row>({ id: '1', name: 'abc', tags: ['def'] }, ['name', 'tags']);
    expect(matchesSearch(text, foldSearch(''))).to.eql(true);
    expect(matchesSearch(text, foldSearch('   '))).to.eql(true);
    expect(matchesSearch(text, 'def')).to.eql(true);
    expect(matchesSearch(text, 'cd')).to.eql(false);
    expect(matchesSearch(text, 'c\u0000d')).to.eql(false);
  });

  it('missing fields are searched as empty', () => {
    const text = searchTextOf<Row>({ id: '1' }, ['name']);
    expect(matchesSearch(text, 'undefined')).to.eql(false);
  });
});

describe('query: sort', () => {
  const rows: Row[] = [
    { id: 'e', name: 'banana', n: 10 },
    { id: 'd', name: 'Árvore', n: 2 },
    { id: 'c', name: 'arvore' },
    { id: 'b', n: 2 },
    { id: 'a', name: 'abacate', n: 2 },
  ];
  const order = (specs: SortSpec[]) => [...rows].sort(createComparator<Row>(specs)).map((r) => r.id);

  it('strings: folded, then raw by code unit, missing last', () => {
    expect(order([{ key: 'name', direction: 'asc' }])).to.eql(['a', 'c', 'd', 'e', 'b']);
  });

  it('desc is the exact reverse of asc on the key (missing first), with the id tie-break ascending', () => {
    expect(order([{ key: 'name', direction: 'desc' }])).to.eql(['b', 'e', 'd', 'c', 'a']);
    expect(order([{ key: 'n', direction: 'desc' }])).to.eql(['c', 'e', 'a', 'b', 'd']);
  });

  it('numbers numerically, ties by the next key then id', () => {
    expect(order([{ key: 'n', direction: 'asc' }])).to.eql(['a', 'b', 'd', 'e', 'c']);
    expect(
      order([
        { key: 'n', direction: 'asc' },
        { key: 'name', direction: 'desc' },
      ]),
    ).to.eql(['b', 'd', 'a', 'e', 'c']);
  });

  it('with no sort spec, orders by id', () => {
    expect(order([])).to.eql(['a', 'b', 'c', 'd', 'e']);
  });

  it('compareFieldValues: numbers before strings, arrays as joined text', () => {
    expect(compareFieldValues(5, 'a')).to.be.below(0);
    expect(compareFieldValues(['a', 'b'], ['a', 'c'])).to.be.below(0);
    expect(compareFieldValues(undefined, null)).to.eql(0);
    expect(compareFieldValues('Zé', 'ze')).to.be.below(0); // folded equal, then raw: 'Z' < 'z'
  });

  it('RowIndex#sort gives exactly the order of createComparator (property)', () => {
    const text = fc.option(fc.constantFrom('a', 'A', 'á', 'b', 'B', 'ab', 'Ab', 'áb', 'ç', 'c', ''), {
      nil: undefined,
    });
    const row = fc.record({
      name: text,
      n: fc.option(fc.integer({ min: -3, max: 3 }), { nil: undefined }),
      tags: fc.array(fc.constantFrom('x', 'X', 'y'), { maxLength: 2 }),
    });
    const spec = fc.record({
      key: fc.constantFrom('name', 'n', 'tags', 'id'),
      direction: fc.constantFrom('asc' as const, 'desc' as const),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.array(spec, { maxLength: 3 }), (raw, specs) => {
        const data: Row[] = raw.map((r, i) => ({ ...r, id: `r${(i * 7919) % 101}` }));
        const expected = [...data].sort(createComparator<Row>(specs)).map((r) => r.id);
        const index = new RowIndex(data, ['name']);
        const positions = index.sort(
          data.map((_, i) => i),
          specs,
        );
        expect(positions.map((i) => data[i].id)).to.eql(expected);
      }),
    );
  });

  it('RowIndex#sort on many positions (counting passes) gives the order of createComparator (property)', () => {
    const text = fc.option(fc.constantFrom('a', 'A', 'á', 'b', 'B', 'ab', 'Ab', 'ç', 'c', ''), {
      nil: undefined,
    });
    const row = fc.record({
      name: text,
      n: fc.option(fc.integer({ min: -50, max: 50 }), { nil: undefined }),
    });
    const spec = fc.record({
      key: fc.constantFrom('name', 'n', 'id'),
      direction: fc.constantFrom('asc' as const, 'desc' as const),
    });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 2100, maxLength: 2600 }),
        fc.array(spec, { maxLength: 2 }),
        fc.boolean(),
        (raw, specs, shuffledIds) => {
          const data: Row[] = raw.map((r, i) => ({
            ...r,
            id: shuffledIds ? `r${(i * 7919) % 2609}` : `r${1e6 + i}`,
          }));
          const expected = [...data].sort(createComparator<Row>(specs)).map((r) => r.id);
          const positions = new RowIndex(data, ['name']).sort(
            data.map((_, i) => i),
            specs,
          );
          expect(positions.map((i) => data[i].id)).to.eql(expected);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('RowIndex#sort on a field with thousands of distinct texts keeps equal texts tied (then id, then next key)', () => {
    const data: Row[] = Array.from({ length: 6000 }, (_, i) => ({
      id: `r${(i * 7919) % 6007}`,
      name: i % 3 === 0 ? `Título ${i % 2500}` : `título ${i % 2500}`,
      n: i % 5 === 0 ? undefined : i % 7,
    }));
    for (const specs of [
      [{ key: 'name', direction: 'asc' }],
      [{ key: 'name', direction: 'desc' }],
      [
        { key: 'name', direction: 'asc' },
        { key: 'n', direction: 'desc' },
      ],
    ] as SortSpec[][]) {
      const expected = [...data].sort(createComparator<Row>(specs)).map((r) => r.id);
      const index = new RowIndex(data, ['name']);
      const all = index.sort(
        data.map((_, i) => i),
        specs,
      );
      expect(all.map((i) => data[i].id)).to.eql(expected);
      const few = index.sort([5, 4, 3, 2, 1, 0, 2503, 2500], specs);
      const fewExpected = [5, 4, 3, 2, 1, 0, 2503, 2500]
        .map((i) => data[i])
        .sort(createComparator<Row>(specs))
        .map((r) => r.id);
      expect(few.map((i) => data[i].id)).to.eql(fewExpected);
    }
  });

  it('RowIndex#matches answers as matchesSearch over searchTextOf (property)', () => {
    const word = fc.constantFrom('Educação', 'educacao', 'ÁRVORE', 'Zé', 'ab', 'b', '', 'x\u0000y');
    const row = fc.record({
      name: fc.option(word, { nil: undefined }),
      tags: fc.array(word, { maxLength: 2 }),
    });
    const needle = fc.constantFrom('', 'a', 'educa', 'ze', 'ab', 'b, ', 'xyz', 'x\u0000y', 'rvore');
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 40 }),
        fc.array(needle, { minLength: 1, maxLength: 3 }),
        (raw, needles) => {
          const data: Row[] = raw.map((r, i) => ({ ...r, id: String(i) }));
          const index = new RowIndex(data, ['name', 'tags']);
          for (const n of needles) {
            const expected = data.map((r) => matchesSearch(searchTextOf(r, ['name', 'tags']), n));
            expect(data.map((_, i) => index.matches(i, n))).to.eql(expected);
          }
        },
      ),
    );
  });

  it('RowIndex#matches on a field with thousands of distinct values', () => {
    const data: Row[] = Array.from({ length: 3000 }, (_, i) => ({
      id: String(i),
      name: `Título ${i}`,
      tags: ['x'],
    }));
    const index = new RowIndex(data, ['name']);
    const hits = (needle: string) =>
      data.filter((_, i) => index.matches(i, foldSearch(needle))).map((r) => r.id);
    expect(hits('TITULO 299')).to.eql([
      '299',
      '2990',
      '2991',
      '2992',
      '2993',
      '2994',
      '2995',
      '2996',
      '2997',
      '2998',
      '2999',
    ]);
    expect(hits('título 1234')).to.eql(['1234']);
    expect(hits('x')).to.eql([]);
    expect(hits('')).to.have.length(3000);
  });
});

describe('query: paging and validation', () => {
  it('pageOf slices from offset', () => {
    expect(pageOf([1, 2, 3, 4, 5], 1, 2)).to.eql([2, 3]);
    expect(pageOf([1, 2, 3], 2, 10)).to.eql([3]);
    expect(pageOf([1, 2, 3], 5, 10)).to.eql([]);
  });

  it('effectiveSort falls back to the default for no or empty sort', () => {
    expect(effectiveSort(undefined, DEFAULT_CONSUMPTION_SORT)).to.eql([{ key: 'date', direction: 'desc' }]);
    expect(effectiveSort([], DEFAULT_CONSUMPTION_SORT)).to.eql([{ key: 'date', direction: 'desc' }]);
    const mine = [{ key: 'title', direction: 'asc' as const }];
    expect(effectiveSort(mine, DEFAULT_CONSUMPTION_SORT)).to.equal(mine);
  });

  it('pageQueryProblem accepts a valid query and names what is wrong otherwise', () => {
    const ok = { offset: 0, limit: 1, sort: [{ key: 'title', direction: 'asc' }], search: 'x' };
    expect(pageQueryProblem(ok, CONSUMPTION_FIELDS)).to.eql(undefined);
    expect(pageQueryProblem({ ...ok, offset: -1 }, CONSUMPTION_FIELDS)).to.match(/offset/);
    expect(pageQueryProblem({ ...ok, offset: 1.5 }, CONSUMPTION_FIELDS)).to.match(/offset/);
    expect(pageQueryProblem({ ...ok, limit: 0 }, CONSUMPTION_FIELDS)).to.match(/limit/);
    expect(pageQueryProblem({ ...ok, limit: Number.NaN }, CONSUMPTION_FIELDS)).to.match(/limit/);
    expect(
      pageQueryProblem({ ...ok, sort: [{ key: 'nope', direction: 'asc' }] }, CONSUMPTION_FIELDS),
    ).to.match(/unknown sort key "nope"/);
    expect(
      pageQueryProblem({ ...ok, sort: [{ key: 'title', direction: 'up' }] }, CONSUMPTION_FIELDS),
    ).to.match(/direction/);
    expect(pageQueryProblem({ ...ok, search: 3 }, CONSUMPTION_FIELDS)).to.match(/search/);
  });
});
