import { html } from 'lit';
import type { LocaleController } from '../../controllers/locale-controller.js';
import type { AdditionalCase, Contract, Reason } from '../../domain/types.js';
import { REASONS } from '../../domain/types.js';
import { badgesCell, missingCell, type BadgeTone } from '../data-grid/render/cells.js';
import type { GridColumn } from '../data-grid/types.js';

/** Separates the reasons of a case on screen. */
const SCREEN_SEPARATOR = ' · ';
/** Separates the reasons of a case in the CSV export. */
const EXPORT_SEPARATOR = '; ';

/** What the columns need to turn a case into readable text. */
export interface CaseColumnsContext {
  /** Messages of the element's locale. */
  l10n: LocaleController;
  /** Workspace names by id (the session's workspaces). */
  workspaceNames: ReadonlyMap<string, string>;
  /** Contracts by id (those the viewer may see). */
  contracts: ReadonlyMap<string, Pick<Contract, 'number' | 'name'>>;
}

/** Whether a value is one of the reasons. */
export function isReason(value: unknown): value is Reason {
  return (REASONS as readonly unknown[]).includes(value);
}

/** The known reasons among `reasons`, once each, in the order of `REASONS`. */
export function reasonsInOrder(reasons: readonly unknown[] | null | undefined): Reason[] {
  if (!reasons || reasons.length === 0) return [];
  const chosen = new Set(reasons);
  return REASONS.filter((r) => chosen.has(r));
}

/**
 * The label of one reason of a case: "Expired contract", …, and for `classified` the case's own classification
 * ("Classified as DSA"; in the long form "Classified as Developer Support Assistance (DSA)").
 */
export function reasonLabel(
  l10n: LocaleController,
  reason: Reason,
  classification: AdditionalCase['classification'],
  long = false,
): string {
  if (reason === 'classified' && classification) {
    return long
      ? l10n.t('cases.classifiedAsLong', {
          code: classification,
          name: l10n.t(`cases.classification.${classification}`),
        })
      : l10n.t('cases.classifiedAs', { code: classification });
  }
  return l10n.t(`cases.reason.${reason}`);
}

/**
 * The tone of a reason's badge (its text says the reason; the colour only groups them): a missing contract,
 * package or service is critical, an expired or unmapped contract a warning, a classification information.
 */
export const REASON_TONES: Readonly<Record<Reason, BadgeTone>> = {
  'expired-contract': 'warning',
  'unmapped-contract': 'warning',
  'missing-contract': 'critical',
  'missing-package': 'critical',
  'missing-service': 'critical',
  classified: 'info',
};

/** Every reason of a case as readable labels, on screen (`·`) or for the export (`;`, long form). */
export function reasonsText(l10n: LocaleController, row: AdditionalCase, long = false): string {
  return reasonsInOrder(row.reasons)
    .map((r) => reasonLabel(l10n, r, row.classification, long))
    .join(long ? EXPORT_SEPARATOR : SCREEN_SEPARATOR);
}

/**
 * The contract of a case as text: "number · name" when the viewer may see it; its raw id when unknown here ("(not
 * found)" added when the case is listed because its contract is missing); "—" when it names none (empty in the
 * export).
 */
export function contractText(ctx: CaseColumnsContext, row: AdditionalCase, forExport = false): string {
  const { l10n } = ctx;
  if (row.contractId === undefined || row.contractId === '')
    return forExport ? '' : l10n.t('cases.noContract');
  const contract = ctx.contracts.get(row.contractId);
  if (contract) return l10n.t('cases.contract', { number: contract.number, name: contract.name });
  return row.reasons.includes('missing-contract')
    ? l10n.t('cases.unknownContract', { id: row.contractId })
    : row.contractId;
}

/** Whether the contract a case names is missing: it names one the viewer's contracts do not hold. */
function contractIsMissing(ctx: CaseColumnsContext, row: AdditionalCase): boolean {
  return (
    row.contractId !== undefined &&
    row.contractId !== '' &&
    !ctx.contracts.has(row.contractId) &&
    row.reasons.includes('missing-contract')
  );
}

/**
 * The columns of the additional-cases grid, in display order: case number, title, reasons, type, severity,
 * status, opened, closed, contract, workspace. The reasons come right after the title so they stay in view on a
 * narrow screen. Display text and CSV value are both readable (labels, names); dates are written to the CSV as
 * ISO dates and shown in the locale's format.
 */
export function caseColumns(ctx: CaseColumnsContext): GridColumn<AdditionalCase>[] {
  const { l10n } = ctx;
  return [
    {
      key: 'number',
      header: l10n.t('cases.col.number'),
      value: (r) => r.number,
      sortable: true,
      width: '10.5rem',
    },
    {
      key: 'title',
      header: l10n.t('cases.col.title'),
      value: (r) => r.title,
      sortable: true,
      width: '16rem',
    },
    {
      key: 'reasons',
      header: l10n.t('cases.col.reasons'),
      value: (r) => reasonsText(l10n, r, true),
      render: (r) => reasonsText(l10n, r),
      // One badge per reason, in words; the visually hidden separator keeps the cell's text as `render` says it.
      template: (r) =>
        badgesCell(
          reasonsInOrder(r.reasons).map((reason) => ({
            text: reasonLabel(l10n, reason, r.classification),
            tone: REASON_TONES[reason],
          })),
          SCREEN_SEPARATOR,
        ),
      // Wide enough for two badges a line: every combination of reasons fits in two lines of a row.
      width: '21rem',
    },
    {
      key: 'type',
      header: l10n.t('cases.col.type'),
      value: (r) => l10n.t(`cases.type.${r.type}`),
      sortable: true,
      width: '8.5rem',
    },
    {
      key: 'severity',
      header: l10n.t('cases.col.severity'),
      value: (r) => r.severity,
      sortable: true,
      width: '8rem',
    },
    {
      key: 'status',
      header: l10n.t('cases.col.status'),
      value: (r) => l10n.t(`cases.status.${r.status}`),
      sortable: true,
      width: '6.5rem',
    },
    {
      key: 'openedAt',
      header: l10n.t('cases.col.opened'),
      value: (r) => r.openedAt,
      kind: 'date',
      sortable: true,
      width: '8.5rem',
    },
    {
      key: 'closedAt',
      header: l10n.t('cases.col.closed'),
      value: (r) => r.closedAt ?? '',
      kind: 'date',
      sortable: true,
      width: '8.5rem',
    },
    {
      key: 'contractId',
      header: l10n.t('cases.col.contract'),
      value: (r) => contractText(ctx, r, true),
      render: (r) => contractText(ctx, r),
      // A contract that cannot be found is shown as missing: its id and "(not found)", in the missing style.
      template: (r) =>
        contractIsMissing(ctx, r) ? missingCell(contractText(ctx, r)) : html`${contractText(ctx, r)}`,
      width: '13rem',
    },
    {
      key: 'workspaceId',
      header: l10n.t('cases.col.workspace'),
      value: (r) => ctx.workspaceNames.get(r.workspaceId) ?? r.workspaceId,
      width: '11rem',
    },
  ];
}
