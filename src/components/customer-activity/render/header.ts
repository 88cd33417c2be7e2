import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ContractStatus, ContractView, Session } from '../../../domain/types.js';
import { term, type RenderContext } from './context.js';

/** The order of contracts in the picker: active first, then upcoming, then expired. */
const STATUS_ORDER: Record<ContractStatus, number> = { active: 0, upcoming: 1, expired: 2 };

/** The contracts in picker order — active first, then upcoming, then expired — each group in the given order. */
export function contractsActiveFirst(contracts: readonly ContractView[]): ContractView[] {
  return contracts
    .map((contract, index) => ({ contract, index }))
    .sort((a, b) => STATUS_ORDER[a.contract.status] - STATUS_ORDER[b.contract.status] || a.index - b.index)
    .map(({ contract }) => contract);
}

/** "USC-2025-0412 · Suporte Unificado (Dec 1, 2025 – Nov 30, 2027) — active". */
export function contractLabel(ctx: RenderContext, contract: ContractView): string {
  const label = ctx.l10n.t('packages.contractOption', {
    number: contract.number,
    name: contract.name,
    term: term(ctx, contract.startDate, contract.endDate),
  });
  return ctx.l10n.t('packages.withStatus', {
    label,
    status: ctx.l10n.t(`packages.contractStatus.${contract.status}`),
  });
}

/** What the header shows. */
export interface HeaderView {
  session: Session;
  /** The workspaces shown (never empty once the session is known). */
  workspaceIds: string[];
  /** The contracts of those workspaces, or undefined while they load. */
  contracts: readonly ContractView[] | undefined;
  /** The contract shown ('' when there is none). */
  contractId: string;
  /** Whether the contract picker is shown (the summary view only). */
  showContract: boolean;
  onWorkspaceChange: (event: Event) => void;
  onContractChange: (event: Event) => void;
}

function renderContractPicker(ctx: RenderContext, view: HeaderView): TemplateResult {
  const l = ctx.l10n;
  const contracts = view.contracts;
  const options =
    contracts === undefined
      ? html`<option value="" selected disabled>${l.t('activity.contractLoading')}</option>`
      : contracts.length === 0
        ? html`<option value="" selected disabled>${l.t('activity.noContract')}</option>`
        : contractsActiveFirst(contracts).map(
            (c) =>
              html`<option value=${c.id} .selected=${live(c.id === view.contractId)}>
                ${contractLabel(ctx, c)}
              </option>`,
          );
  return html`<label class="field contract-field">
    <span class="field-label">${l.t('packages.contract')}</span>
    <select
      part="contract-select"
      class="select"
      ?disabled=${contracts === undefined || contracts.length === 0}
      @change=${view.onContractChange}
    >
      ${options}
    </select>
  </label>`;
}

/** The text printed in place of the pickers: the contract and the workspaces shown. */
function renderPrintedSelection(ctx: RenderContext, view: HeaderView): TemplateResult {
  const contract = view.contracts?.find((c) => c.id === view.contractId);
  const names = view.session.workspaces.filter((w) => view.workspaceIds.includes(w.id)).map((w) => w.name);
  return html`<p class="print-only">
    ${ctx.l10n.t('activity.printSelection', {
      customer: view.session.customer.name,
      contract: contract ? `${contract.number} · ${contract.name}` : '—',
      workspaces: ctx.l10n.format.list(names),
    })}
  </p>`;
}

/**
 * The header: the workspace filter (one, several or all of the viewer's workspaces), the contract picker (active
 * contracts first, each with its term and status) and the "as of" time with a note on where the figures come from.
 */
export function renderHeader(ctx: RenderContext, view: HeaderView): TemplateResult {
  const l = ctx.l10n;
  const several = view.session.workspaces.length > 1;
  return html`
    <header part="header" class="header">
      <div part="selection" class="selection controls" role="group" aria-label=${l.t('activity.selection')}>
        <div class="field">
          ${several ? html`<span class="field-label" aria-hidden="true">${l.t('activity.workspaces')}</span>` : nothing}
          <ca-workspace-filter
            part="workspace-filter"
            exportparts="button: workspace-button, panel: workspace-panel, option: workspace-option"
            .workspaces=${view.session.workspaces}
            .selected=${view.workspaceIds}
            @ca-filter-change=${view.onWorkspaceChange}
          ></ca-workspace-filter>
        </div>
        ${view.showContract ? renderContractPicker(ctx, view) : nothing}
      </div>
      ${view.showContract ? renderPrintedSelection(ctx, view) : nothing}
      <p part="as-of" class="as-of">
        <span class="as-of-time"
          >${l.t('activity.asOf', { date: l.format.dateTime(view.session.asOf) })}</span
        >
        <span class="as-of-note">${l.t('activity.asOfNote')}</span>
      </p>
    </header>
  `;
}
