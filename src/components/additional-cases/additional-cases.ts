import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { AdditionalCasesQuery, CaseSortKey, CustomerActivityAdapter } from '../../data/adapter.js';
import type { PageSource } from '../../data/export.js';
import { sessionWorkspaceIds } from '../../domain/package-progress.js';
import type { AdditionalCase, ContractView, Reason, Session, SortSpec } from '../../domain/types.js';
import { REASONS } from '../../domain/types.js';
import type { MessageKey } from '../../i18n/messages.js';
import { tokens } from '../../styles/tokens.js';
import { AdapterElement } from '../adapter-element.js';
import type { DataGridElement, GridExportOptions, GridExportResult } from '../data-grid/data-grid.js';
import type { GridColumn } from '../data-grid/types.js';
import { errorMessageKey } from '../shared/describe-error.js';
import { additionalCasesStyles } from './additional-cases.styles.js';
import { caseColumns, isReason, reasonsInOrder } from './columns.js';
import { CasesFilterChangeEvent } from './events.js';
import { renderReasonFilter, renderReasonLegend, type ReasonCounts } from './render/filter.js';

/** The session, tagged with the adapter that answered. */

/** The contracts the viewer may see (those of every selectable workspace), by id. */
interface ContractsResult {
  adapter: CustomerActivityAdapter;
  contracts: ReadonlyMap<string, ContractView>;
}

/** The counts of a workspace selection, tagged with the query. */
interface CountsResult {
  adapter: CustomerActivityAdapter;
  scopeKey: string;
  counts: ReasonCounts;
}

/** The columns of one locale, session and set of contracts (rebuilt only when one of them changes). */
interface ColumnsMemo {
  locale: string;
  session: Session;
  contracts: ReadonlyMap<string, ContractView>;
  columns: GridColumn<AdditionalCase>[];
}

/** Separates workspace ids (and reasons) in a key (no id contains it). */
const KEY_SEPARATOR = '\u0000';

/** The grid's initial order: most recently opened first (the adapter's default, shown in the header). */
const DEFAULT_SORT: SortSpec[] = [{ key: 'openedAt', direction: 'desc' }];

/** Row height of the grid, px: three lines of small text, so long reasons, titles and names wrap instead of being cut. */
const ROW_HEIGHT = 56;

/**
 * @summary Additional cases: the advisory and problem-resolution cases that fall outside the contract view, each
 * with the reasons it is listed, a reason filter with counts, and a searchable, sortable grid with CSV export.
 *
 * @tag additional-cases
 *
 * A case is listed for every reason that holds (docs/domain-rules.md): its contract has expired; its contract is not mapped to
 * the selected workspaces; its contract, package or service is missing; or it is classified as Support Assistance
 * (SU), Developer Support Assistance (DSA), Support Technology Advisor (X85) or Reactive Contacts Enabled (REC).
 *
 * At the top, the reason filter: "All reasons" and one checkbox chip per reason, each with its count ("Expired
 * contract (3)"); choosing reasons shows the cases having at least one of them, and fires `ca-filter-change`.
 * Setting `reasons` from code fires nothing. Below it, a legend explains each reason (and describes each chip).
 * Then a `<ca-data-grid>`: case number, title, reasons as readable labels, type, severity, status, opened and
 * closed dates, contract and workspace (by name), with search, sorting, the row count, the number of cases
 * "hidden by your permissions", and a safe CSV export (UTF-8 BOM, formula-injection escaping) of every matching
 * row with localized headers and the reasons written out in full.
 *
 * Data comes from the adapter (the `adapter` property, or one provided by an ancestor): the session (workspace
 * names, and whether the viewer may see the page at all — no other request is made when not), `listContracts`
 * for the contract names, the count of each reason (`queryAdditionalCases` with `limit: 1`, the six reasons and
 * the total asked in parallel) and the grid's pages. Every request is cancelled through its `AbortSignal` when a
 * newer one replaces it, and an older answer is never shown. Loading, error (with "Try again"), no access, and
 * two empty states — no additional case at all, or none with the chosen reasons — are shown with
 * `<ca-state-panel>` (the latter inside the grid).
 *
 * @fires {CasesFilterChangeEvent} ca-filter-change - The user changed the reason filter (a chip, or "All
 * reasons"); `detail.reasons` is the reasons now chosen, in `REASONS` order (empty for all). Bubbles, composed.
 * @fires {DataGridExportEvent} ca-export - An export started with the grid's "Export CSV" button finished and the
 * file was handed to the browser; `detail` is `{ rowCount, filename }`. Bubbles, composed.
 * @fires {CaErrorEvent} ca-error - A request to the adapter failed (aborts never count); `detail` is `{ error,
 * operation }`, operation one of `session`, `contracts`, `counts`, `cases`. Bubbles, composed.
 *
 * @csspart reason-filter - The reason filter (a `<fieldset>`).
 * @csspart reason-chip - A chip of the reason filter ("All reasons" included).
 * @csspart legend - The legend explaining each reason (a `<details>`, open by default).
 * @csspart reason-badge - A reason's label in the legend.
 * @csspart next-step - A reason's next step in the legend ("Next step: ask a customer administrator to map …").
 * @csspart data-grid - The `<ca-data-grid>`.
 * @csspart toolbar - The grid's bar: search, row count and hidden count, export.
 * @csspart search - The grid's search field.
 * @csspart count - The row count and "N hidden by your permissions", a polite live region.
 * @csspart export-button - The "Export CSV" button.
 * @csspart export-progress - The progress bar and Cancel button of a running export.
 * @csspart grid - The grid's scrolling element (`role="grid"`).
 * @csspart header-row - The row of column headers.
 * @csspart header-cell - A column header.
 * @csspart row - A case (a grid row).
 * @csspart cell - A grid cell.
 * @csspart state - The `<ca-state-panel>` of a loading, error, empty or no-access state.
 *
 * @cssprop [--ca-additional-cases-gap=var(--ca-space-3)] - Space between the filter, the legend and the grid.
 * @cssprop [--ca-additional-cases-chip-background=var(--ca-color-surface)] - Background of a reason chip.
 * @cssprop [--ca-additional-cases-chip-selected-background=var(--ca-color-accent)] - Background of a chosen chip.
 * @cssprop [--ca-additional-cases-chip-selected-color=var(--ca-color-on-accent)] - Text colour of a chosen chip.
 * @cssprop [--ca-additional-cases-chip-radius=999px] - Corner radius of a reason chip.
 * @cssprop [--ca-additional-cases-badge-background=var(--ca-color-surface-raised)] - Background of a reason's label
 * in the legend.
 */
export class AdditionalCasesElement extends AdapterElement {
  static override styles = [tokens, additionalCasesStyles];

  /** The contracts of every workspace the viewer may select, for the names in the contract column. */
  private readonly contractsTask = new Task(this, {
    args: () => [this.allowedAdapter(), this.sessionWorkspacesKey()] as const,
    task: async ([adapter, key], { signal }): Promise<ContractsResult | typeof initialState> => {
      if (!adapter || !key) return initialState;
      try {
        const list = await adapter.listContracts({ workspaceIds: key.split(KEY_SEPARATOR) }, { signal });
        return { adapter, contracts: new Map(list.map((c) => [c.id, c])) };
      } catch (error) {
        this.reportError(error, 'contracts', signal);
        throw error;
      }
    },
  });

  /** The number of additional cases of the selection, in all and per reason: seven requests in parallel. */
  private readonly countsTask = new Task(this, {
    args: () => [this.allowedAdapter(), this.scopeKey] as const,
    task: async ([adapter, scopeKey], { signal }): Promise<CountsResult | typeof initialState> => {
      if (!adapter || !scopeKey) return initialState;
      // One failure cancels the other requests, and so does a newer selection.
      const inner = new AbortController();
      const forward = (): void => inner.abort(signal.reason);
      signal.addEventListener('abort', forward, { once: true });
      const workspaceIds = scopeKey.split(KEY_SEPARATOR);
      const count = (reasons?: Reason[]) =>
        adapter.queryAdditionalCases(
          { workspaceIds, ...(reasons ? { reasons } : {}), offset: 0, limit: 1 },
          { signal: inner.signal },
        );
      try {
        const [all, ...each] = await Promise.all([count(), ...REASONS.map((r) => count([r]))]);
        const byReason = Object.fromEntries(REASONS.map((r, i) => [r, each[i].total])) as Record<
          Reason,
          number
        >;
        return { adapter, scopeKey, counts: { all: all.total, byReason, hidden: all.hiddenByPermissions } };
      } catch (error) {
        inner.abort();
        this.reportError(error, 'counts', signal);
        throw error;
      } finally {
        signal.removeEventListener('abort', forward);
      }
    },
  });

  @query('ca-data-grid') private grid?: DataGridElement<AdditionalCase> | null;

  /** The workspaces whose cases are shown, as a key (ids joined); '' until the session allows any. */
  private scopeKey = '';
  /** The page source of the grid, and the key (adapter, workspaces, reasons) it was made for. */
  private source?: PageSource<AdditionalCase>;
  private sourceAdapter?: CustomerActivityAdapter;
  private sourceKey = '';
  private columnsMemo?: ColumnsMemo;

  /** The ids of the workspaces whose cases are shown. When empty, the session's current workspace (or all). */
  @property({ attribute: false }) workspaceIds: string[] = [];

  /** The reason filter: the cases having at least one of these reasons. Empty for every additional case. */
  @property({ attribute: false }) reasons: Reason[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const session = this.currentSession();
    const ids =
      session && session.permissions.viewPage
        ? this.workspaceIds.length > 0
          ? this.workspaceIds
          : sessionWorkspaceIds(session)
        : [];
    this.scopeKey = ids.join(KEY_SEPARATOR);
    const adapter = this.activeAdapter;
    const reasons = this.effectiveReasons();
    const sourceKey = `${this.scopeKey}${KEY_SEPARATOR}${KEY_SEPARATOR}${reasons.join(KEY_SEPARATOR)}`;
    if (adapter !== this.sourceAdapter || sourceKey !== this.sourceKey) {
      this.sourceAdapter = adapter;
      this.sourceKey = sourceKey;
      this.source = adapter && ids.length > 0 ? this.sourceFor(adapter, [...ids], reasons) : undefined;
    }
  }

  private handleReasonToggle = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (!isReason(input.value)) return;
    const chosen = new Set(this.effectiveReasons());
    if (input.checked) chosen.add(input.value);
    else chosen.delete(input.value);
    this.reasons = REASONS.filter((r) => chosen.has(r));
    this.announceFilter();
  };

  private handleAllReasons = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (this.effectiveReasons().length === 0) {
      // "All reasons" is already in force: it stays checked (choose a reason to narrow the list).
      input.checked = true;
      return;
    }
    this.reasons = [];
    this.announceFilter();
  };

  private handleRetry = (event: Event): void => {
    event.stopPropagation();
    for (const task of [this.sessionTask, this.contractsTask, this.countsTask]) {
      if (task.status === TaskStatus.ERROR) void task.run();
    }
    this.grid?.refresh();
  };

  /** Asks the adapter again for the counts and the rows; what is on screen stays until the answers arrive. */
  refresh(): void {
    if (this.countsTask.status !== TaskStatus.INITIAL) void this.countsTask.run();
    this.grid?.refresh();
  }

  /**
   * Exports every case matching the current filter, search and sort as CSV, as the grid's "Export CSV" button
   * does (readable labels and names, localized headers). Resolves with the file (downloaded unless `download:
   * false`), or `undefined` when canceled or when no grid is shown; fires no event.
   */
  async exportCsv(options: GridExportOptions = {}): Promise<GridExportResult | undefined> {
    await this.updateComplete;
    return this.grid?.exportCsv(options);
  }

  override render(): TemplateResult {
    if (this.adapterMissing) {
      return this.renderState('error', {
        heading: 'cases.noAdapterTitle',
        message: 'cases.noAdapter',
        noRetry: true,
      });
    }
    if (this.sessionTask.status === TaskStatus.ERROR) return this.renderError(this.sessionTask.error);
    const session = this.currentSession();
    if (!session) return this.renderState('loading');
    if (!session.permissions.viewPage || !this.scopeKey) return this.renderState('no-access');
    if (this.contractsTask.status === TaskStatus.ERROR) return this.renderError(this.contractsTask.error);
    if (this.countsTask.status === TaskStatus.ERROR) return this.renderError(this.countsTask.error);
    const contracts = this.shownContracts();
    if (!contracts) return this.renderState('loading');
    const counts = this.shownCounts();
    const reasons = this.effectiveReasons();
    if (counts && counts.all === 0 && reasons.length === 0 && this.countsCurrent()) {
      return this.renderNoCases(counts.hidden);
    }
    return html`
      ${renderReasonFilter({
        l10n: this.l10n,
        selected: reasons,
        counts,
        busy: this.countsTask.status === TaskStatus.PENDING,
        onToggle: this.handleReasonToggle,
        onAll: this.handleAllReasons,
      })}
      ${renderReasonLegend(this.l10n)} ${this.renderGrid(session, contracts, reasons)}
    `;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Derived values

  /** The session of the adapter in force, once it has answered. */
  private currentSession(): Session | undefined {
    const value = this.sessionTask.value;
    return value && value.adapter === this.activeAdapter ? value.session : undefined;
  }

  /** The adapter in force once its session allows the page; undefined before (so nothing else is asked). */
  private allowedAdapter(): CustomerActivityAdapter | undefined {
    return this.currentSession()?.permissions.viewPage ? this.activeAdapter : undefined;
  }

  /** Every workspace the viewer may select, as a key. */
  private sessionWorkspacesKey(): string {
    return (this.currentSession()?.workspaces ?? []).map((w) => w.id).join(KEY_SEPARATOR);
  }

  private shownContracts(): ReadonlyMap<string, ContractView> | undefined {
    const value = this.contractsTask.value;
    return value && value.adapter === this.activeAdapter ? value.contracts : undefined;
  }

  /** The counts on screen: those of the current selection, or the last ones while the new ones are on their way. */
  private shownCounts(): ReasonCounts | undefined {
    const value = this.countsTask.value;
    return value && value.adapter === this.activeAdapter ? value.counts : undefined;
  }

  /** Whether the counts on screen are those of the current selection. */
  private countsCurrent(): boolean {
    return (
      this.countsTask.value?.scopeKey === this.scopeKey && this.countsTask.status === TaskStatus.COMPLETE
    );
  }

  /** The valid reasons of `reasons`, once each, in `REASONS` order. */
  private effectiveReasons(): Reason[] {
    return reasonsInOrder(this.reasons);
  }

  private columnsFor(
    session: Session,
    contracts: ReadonlyMap<string, ContractView>,
  ): GridColumn<AdditionalCase>[] {
    const memo = this.columnsMemo;
    const locale = this.l10n.locale;
    if (memo && memo.locale === locale && memo.session === session && memo.contracts === contracts) {
      return memo.columns;
    }
    const columns = caseColumns({
      l10n: this.l10n,
      workspaceNames: new Map(session.workspaces.map((w) => [w.id, w.name])),
      contracts,
    });
    this.columnsMemo = { locale, session, contracts, columns };
    return columns;
  }

  /** The grid's page source for one adapter, workspace selection and reason filter. */
  private sourceFor(
    adapter: CustomerActivityAdapter,
    workspaceIds: string[],
    reasons: Reason[],
  ): PageSource<AdditionalCase> {
    return async (query, { signal }) => {
      const request: AdditionalCasesQuery = { workspaceIds, offset: query.offset, limit: query.limit };
      if (reasons.length > 0) request.reasons = reasons;
      if (query.sort) request.sort = query.sort as SortSpec<CaseSortKey>[];
      if (query.search) request.search = query.search;
      try {
        return await adapter.queryAdditionalCases(request, { signal });
      } catch (error) {
        this.reportError(error, 'cases', signal);
        throw error;
      }
    };
  }

  private announceFilter(): void {
    // Built apart from dispatchEvent, so the manifest analyzer takes the event from the class JSDoc only.
    const event = new CasesFilterChangeEvent({ reasons: this.effectiveReasons() });
    this.dispatchEvent(event);
  }

  /** Tells the host a request failed (never for an aborted one). */

  // ---------------------------------------------------------------------------------------------------------
  // Templates

  private renderGrid(
    session: Session,
    contracts: ReadonlyMap<string, ContractView>,
    reasons: readonly Reason[],
  ): TemplateResult {
    return html`
      <ca-data-grid
        part="data-grid"
        exportparts="header: toolbar, search, count, export-button, export-progress, grid, header-row, header-cell, row, cell"
        .source=${this.source}
        .columns=${this.columnsFor(session, contracts)}
        .sort=${DEFAULT_SORT}
        label=${this.l10n.t('cases.gridLabel')}
        row-height=${ROW_HEIGHT}
        empty-message=${this.l10n.t(reasons.length > 0 ? 'cases.noMatch' : 'cases.empty')}
        exportable
        export-filename=${this.l10n.t('cases.exportFilename')}
      ></ca-data-grid>
    `;
  }

  private renderNoCases(hidden: number): TemplateResult {
    return this.renderState(
      'empty',
      { heading: 'cases.emptyTitle', message: 'cases.empty' },
      hidden > 0
        ? html`<p class="hidden-note">${this.l10n.t('cases.hiddenNote', { count: hidden })}</p>`
        : nothing,
    );
  }

  private renderError(error: unknown): TemplateResult {
    return errorMessageKey(error) === 'error.accessDenied'
      ? this.renderState('no-access')
      : html`<ca-state-panel
          part="state"
          state="error"
          .error=${error}
          @ca-retry=${this.handleRetry}
        ></ca-state-panel>`;
  }

  private renderState(
    state: 'loading' | 'error' | 'empty' | 'no-access',
    texts: { heading?: MessageKey; message?: MessageKey; noRetry?: boolean } = {},
    extra: TemplateResult | typeof nothing = nothing,
  ): TemplateResult {
    return html`<ca-state-panel
      part="state"
      state=${state}
      heading=${texts.heading ? this.l10n.t(texts.heading) : nothing}
      message=${texts.message ? this.l10n.t(texts.message) : nothing}
      ?no-retry=${texts.noRetry ?? false}
      >${extra}</ca-state-panel
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'additional-cases': AdditionalCasesElement;
  }
}
