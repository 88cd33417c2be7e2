import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { ConsumptionQuery, CustomerActivityAdapter } from '../../data/adapter.js';
import { AccessDeniedError } from '../../data/errors.js';
import type { PageSource } from '../../data/export.js';
import { todayOf } from '../../domain/dates.js';
import { packageTermElapsed, sessionWorkspaceIds } from '../../domain/package-progress.js';
import { packageTimelineRange } from '../../domain/timeline.js';
import type { ConsumptionRecord, EntitlementView, Session, SortSpec } from '../../domain/types.js';
import type { MessageKey } from '../../i18n/messages.js';
import { tokens } from '../../styles/tokens.js';
import { outlookStyles } from '../shared/outlook.styles.js';
import { AdapterElement } from '../adapter-element.js';
import type { DataGridElement, GridExportOptions, GridExportResult } from '../data-grid/data-grid.js';
import type { GridColumn } from '../data-grid/types.js';
import { errorMessageKey } from '../shared/describe-error.js';
import { historyColumns, historyLayout, mayExportHistory, type HistoryLayout } from './columns.js';
import { entitlementDetailStyles } from './entitlement-detail.styles.js';
import { loadTimeline, type TimelineResult } from './load-timeline.js';
import { level, type RenderContext } from './render/context.js';
import { renderBalance, renderBenefit, renderHeader, renderTerms } from './render/summary.js';
import { renderTimeline, type TimelineState } from './render/timeline.js';

/** The session, tagged with the adapter that answered. */

/** An entitlement, tagged with the query it answers. */
interface EntitlementResult {
  adapter: CustomerActivityAdapter;
  entitlementId: string;
  scopeKey: string;
  view: EntitlementView;
}

/** A timeline, tagged with the query it answers. */
interface TimelineTagged {
  adapter: CustomerActivityAdapter;
  entitlementId: string;
  scopeKey: string;
  result: TimelineResult;
}

/** Separates workspace ids in a selection key (no id contains it). */
const KEY_SEPARATOR = '\u0000';

/** The history's order until the user sorts: newest first (the adapters' default, shown in the header). */
const DEFAULT_SORT: SortSpec[] = [{ key: 'date', direction: 'desc' }];

/** The grid's parts, passed on under this element's names. */
const GRID_PARTS = [
  'header: grid-header',
  'search: grid-search',
  'count: grid-count',
  'export-button',
  'export-progress',
  'grid: grid-body',
  'header-row',
  'header-cell',
  'row',
  'cell',
].join(', ');

/** A file name from an entitlement's name: "Educação sob Demanda" → `educacao-sob-demanda`. */
function slug(text: string): string {
  const plain = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return plain || 'entitlement';
}

/**
 * @summary One entitlement: what it is, what was bought, used and remains, its package and contract, its
 * consumption over time, and its full history with a CSV export.
 *
 * @tag entitlement-detail
 *
 * Set `entitlementId` (attribute `entitlement-id`) and give it an adapter (the `adapter` property, or one provided
 * by an ancestor). It shows:
 *
 * - the name, kind, category (consumable service or additional benefit), unit, description, and the action link —
 *   a link only for `http:`, `https:` and `mailto:` URLs; anything else is written out as text, never a link;
 * - the balance: purchased, consumed, remaining, utilisation, hours done (proactive kinds only), and a meter
 *   coloured by `Balance.threshold` (warning from 80 %, critical from 95 %, over past 100 %) with the share of the
 *   package's term elapsed, and the outlook (`Balance.forecast`) in words — "Runs out around Mar 14, 2027 at the
 *   pace so far", "≈ 120 hours would expire unused …", "On track", "Used up", "Ended", "Not started" — as a
 *   disclosure holding the figures behind it (term elapsed, consumed, expected by now, pace, projected total, run-out
 *   date, unused at the end);
 * - the package (status, term, expiry badge) and the contract (number, name, status, term);
 * - consumption over time, over the package's whole term: the contract's cumulative consumption (every workspace,
 *   so its last point is the balance's consumed total) up to today with the monthly amounts, against the purchase
 *   (a dashed line), the even pace from 0 at the term's start to the purchase at its end (dotted), and the projection
 *   at the pace so far from today to the end of the term (dashed) — no purchase, even pace or projection when
 *   purchased is null; the selected workspaces' own cumulative line only when they are not every workspace. Drawn by
 *   `<ca-chart>` — chart.js is loaded only when a chart is shown — with the same series as a table. The data come
 *   from the adapter's optional `getConsumptionTimeline`; without it, the history is read in pages of 5,000 rows and
 *   folded here over every workspace the viewer may select (counting only the rows the viewer may see, which the
 *   chart then says), up to 200,000 rows — beyond that the chart is replaced by a note, and the grid keeps every
 *   row;
 * - the history in a `<ca-data-grid>` whose columns fit the kind: reactive, advisory and the other services —
 *   case or service, reference, date, status, quantity, and hours done for proactive kinds; education on demand —
 *   learner, activity, date, status; support contacts — name, e-mail, added; assessments on demand — assessment,
 *   date, status; proactive credits — service, date, credits. An additional benefit has no grid: it says that it is
 *   an included line item with no consumption tracked.
 *
 * The grid's "Export CSV" writes every matching row with headers in the user's language and machine-readable
 * values. Education on demand is exported only when the session's `permissions.exportEducation` allows it:
 * otherwise there is no button, a note says who may export, and `exportCsv()` rejects with `AccessDeniedError`.
 *
 * Every request is cancelled through its `AbortSignal` when a newer one replaces it, and an older answer is never
 * shown: switching `entitlementId` shows "Loading…" until the new entitlement arrives; `refresh()` or a workspace
 * change keeps the entitlement on screen (marked busy) until the new answer replaces it. Loading, error (with
 * "Try again"), empty (no `entitlementId`) and no-access states are shown with `<ca-state-panel>`; a viewer who may
 * not see the page gets the no-access state and the adapter is asked for nothing else.
 *
 * @fires {DataGridExportEvent} ca-export - The user exported the history with the "Export CSV" button and the file
 * was handed to the browser; `detail` is `{ rowCount, filename }`. Fired once per export (by the grid inside,
 * re-targeted to this element); calling `exportCsv()` fires nothing. Bubbles, composed.
 * @fires {CaErrorEvent} ca-error - Loading failed (aborted requests never count); `detail` is
 * `{ error, operation }`, `operation` being `session`, `entitlement`, `timeline` or `history`. The element shows the
 * failure itself. Bubbles, composed.
 *
 * @csspart detail - The whole view once loaded (an `<article>`).
 * @csspart header - Name, kind, description and action link.
 * @csspart name - The entitlement's name (a heading).
 * @csspart kind - Its kind, category and unit.
 * @csspart description - Its description.
 * @csspart action - The action link (`http:`, `https:` or `mailto:` URLs).
 * @csspart action-text - An action URL of any other protocol, written out as text.
 * @csspart summary - The balance card of a consumable.
 * @csspart figures - The list of figures: purchased, consumed, remaining, utilisation, hours done.
 * @csspart figure - One figure.
 * @csspart meter - The `<ca-meter>`.
 * @csspart meter-track - The meter's track.
 * @csspart meter-fill - The meter's consumed share.
 * @csspart meter-marker - The meter's term-elapsed marker.
 * @csspart forecast - The outlook of the balance, with its label.
 * @csspart outlook - The outlook (a `<details>`): in words, with the figures behind it inside.
 * @csspart outlook-summary - The outlook's sentence (the disclosure's `<summary>`).
 * @csspart as-of - When the figures were read.
 * @csspart benefit - The explanation shown for an additional benefit, in place of the balance.
 * @csspart terms - The package and contract card.
 * @csspart package - The package's name, status, term and expiry.
 * @csspart contract - The contract's number, name, status and term.
 * @csspart expiry - The package's `<ca-expiry-badge>`.
 * @csspart expiry-badge - The badge inside it.
 * @csspart timeline - The "Consumption over time" card.
 * @csspart chart - The `<ca-chart>`.
 * @csspart chart-figure - The chart's figure.
 * @csspart chart-canvas - The chart's canvas.
 * @csspart chart-toggle - The chart's "Show as table" button.
 * @csspart chart-table - The chart's table of figures.
 * @csspart chart-retry - "Try again" after the chart's data failed to load.
 * @csspart history - The history card.
 * @csspart export-note - Who may export, when the viewer may not export this history.
 * @csspart grid - The history's `<ca-data-grid>`.
 * @csspart grid-header - The grid's bar: search, row count, export.
 * @csspart grid-search - The grid's search field.
 * @csspart grid-count - The grid's row count.
 * @csspart export-button - The grid's "Export CSV" button.
 * @csspart export-progress - The grid's export progress.
 * @csspart grid-body - The grid's scrolling element.
 * @csspart header-row - The grid's header row.
 * @csspart header-cell - A column header.
 * @csspart row - A history row.
 * @csspart cell - A history cell.
 * @csspart state - The `<ca-state-panel>` of a loading, error, empty or no-access state.
 *
 * @cssprop [--ca-entitlement-detail-gap=var(--ca-space-4)] - Space between the cards.
 * @cssprop [--ca-entitlement-detail-card-padding=var(--ca-space-4)] - Space inside a card.
 * @cssprop [--ca-entitlement-detail-card-background=var(--ca-color-surface)] - Background of a card.
 * @cssprop [--ca-entitlement-detail-card-radius=var(--ca-radius-m)] - Corner radius of a card.
 * @cssprop [--ca-entitlement-detail-accent=var(--ca-color-accent)] - Colour of the action link.
 */
export class EntitlementDetailElement extends AdapterElement {
  static override styles = [tokens, outlookStyles, entitlementDetailStyles];

  /** The entitlement with its balance in the workspaces shown. */
  private readonly entitlementTask = new Task(this, {
    args: () =>
      [
        this.viewerMaySee() ? this.activeAdapter : undefined,
        this.entitlementId ?? '',
        this.scopeKey,
      ] as const,
    task: async (
      [adapter, entitlementId, scopeKey],
      { signal },
    ): Promise<EntitlementResult | typeof initialState> => {
      if (!adapter || !entitlementId || !scopeKey) return initialState;
      try {
        const view = await adapter.getEntitlement(
          { entitlementId, workspaceIds: scopeKey.split(KEY_SEPARATOR) },
          { signal },
        );
        return { adapter, entitlementId, scopeKey, view };
      } catch (error) {
        this.reportError(error, 'entitlement', signal);
        throw error;
      }
    },
  });

  /** The monthly timeline of the chart, once the entitlement (and so its package's term) is known. */
  private readonly timelineTask = new Task(this, {
    args: () => {
      const view = this.currentView();
      const session = this.currentSession();
      const range =
        view && session && historyLayout(view)
          ? packageTimelineRange(view.package, todayOf(session.asOf))
          : null;
      return [
        range ? this.activeAdapter : undefined,
        view?.entitlementId ?? '',
        this.scopeKey,
        range?.from ?? '',
        range?.to ?? '',
      ] as const;
    },
    task: async (
      [adapter, entitlementId, scopeKey, from, to],
      { signal },
    ): Promise<TimelineTagged | typeof initialState> => {
      if (!adapter || !entitlementId || !scopeKey || !from) return initialState;
      try {
        // The history fallback folds every workspace the viewer may select into the contract-wide line.
        const totalWorkspaceIds = this.currentSession()?.workspaces.map((w) => w.id);
        const result = await loadTimeline(
          adapter,
          {
            entitlementId,
            workspaceIds: scopeKey.split(KEY_SEPARATOR),
            totalWorkspaceIds,
            range: { from, to },
          },
          { signal },
        );
        return { adapter, entitlementId, scopeKey, result };
      } catch (error) {
        this.reportError(error, 'timeline', signal);
        throw error;
      }
    },
  });

  @query('ca-data-grid') private grid?: DataGridElement<ConsumptionRecord> | null;

  /** The workspaces whose data is shown, as a key (ids joined); '' until the session is known. */
  private scopeKey = '';

  /** The grid's page source for the entitlement and workspaces shown (kept, so the grid does not fetch again). */
  private history?: {
    adapter: CustomerActivityAdapter;
    key: string;
    source: PageSource<ConsumptionRecord>;
  };

  /** The grid's columns for a layout, kind, unit and locale (kept, so the grid keeps its columns). */
  private columns?: { key: string; columns: GridColumn<ConsumptionRecord>[] };

  /** The entitlement shown. */
  @property({ attribute: 'entitlement-id' }) entitlementId?: string;

  /** The ids of the workspaces whose data is shown. When empty, the session's current workspace (or all). */
  @property({ attribute: false }) workspaceIds: string[] = [];

  /** The `aria-level` of the entitlement's name (1–6); its sections are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const session = this.currentSession();
    const ids = session
      ? this.workspaceIds.length > 0
        ? this.workspaceIds
        : sessionWorkspaceIds(session)
      : [];
    this.scopeKey = ids.join(KEY_SEPARATOR);
  }

  private readonly handleRetry = (event: Event): void => {
    event.stopPropagation();
    const failed = [this.sessionTask, this.entitlementTask].find((task) => task.status === TaskStatus.ERROR);
    void failed?.run();
  };

  private readonly handleTimelineRetry = (): void => {
    void this.timelineTask.run();
  };

  /**
   * Asks the adapter again for the entitlement, its timeline and its history; what is on screen stays until the
   * answers arrive.
   */
  refresh(): void {
    if (this.entitlementTask.status !== TaskStatus.INITIAL) void this.entitlementTask.run();
    if (this.timelineTask.status !== TaskStatus.INITIAL) void this.timelineTask.run();
    this.grid?.refresh();
  }

  /**
   * Exports the history — every row matching the grid's search and sort — as CSV: headers in the user's language,
   * values machine-readable, UTF-8 with a BOM, formula-escaped. Downloads it unless `download: false`. Resolves with
   * `{ blob, rowCount, filename }`, or `undefined` when there is nothing to export (not loaded yet, an additional
   * benefit) or the export was cancelled. Rejects with `AccessDeniedError` for an education-on-demand history
   * when the session does not allow `exportEducation`, and with the adapter's error when a page fails. Fires no
   * event (`ca-export` is for the user's own exports).
   */
  async exportCsv(options: GridExportOptions = {}): Promise<GridExportResult | undefined> {
    const session = this.currentSession();
    const view = this.currentView();
    if (!session || !view) return undefined;
    if (!mayExportHistory(view.kind, session.permissions)) {
      throw new AccessDeniedError('This viewer may not export the Education on Demand report');
    }
    if (!historyLayout(view)) return undefined;
    await this.updateComplete;
    const grid = this.grid;
    if (!grid) return undefined;
    return grid.exportCsv({ filename: this.exportFilename(view, session), ...options });
  }

  override render(): TemplateResult {
    if (this.adapterMissing) {
      return this.renderState('error', {
        heading: 'packages.noAdapterTitle',
        message: 'packages.noAdapter',
        noRetry: true,
      });
    }
    if (this.sessionTask.status === TaskStatus.ERROR) return this.renderError(this.sessionTask.error);
    const session = this.currentSession();
    if (!session) return this.renderState('loading');
    if (!session.permissions.viewPage) return this.renderState('no-access');
    if (!this.entitlementId) {
      return this.renderState('empty', {
        heading: 'detail.noEntitlementTitle',
        message: 'detail.noEntitlement',
      });
    }
    if (this.entitlementTask.status === TaskStatus.ERROR) return this.renderError(this.entitlementTask.error);
    const view = this.currentView();
    if (!view) return this.renderState('loading');
    return this.renderDetail(session, view);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Derived values

  /** The session of the adapter in force, once it has answered. */
  private currentSession(): Session | undefined {
    const value = this.sessionTask.value;
    return value && value.adapter === this.activeAdapter ? value.session : undefined;
  }

  /** Whether the session is known and lets the viewer see the page (else nothing else is asked for). */
  private viewerMaySee(): boolean {
    return this.currentSession()?.permissions.viewPage === true;
  }

  /**
   * The entitlement on screen: the answer for the current `entitlementId` — for the current workspaces, or the
   * previous workspaces while the new answer is on its way — never another entitlement's.
   */
  private currentView(): EntitlementView | undefined {
    const value = this.entitlementTask.value;
    if (!value || value.adapter !== this.activeAdapter || value.entitlementId !== this.entitlementId) {
      return undefined;
    }
    return value.view;
  }

  /** Where the chart's data stands for the entitlement on screen. */
  private timelineState(view: EntitlementView, session: Session): TimelineState {
    if (!packageTimelineRange(view.package, todayOf(session.asOf))) {
      return { status: 'not-started', startDate: view.package.startDate };
    }
    if (this.timelineTask.status === TaskStatus.ERROR) return { status: 'error' };
    const value = this.timelineTask.value;
    if (!value || value.adapter !== this.activeAdapter || value.entitlementId !== view.entitlementId) {
      return { status: 'loading' };
    }
    return { status: 'done', result: value.result };
  }

  /** The grid's page source for the entitlement and workspaces shown, the same function until they change. */
  private historySource(
    adapter: CustomerActivityAdapter,
    entitlementId: string,
  ): PageSource<ConsumptionRecord> {
    const key = `${entitlementId}\u0001${this.scopeKey}`;
    if (this.history?.adapter === adapter && this.history.key === key) return this.history.source;
    const workspaceIds = this.scopeKey.split(KEY_SEPARATOR);
    const source: PageSource<ConsumptionRecord> = async (page, options) => {
      try {
        // The columns' keys are fields of a consumption row, so the grid's sort keys are too.
        const sort = page.sort as ConsumptionQuery['sort'];
        return await adapter.queryConsumption({ ...page, sort, entitlementId, workspaceIds }, options);
      } catch (error) {
        this.reportError(error, 'history', options.signal);
        throw error;
      }
    };
    this.history = { adapter, key, source };
    return source;
  }

  /** The grid's columns, the same array until the layout, kind, unit or language change. */
  private historyColumns(layout: HistoryLayout, view: EntitlementView): GridColumn<ConsumptionRecord>[] {
    const key = [layout, view.kind, view.unit, this.l10n.locale].join('|');
    if (this.columns?.key === key) return this.columns.columns;
    const columns = historyColumns(layout, {
      kind: view.kind,
      unit: view.unit,
      t: (k: MessageKey, params) => this.l10n.t(k, params),
    });
    this.columns = { key, columns };
    return columns;
  }

  private exportFilename(view: EntitlementView, session: Session): string {
    return `${slug(view.name)}-${todayOf(session.asOf)}.csv`;
  }

  /** Fires `ca-error` for a failed request — not for one that was aborted because a newer one replaced it. */

  private renderContext(): RenderContext {
    return { l10n: this.l10n, headingLevel: this.headingLevel };
  }

  // ---------------------------------------------------------------------------------------------------------
  // Templates

  private renderDetail(session: Session, view: EntitlementView): TemplateResult {
    const ctx = this.renderContext();
    const today = todayOf(session.asOf);
    const layout = historyLayout(view);
    const busy = this.entitlementTask.status === TaskStatus.PENDING;
    return html`
      <article part="detail" class="detail" aria-labelledby="name" aria-busy=${busy ? 'true' : 'false'}>
        ${renderHeader(ctx, view)}
        <div class="cards">
          ${
            layout
              ? renderBalance(ctx, view, packageTermElapsed(view.package, today), session.asOf)
              : renderBenefit(ctx, view, session.asOf)
          }
          ${renderTerms(ctx, view, today)}
        </div>
        ${
          layout
            ? html`${renderTimeline(
                ctx,
                view,
                this.timelineState(view, session),
                todayOf(session.asOf),
                this.handleTimelineRetry,
              )}
              ${this.renderHistory(session, view, layout)}`
            : nothing
        }
      </article>
    `;
  }

  private renderHistory(session: Session, view: EntitlementView, layout: HistoryLayout): TemplateResult {
    const l = this.l10n;
    const adapter = this.activeAdapter!;
    const exportable = mayExportHistory(view.kind, session.permissions);
    return html`
      <section part="history" class="card history" aria-labelledby="history-heading">
        <div
          id="history-heading"
          class="section-heading"
          role="heading"
          aria-level=${level(this.headingLevel + 1)}
        >
          ${l.t('detail.history')}
        </div>
        ${exportable ? nothing : html`<p part="export-note" class="note">${l.t('detail.exportRestricted')}</p>`}
        ${keyed(
          view.entitlementId,
          html`<ca-data-grid
            part="grid"
            exportparts=${GRID_PARTS}
            label=${l.t('detail.historyLabel', { name: view.name })}
            empty-message=${l.t('detail.historyEmpty')}
            export-filename=${this.exportFilename(view, session)}
            ?exportable=${exportable}
            .source=${this.historySource(adapter, view.entitlementId)}
            .columns=${this.historyColumns(layout, view)}
            .sort=${DEFAULT_SORT}
          ></ca-data-grid>`,
        )}
      </section>
    `;
  }

  private renderError(error: unknown): TemplateResult {
    const key = errorMessageKey(error);
    if (key === 'error.accessDenied') return this.renderState('no-access');
    return html`<ca-state-panel
      part="state"
      state="error"
      heading=${key === 'error.notFound' ? this.l10n.t('detail.notFoundTitle') : nothing}
      .error=${error}
      @ca-retry=${this.handleRetry}
    ></ca-state-panel>`;
  }

  private renderState(
    state: 'loading' | 'error' | 'empty' | 'no-access',
    texts: { heading?: MessageKey; message?: MessageKey; noRetry?: boolean } = {},
  ): TemplateResult {
    return html`<ca-state-panel
      part="state"
      state=${state}
      heading=${texts.heading ? this.l10n.t(texts.heading) : nothing}
      message=${texts.message ? this.l10n.t(texts.message) : nothing}
      ?no-retry=${texts.noRetry ?? false}
    ></ca-state-panel>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'entitlement-detail': EntitlementDetailElement;
  }
}
