import { summaryGroupOf } from '../../domain/summary.js';
import type { Category, ConsumptionRecord, EntitlementKind, Unit } from '../../domain/types.js';
import type { MessageParams } from '../../i18n/define-messages.js';
import type { MessageKey } from '../../i18n/messages.js';
import { numberWithUnitCell } from '../data-grid/render/cells.js';
import type { GridColumn } from '../data-grid/types.js';

/** The shapes of history grid, each with the columns that fit its kinds. */
export const HISTORY_LAYOUTS = ['services', 'education', 'contacts', 'assessments', 'credits'] as const;
export type HistoryLayout = (typeof HISTORY_LAYOUTS)[number];

/** Which grid each kind of consumable gets. */
const LAYOUT_OF_KIND: Record<EntitlementKind, HistoryLayout> = {
  'reactive-support': 'services',
  'advisory-support': 'services',
  'proactive-services': 'services',
  workshop: 'services',
  'designated-engineering': 'services',
  'support-technology-advisor': 'services',
  other: 'services',
  'proactive-credits': 'credits',
  'support-contacts': 'contacts',
  'education-on-demand': 'education',
  'assessments-on-demand': 'assessments',
};

/** Kinds whose history rows are support cases: the services grid calls its first column "Case". */
const CASE_KINDS: ReadonlySet<EntitlementKind> = new Set(['reactive-support', 'advisory-support']);

/**
 * The history grid of an entitlement: by kind, or none for an additional benefit (no consumption is tracked, so
 * there is no history).
 */
export function historyLayout(entitlement: {
  kind: EntitlementKind;
  category: Category;
}): HistoryLayout | null {
  if (entitlement.category === 'benefit') return null;
  return LAYOUT_OF_KIND[entitlement.kind] ?? 'services';
}

/** Whether "hours done" is shown for a kind: the proactive services (docs/domain-rules.md `proactive` group). */
export function showsHoursDone(kind: EntitlementKind): boolean {
  return summaryGroupOf(kind) === 'proactive';
}

/** Whether an entitlement's history may be exported: education on demand only with `exportEducation`. */
export function mayExportHistory(kind: EntitlementKind, permissions: { exportEducation: boolean }): boolean {
  return kind !== 'education-on-demand' || permissions.exportEducation;
}

/** What the columns need: the kind and unit of the entitlement, and the translator of the element's locale. */
export interface ColumnContext {
  kind: EntitlementKind;
  unit: Unit;
  t: (key: MessageKey, params?: MessageParams) => string;
}

type Column = GridColumn<ConsumptionRecord>;

const text = (
  header: string,
  key: 'title' | 'reference' | 'status' | 'person' | 'email',
  width?: string,
): Column => ({
  key,
  header,
  value: (row) => row[key] ?? null,
  sortable: true,
  ...(width ? { width } : {}),
});

const date = (header: string): Column => ({
  key: 'date',
  header,
  value: (row) => row.date,
  kind: 'date',
  sortable: true,
  width: '11rem',
});

const number = (header: string, key: 'quantity' | 'hoursDone', width = '9rem'): Column => ({
  key,
  header,
  value: (row) => row[key] ?? null,
  kind: 'number',
  sortable: true,
  width,
});

/** A number of hours: `12.5 h` on screen, "12.5 hours" to a screen reader; the raw number in the CSV. */
const hours = (
  header: string,
  key: 'quantity' | 'hoursDone',
  t: ColumnContext['t'],
  width?: string,
): Column => ({
  ...number(header, key, width),
  template: (row, format) =>
    numberWithUnitCell(row[key], format, {
      short: t('detail.hoursShort'),
      spoken: (count) => t('packages.quantity', { count, unit: 'hours' }),
    }),
});

/**
 * The columns of a history grid, headers in the element's language. Every value is the raw field (dates
 * `YYYY-MM-DD`, numbers as numbers), so the CSV export stays machine-readable; the grid formats them on screen.
 *
 * - services (reactive, advisory, proactive services, workshops, designated engineering, support technology
 *   advisor, other): case (reactive, advisory) or service, reference, date, status, the quantity (headed by its
 *   unit: "Hours", "Cases" …), and hours done for the proactive kinds;
 * - education on demand: learner, activity, date, status;
 * - support contacts: name, e-mail, added;
 * - assessments on demand: assessment, date, status;
 * - proactive credits: service, date, credits.
 */
export function historyColumns(layout: HistoryLayout, ctx: ColumnContext): Column[] {
  const { t } = ctx;
  switch (layout) {
    case 'education':
      return [
        text(t('detail.col.learner'), 'person', '1.2fr'),
        text(t('detail.col.activity'), 'title', '2fr'),
        date(t('detail.col.date')),
        text(t('detail.col.status'), 'status', '10rem'),
      ];
    case 'contacts':
      return [
        text(t('detail.col.name'), 'person', '1fr'),
        text(t('detail.col.email'), 'email', '1.4fr'),
        date(t('detail.col.added')),
      ];
    case 'assessments':
      return [
        text(t('detail.col.assessment'), 'title', '2fr'),
        date(t('detail.col.date')),
        text(t('detail.col.status'), 'status', '10rem'),
      ];
    case 'credits':
      return [
        text(t('detail.col.service'), 'title', '2fr'),
        date(t('detail.col.date')),
        number(t('detail.col.credits'), 'quantity', '8rem'),
      ];
    default: {
      const columns = [
        text(t(CASE_KINDS.has(ctx.kind) ? 'detail.col.case' : 'detail.col.service'), 'title', '2fr'),
        text(t('detail.col.reference'), 'reference', '12rem'),
        date(t('detail.col.date')),
        text(t('detail.col.status'), 'status', '9rem'),
        ctx.unit === 'hours'
          ? hours(t('detail.col.quantity.hours'), 'quantity', t, '9rem')
          : number(t(`detail.col.quantity.${ctx.unit}`), 'quantity', '9rem'),
      ];
      if (showsHoursDone(ctx.kind)) columns.push(hours(t('packages.col.hoursDone'), 'hoursDone', t, '8rem'));
      return columns;
    }
  }
}
