/**
 * What the data-grid stories share (the playground and the states): synthetic rows and their page source, the
 * columns, and the args, controls and template.
 */
import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { DataGridElement } from '../../src/components/data-grid/data-grid.js';
import { badgesCell, missingCell, numberWithUnitCell } from '../../src/components/data-grid/render/cells.js';
import type { GridColumn } from '../../src/components/data-grid/types.js';
import type { ColumnState } from '../../src/domain/column-state.js';
import { StatePanelElement } from '../../src/components/state-panel/state-panel.js';
import type { PageSource } from '../../src/data/export.js';
import type { Page, PageQuery } from '../../src/domain/types.js';

// Registered here until src/define.ts registers every element (guarded: loading twice is harmless).
if (!customElements.get('ca-state-panel')) customElements.define('ca-state-panel', StatePanelElement);
if (!customElements.get('ca-data-grid')) customElements.define('ca-data-grid', DataGridElement);

export interface Row {
  id: string;
  date: string;
  title: string;
  person: string;
  quantity: number;
  remaining: number;
}

const TITLES = [
  'Workshop',
  'Avaliação de segurança',
  'Educação on-demand',
  'Health check',
  'Migration review',
];
const PEOPLE = ['Ana Souza', 'Bruno Lima', 'Carla Dias', 'Davi Rocha', 'Érica Melo', 'Fábio Nunes'];

/** The synthetic row at position `i` (deterministic, generated on demand). */
export function rowAt(i: number): Row {
  const day = 1 + (i % 28);
  const month = 1 + (Math.floor(i / 28) % 12);
  return {
    id: `r-${String(i + 1).padStart(7, '0')}`,
    date: `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    title: `${TITLES[i % TITLES.length]} #${i + 1}`,
    person: PEOPLE[(i * 7) % PEOPLE.length] ?? '',
    quantity: ((i * 37) % 400) / 4,
    remaining: 100 - ((i * 13) % 140),
  };
}

const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A page source over `total` synthetic rows with search and sort (materialized and cached per query), answering
 * after `latencyMs` like a server would.
 */
export function syntheticSource(total: number, latencyMs = 60): PageSource<Row> {
  let rows: Row[] | undefined;
  const views = new Map<string, Row[]>();
  const view = (query: PageQuery): Row[] => {
    rows ??= Array.from({ length: total }, (_, i) => rowAt(i));
    const key = JSON.stringify([query.sort, query.search]);
    let result = views.get(key);
    if (!result) {
      const needle = fold(query.search ?? '');
      result = needle
        ? rows.filter((r) => fold(`${r.title}\u0000${r.person}`).includes(needle))
        : rows.slice();
      const spec = query.sort?.[0];
      if (spec) {
        const k = spec.key as keyof Row;
        const dir = spec.direction === 'asc' ? 1 : -1;
        result.sort((a, b) => (a[k] < b[k] ? -dir : a[k] > b[k] ? dir : a.id < b.id ? -1 : 1));
      }
      views.set(key, result);
    }
    return result;
  };
  return (query, { signal }) =>
    new Promise<Page<Row>>((resolve, reject) => {
      const timer = setTimeout(() => {
        const all = view(query);
        resolve({
          rows: all.slice(query.offset, query.offset + query.limit),
          total: all.length,
          hiddenByPermissions: 12,
        });
      }, latencyMs);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new DOMException('Aborted', 'AbortError'));
      });
    });
}

function columns(lang: 'en' | 'pt-BR'): GridColumn<Row>[] {
  const pt = lang === 'pt-BR';
  return [
    {
      key: 'date',
      header: pt ? 'Data' : 'Date',
      value: (r) => r.date,
      kind: 'date',
      sortable: true,
      width: '9rem',
    },
    { key: 'title', header: pt ? 'Título' : 'Title', value: (r) => r.title, sortable: true, width: '2fr' },
    { key: 'person', header: pt ? 'Pessoa' : 'Person', value: (r) => r.person, sortable: true },
    {
      key: 'quantity',
      header: pt ? 'Quantidade' : 'Quantity',
      value: (r) => r.quantity,
      kind: 'number',
      sortable: true,
    },
    { key: 'remaining', header: pt ? 'Restante' : 'Remaining', value: (r) => r.remaining, kind: 'number' },
  ];
}

/**
 * The same rows through cell templates: the balance as a badge with its words, a person missing on every fifth
 * row shown as missing, the quantity in hours with its unit. The CSV export and copy still write the raw values.
 */
export function templateColumns(lang: 'en' | 'pt-BR'): GridColumn<Row>[] {
  const pt = lang === 'pt-BR';
  const [date, title, person, quantity, remaining] = columns(lang);
  return [
    date,
    title,
    {
      ...person,
      value: (r) => (missingPerson(r) ? '' : r.person),
      template: (r) =>
        missingPerson(r) ? missingCell(pt ? 'Sem responsável' : 'No owner') : html`${r.person}`,
    },
    {
      ...quantity,
      header: pt ? 'Horas' : 'Hours',
      template: (r, format) =>
        numberWithUnitCell(r.quantity, format, {
          short: 'h',
          spoken: (n) => `${format.number(n)} ${pt ? 'horas' : 'hours'}`,
        }),
    },
    {
      ...remaining,
      header: pt ? 'Saldo' : 'Balance',
      width: '12rem',
      template: (r, format) => {
        const tone = r.remaining < 0 ? 'critical' : r.remaining < 20 ? 'warning' : 'info';
        const word =
          r.remaining < 0 ? (pt ? 'Excedido' : 'Over') : r.remaining < 20 ? (pt ? 'Baixo' : 'Low') : 'OK';
        return badgesCell([{ text: `${word} · ${format.number(r.remaining)}`, tone }]);
      },
    },
  ];
}

/** One object for "no state": a new `{}` on every render would reset what the user changed. */
const NO_COLUMN_STATE: ColumnState = {};

const missingPerson = (r: Row): boolean => Number(r.id.slice(2)) % 5 === 0;

export interface Args {
  source: PageSource<Row>;
  lang: 'en' | 'pt-BR';
  label: string;
  rowHeight: number;
  exportable: boolean;
  search: string;
  emptyMessage: string;
  /** Column widths and hidden columns set by the host. */
  columnState?: ColumnState;
  /** Keeps the column state for the session under this key. */
  stateKey?: string;
  /** The width of the grid's container (a narrow one pins the first column). */
  width?: string;
  /** Render the cells through templates (badges, missing values, units). */
  templates?: boolean;
}

export const args: Meta<Args>['args'] = {
  lang: 'en',
  label: 'Consumption history',
  rowHeight: 40,
  exportable: true,
  search: '',
  emptyMessage: '',
};

export const argTypes: Meta<Args>['argTypes'] = {
  source: { control: false },
  lang: { control: 'inline-radio', options: ['en', 'pt-BR'] },
};

export const render: Meta<Args>['render'] = (args) => html`
  <div lang=${args.lang} style=${args.width ? `max-width: ${args.width}` : ''}>
    <ca-data-grid
      label=${args.label}
      state-key=${args.stateKey ?? ''}
      .columnState=${args.columnState ?? NO_COLUMN_STATE}
      row-height=${args.rowHeight}
      ?exportable=${args.exportable}
      export-filename="consumption.csv"
      empty-message=${args.emptyMessage}
      .search=${args.search}
      .source=${args.source}
      .columns=${args.templates ? templateColumns(args.lang) : columns(args.lang)}
    ></ca-data-grid>
  </div>
`;
