import { provide } from '@lit/context';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { CustomerActivityAdapter } from '../../data/adapter.js';
import { adapterContext } from '../../data/context.js';
import { downloadBlob } from '../../data/export.js';
import { needsAttention, type AttentionItem } from '../../domain/attention.js';
import { todayOf } from '../../domain/dates.js';
import { defaultContractId, packageTermElapsed, sessionWorkspaceIds } from '../../domain/package-progress.js';
import {
  PROOF_OF_DELIVERY_COLUMNS,
  proofOfDeliveryCsv,
  proofOfDeliveryFilename,
  proofOfDeliveryRows,
  type ProofOfDeliveryColumn,
} from '../../domain/proof-of-delivery.js';
import {
  DEFAULT_VIEW,
  formatRoute,
  isCustomerActivityView,
  parseRoute,
  type CustomerActivityView,
  type Route,
} from '../../domain/route.js';
import type { ContractView, EnterpriseSummary, Session } from '../../domain/types.js';
import type { MessageKey } from '../../i18n/messages.js';
import { tokens } from '../../styles/tokens.js';
import { outlookStyles } from '../shared/outlook.styles.js';
import { entitlementLinkStyles } from '../shared/entitlement-link.styles.js';
import { AdapterElement, isAbort } from '../adapter-element.js';
import { DataGridExportEvent } from '../data-grid/events.js';
import { EntitlementSelectEvent, PackageFilterChangeEvent } from '../package-consumption/events.js';
import { errorMessageKey } from '../shared/describe-error.js';
import { WorkspaceFilterChangeEvent } from '../workspace-filter/workspace-filter.js';
import { customerActivityStyles } from './customer-activity.styles.js';
import { NavigateEvent } from './events.js';
import { heading, level, type RenderContext } from './render/context.js';
import { renderAttention } from './render/attention.js';
import { contractsActiveFirst, renderHeader } from './render/header.js';
import { renderCasesSection, renderDrillDown, renderProof, type ProofState } from './render/sections.js';
import {
  contractCaption,
  renderActiveContracts,
  renderChart,
  renderEntitlements,
  renderGroups,
  utilisationChartData,
  type UtilisationChartData,
} from './render/summary.js';

/** The session, tagged with the adapter that answered. */

/** The contracts of a workspace selection, tagged with the query. */
interface ContractsResult {
  adapter: CustomerActivityAdapter;
  scopeKey: string;
  contracts: ContractView[];
}

/** The enterprise-wide summary of a contract, tagged with the query. */
interface SummaryResult {
  adapter: CustomerActivityAdapter;
  scopeKey: string;
  contractId: string;
  summary: EnterpriseSummary;
}

/** What needs attention in a contract, tagged with the query. */
interface AttentionResult {
  adapter: CustomerActivityAdapter;
  scopeKey: string;
  contractId: string;
  items: AttentionItem[];
}

/** The number of additional cases of a selection, tagged with the query. */
interface CasesResult {
  adapter: CustomerActivityAdapter;
  scopeKey: string;
  total: number;
  hidden: number;
}

/** What `exportProofOfDelivery()` resolves with. */
export interface ProofOfDeliveryExport {
  /** The CSV file: UTF-8 with a BOM, `text/csv;charset=utf-8`. */
  blob: Blob;
  /** The CSV text (the blob's content). */
  text: string;
  /** Entitlements written (the header record not counted). */
  rowCount: number;
  filename: string;
}

/** The operations of `<customer-activity>` named in its `ca-error` events. */
export type CustomerActivityOperation =
  'session' | 'contracts' | 'summary' | 'attention' | 'cases' | 'export';

/** Where to go back to when a drill-down view closes: what opened it, and the page's scroll position. */
interface ReturnPoint {
  /** The control that opened the view (in this element, or in a child's shadow root). */
  opener?: HTMLElement;
  /** The entitlement whose detail was opened, to find its button again should the opener be gone. */
  entitlementId?: string;
  scrollX: number;
  scrollY: number;
}

/** Separates workspace ids in a selection key (no id contains it). */
const KEY_SEPARATOR = '\u0000';

/** The element focused inside `origin` (crossing shadow roots), if focus is there. */
function focusedWithin(origin: HTMLElement): HTMLElement | undefined {
  let active = origin.ownerDocument.activeElement;
  let inside = false;
  while (active) {
    if (active === origin) inside = true;
    const next: Element | null | undefined = active.shadowRoot?.activeElement;
    if (!next) break;
    active = next;
  }
  return inside && active !== origin && active instanceof HTMLElement ? active : undefined;
}

/**
 * @summary The Customer Activity page: what was bought under the support contracts of the selected workspaces,
 * what has been delivered, what remains — with drill-down to each entitlement, the add-on packages, the additional
 * cases, and a proof of delivery to download or print.
 *
 * @tag customer-activity
 *
 * Give it an adapter (the `adapter` property, or one provided by an ancestor through `adapterContext`); it provides
 * that adapter to the elements inside it. It shows:
 *
 * - **a header**: the workspace filter (one, several or all of the viewer's workspaces; the session's current one by
 *   default), the contract picker (active contracts first, each with its term and status; the first active one by
 *   default), the proof-of-delivery controls, and "as of" the session's time with a note that the figures are read
 *   from the source systems;
 * - **Needs attention**, first: the entitlements of the contract's active packages (enterprise-wide and add-on) that
 *   are over their purchase, that run out before their term ends at the pace so far (outlook `runs-out`), or whose
 *   package expires within 90 days with at least 25 % of the purchase left unused at the pace so far — each with its
 *   reason in words and its name a button that opens its detail — or a calm "Nothing needs attention" line. It is
 *   computed by `needsAttention` from what `listPackages` returns; no other adapter method is needed;
 * - **Enterprise-wide**: the active contracts of the workspaces with their dates and expiry; the five summary groups
 *   of the contract as cards — proactive services delivered, as-needed support, education on demand, support
 *   contacts, assessments on demand — each with one line per unit (purchased, consumed in the selected workspaces,
 *   remaining of the contract, a meter with the share of the term elapsed, and the outlook of the line — that of its
 *   most pressing entitlement, named when the line sums several, see `mostPressing`) and hours done for proactive
 *   services; a
 *   chart that compares like with like — the utilisation of each summary line that has a purchased amount, in % of
 *   it (every workspace), beside the share of the contract's term elapsed, so no two units share an axis
 *   (`<ca-chart>`: chart.js is loaded only when it is shown, colours come from the `--ca-chart-series-N` tokens, no
 *   animation under `prefers-reduced-motion`, and the figures are one click away as a table); and the enterprise
 *   entitlements with their balances and outlooks, each name opening its detail. Every outlook is written in words
 *   ("Runs out around Mar 14, 2027 at the pace so far", "≈ 120 hours would expire unused …", "On track", "Used up")
 *   beside an icon, and is a disclosure whose panel holds the figures behind it (term elapsed, consumed, expected by
 *   now, pace, projected total, run-out date, unused at the end);
 * - **Add-on packages**: `<package-consumption>` for the contract shown (choosing another contract there changes
 *   the page's contract too);
 * - **Additional cases**: how many there are, and a button that opens `<additional-cases>`.
 *
 * **Drill-down.** An entitlement's detail (`<entitlement-detail>`) and the additional cases open in place of the
 * page, with a "Back" control. Focus moves to the view's heading; going back restores the page's scroll position
 * and returns focus to the control that opened the view. The page stays loaded underneath, so going back is
 * instant and the filters of the add-on packages are kept.
 *
 * **Proof of delivery.** "Download CSV" writes every entitlement of the contract — enterprise-wide, then add-on
 * package by package — with package, kind, category, unit, purchased, consumed (selected and all workspaces),
 * remaining, hours done and the package's end date and expiry: headers in the user's language, values
 * machine-readable, UTF-8 with a BOM, formula-injection escaped. "Print report" prints the page: a print stylesheet
 * hides the controls, prints the selection as text, black on white, and keeps cards whole.
 *
 * **URL.** With `sync-url`, the element owns the URL hash: it keeps the view, the chosen workspaces, the chosen
 * contract and the open entitlement there (`#ca:view=entitlement&ws=a,b&contract=c&entitlement=e`), so back,
 * forward and shared links work. It reads the hash when connected and on `popstate` / `hashchange` (a hash that is
 * not its own is left alone; an empty hash means the page as first configured). It pushes a history entry when the
 * user opens or closes a view, and replaces the entry when the user changes the workspaces or the contract; it never
 * writes the URL when properties are set from code.
 *
 * **States.** Every request is cancelled through its `AbortSignal` when a newer one replaces it, and an older answer
 * is never shown: changing the workspaces or the contract shows "Loading…" until the figures of the new selection
 * arrive; `refresh()` keeps the figures on screen (marked busy) until the new answer replaces them. A viewer the
 * session does not allow to see the page gets a no-access state that says who can grant the Customer Activity role,
 * and the adapter is asked for nothing else. Loading, error (with "Try again") and empty states are shown with
 * `<ca-state-panel>`.
 *
 * @fires {NavigateEvent} ca-navigate - The user opened an entitlement's detail or the additional cases, or went
 * back, with a control of this element; `detail` is `{ view, entitlementId? }`. Cancelable: `preventDefault()` keeps
 * the element where it is (for hosts that route by themselves). Bubbles, composed.
 * @fires {EntitlementSelectEvent} ca-entitlement-select - The user selected an enterprise entitlement in the
 * summary, or an entitlement under "Needs attention"; `detail.entitlementId`. (A selection in `<package-consumption>` reaches the host as that element's own
 * event.) Bubbles, composed.
 * @fires {DataGridExportEvent} ca-export - The user downloaded the proof-of-delivery CSV; `detail` is
 * `{ rowCount, filename }`. (Exports of the grids inside reach the host as their own events.) Bubbles, composed.
 * @fires {WorkspaceFilterChangeEvent} ca-filter-change - The user applied another workspace selection (the workspace
 * filter's own event, passing through); the add-on packages' and additional cases' filters fire theirs too.
 * @fires {CaErrorEvent} ca-error - A request of this element failed (aborts never count); `detail` is
 * `{ error, operation }`, operation one of `session`, `contracts`, `summary`, `attention`, `cases`, `export`.
 * Bubbles, composed.
 *
 * @csspart header - The header: selection, proof of delivery, "as of".
 * @csspart selection - The workspace filter and the contract picker.
 * @csspart workspace-filter - The `<ca-workspace-filter>`.
 * @csspart workspace-button - The workspace filter's button.
 * @csspart workspace-panel - The workspace filter's panel.
 * @csspart workspace-option - An option of the workspace filter.
 * @csspart contract-select - The contract `<select>`.
 * @csspart as-of - "As of …" and the note on where the figures come from.
 * @csspart proof - The proof-of-delivery controls.
 * @csspart proof-download - The "Download CSV" button.
 * @csspart proof-print - The "Print report" button.
 * @csspart proof-status - The status of the download (a polite live region).
 * @csspart section - A section of the page: enterprise-wide, add-on packages.
 * @csspart heading - A section's heading.
 * @csspart attention - The "Needs attention" section.
 * @csspart attention-list - The list of entitlements that need attention.
 * @csspart attention-item - An entry of "Needs attention": its reason, the entitlement and why.
 * @csspart attention-link - An entry's entitlement name: the button that opens its detail.
 * @csspart attention-none - The "Nothing needs attention" line.
 * @csspart outlook - The outlook of a balance (a `<details>`): in words, with its figures inside.
 * @csspart outlook-summary - The outlook's sentence (the disclosure's `<summary>`).
 * @csspart contracts - The active contracts.
 * @csspart contract - An active contract (a table row).
 * @csspart expiry-badge - An active contract's expiry badge.
 * @csspart groups - The list of summary cards.
 * @csspart group-card - A summary group's card.
 * @csspart group-name - A summary group's name (a heading).
 * @csspart line - A unit's figures within a card.
 * @csspart hours-done - A card's hours done.
 * @csspart meter - A `<ca-meter>`.
 * @csspart meter-track - A meter's track.
 * @csspart meter-fill - A meter's consumed share.
 * @csspart meter-marker - A meter's term-elapsed marker.
 * @csspart chart-card - The card of the chart.
 * @csspart chart - The `<ca-chart>`.
 * @csspart chart-figure - The chart's figure.
 * @csspart chart-canvas - The chart's canvas.
 * @csspart chart-toggle - The chart's "Show as table" button.
 * @csspart chart-table - The chart's table of figures.
 * @csspart entitlements - The enterprise entitlements.
 * @csspart entitlement - An enterprise entitlement (a table row).
 * @csspart entitlement-name - An entitlement's name: the button that opens its detail.
 * @csspart package-consumption - The `<package-consumption>` of the add-on packages.
 * @csspart cases - The additional-cases section.
 * @csspart cases-count - How many additional cases there are.
 * @csspart cases-open - The "View additional cases" button.
 * @csspart view - A drill-down view.
 * @csspart back - The drill-down view's "Back" button.
 * @csspart view-heading - The drill-down view's heading (focused when the view opens).
 * @csspart detail - The `<entitlement-detail>`.
 * @csspart additional-cases - The `<additional-cases>`.
 * @csspart state - A `<ca-state-panel>` of a loading, error, empty or no-access state.
 *
 * @cssprop [--ca-customer-activity-gap=var(--ca-space-5)] - Space between the sections.
 * @cssprop [--ca-customer-activity-card-padding=var(--ca-space-4)] - Space inside a card.
 * @cssprop [--ca-customer-activity-card-background=var(--ca-color-surface)] - Background of a card.
 * @cssprop [--ca-customer-activity-card-radius=var(--ca-radius-m)] - Corner radius of a card.
 * @cssprop [--ca-customer-activity-card-min-width=14rem] - Narrowest a summary card gets before the cards wrap.
 * @cssprop [--ca-customer-activity-header-background=var(--ca-color-surface-raised)] - Background of the header.
 */
export class CustomerActivityElement extends AdapterElement {
  static override styles = [tokens, entitlementLinkStyles, outlookStyles, customerActivityStyles];

  /** The adapter in force, provided to the elements inside (the detail, the packages, the cases). */
  @provide({ context: adapterContext })
  protected providedAdapter?: CustomerActivityAdapter;

  /** The contracts linked to the workspaces shown. */
  private readonly contractsTask = new Task(this, {
    args: () => [this.allowedAdapter(), this.scopeKey] as const,
    task: async ([adapter, scopeKey], { signal }): Promise<ContractsResult | typeof initialState> => {
      if (!adapter || !scopeKey) return initialState;
      try {
        const contracts = await adapter.listContracts(
          { workspaceIds: scopeKey.split(KEY_SEPARATOR) },
          { signal },
        );
        return { adapter, scopeKey, contracts };
      } catch (error) {
        this.reportError(error, 'contracts', signal);
        throw error;
      }
    },
  });

  /** The enterprise-wide summary of the contract shown, for the workspaces shown. */
  private readonly summaryTask = new Task(this, {
    args: () => [this.allowedAdapter(), this.scopeKey, this.requestedContractId()] as const,
    task: async (
      [adapter, scopeKey, contractId],
      { signal },
    ): Promise<SummaryResult | typeof initialState> => {
      if (!adapter || !scopeKey || !contractId) return initialState;
      try {
        const summary = await adapter.getEnterpriseSummary(
          { contractId, workspaceIds: scopeKey.split(KEY_SEPARATOR) },
          { signal },
        );
        return { adapter, scopeKey, contractId, summary };
      } catch (error) {
        this.reportError(error, 'summary', signal);
        throw error;
      }
    },
  });

  /**
   * What needs attention in the contract shown: its active packages, enterprise-wide and add-on, as `listPackages`
   * returns them (with their forecasts), through `needsAttention`. No other adapter method is needed.
   */
  private readonly attentionTask = new Task(this, {
    args: () => [this.allowedAdapter(), this.scopeKey, this.requestedContractId()] as const,
    task: async (
      [adapter, scopeKey, contractId],
      { signal },
    ): Promise<AttentionResult | typeof initialState> => {
      if (!adapter || !scopeKey || !contractId) return initialState;
      try {
        const query = { contractId, status: 'active' as const, workspaceIds: scopeKey.split(KEY_SEPARATOR) };
        const [enterprise, addOns] = await Promise.all([
          adapter.listPackages({ ...query, scope: 'enterprise' }, { signal }),
          adapter.listPackages({ ...query, scope: 'add-on' }, { signal }),
        ]);
        return { adapter, scopeKey, contractId, items: needsAttention([...enterprise, ...addOns]) };
      } catch (error) {
        this.reportError(error, 'attention', signal);
        throw error;
      }
    },
  });

  /** How many additional cases the workspaces shown have (one row asked for: the total is what counts). */
  private readonly casesTask = new Task(this, {
    args: () => [this.allowedAdapter(), this.scopeKey] as const,
    task: async ([adapter, scopeKey], { signal }): Promise<CasesResult | typeof initialState> => {
      if (!adapter || !scopeKey) return initialState;
      try {
        const page = await adapter.queryAdditionalCases(
          { workspaceIds: scopeKey.split(KEY_SEPARATOR), offset: 0, limit: 1 },
          { signal },
        );
        return { adapter, scopeKey, total: page.total, hidden: page.hiddenByPermissions };
      } catch (error) {
        this.reportError(error, 'cases', signal);
        throw error;
      }
    },
  });

  @query('#view-heading') private viewHeading?: HTMLElement | null;

  /** Where the proof-of-delivery download stands. */
  @state() private proofState: ProofState = { status: 'idle' };

  /** The workspaces whose data is shown, as a key (ids joined); '' until the session allows any. */
  private scopeKey = '';
  /** The workspaces whose data is shown (the same array until they change). */
  private scopeIds: string[] = [];
  /** Where to go back to when the drill-down view closes. */
  private returnPoint?: ReturnPoint;
  /** What to focus once the next update is rendered. */
  private pendingFocus: 'view' | 'return' | null = null;
  /** The chart's data, kept for the same summary and locale (so the chart is not drawn again for nothing). */
  private chartMemo?: {
    summary: EnterpriseSummary;
    locale: string;
    elapsed: number;
    data: UtilisationChartData;
  };
  /** The route of an empty hash: the properties as they were when URL sync started. */
  private initialRoute?: Route;
  private listeningToUrl = false;
  private proofController?: AbortController;

  /** The ids of the chosen workspaces. When empty, the session's current workspace (or every one the viewer may see). */
  @property({ attribute: false }) workspaceIds: string[] = [];

  /** The contract shown. When unset (or not linked to the workspaces), the first active contract of the workspaces. */
  @property({ attribute: 'contract-id' }) contractId?: string;

  /** The view shown: `summary` (the page), `entitlement` (the detail of `entitlement-id`) or `additional-cases`. */
  @property() view: CustomerActivityView = DEFAULT_VIEW;

  /** The entitlement whose detail is shown with `view="entitlement"`. */
  @property({ attribute: 'entitlement-id' }) entitlementId?: string;

  /** Keep the view, workspaces, contract and open entitlement in the URL hash (the element then owns the hash). */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** The `aria-level` of the page's section headings (1–6); what is inside a section is one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) this.startUrlSync();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopUrlSync();
    this.proofController?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('syncUrl')) {
      if (this.syncUrl && this.isConnected) this.startUrlSync();
      else this.stopUrlSync();
    }
    this.providedAdapter = this.activeAdapter;
    const session = this.currentSession();
    const ids = session?.permissions.viewPage ? this.workspacesShown(session) : [];
    const key = ids.join(KEY_SEPARATOR);
    if (key !== this.scopeKey) {
      this.scopeKey = key;
      this.scopeIds = ids;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const focus = this.pendingFocus;
    this.pendingFocus = null;
    if (focus === 'view') this.viewHeading?.focus();
    else if (focus === 'return') this.restoreReturnPoint();
  }

  private readonly handleWorkspaceChange = (event: Event): void => {
    if (!(event instanceof WorkspaceFilterChangeEvent)) return;
    this.workspaceIds = [...event.detail.workspaceIds];
    this.writeUrl('replace');
  };

  private readonly handleContractChange = (event: Event): void => {
    const contractId = (event.target as HTMLSelectElement).value;
    if (!contractId || contractId === this.shownContractId()) return;
    this.contractId = contractId;
    this.writeUrl('replace');
  };

  /** The add-on packages' contract picker changes the page's contract too. */
  private readonly handlePackageFilterChange = (event: Event): void => {
    if (!(event instanceof PackageFilterChangeEvent)) return;
    const { contractId } = event.detail;
    if (!contractId || contractId === this.shownContractId()) return;
    this.contractId = contractId;
    this.writeUrl('replace');
  };

  private readonly handleEntitlementClick = (event: Event): void => {
    const button = event.currentTarget as HTMLElement;
    const entitlementId = button.dataset.entitlementId;
    if (!entitlementId) return;
    const selected = new EntitlementSelectEvent({ entitlementId });
    this.dispatchEvent(selected);
    this.openEntitlement(entitlementId, button);
  };

  /**
   * A selection in `<package-consumption>`: its event goes on to the host as it is; the detail opens here. What
   * opened it is the control focused inside the packages (the entitlement's button), else the packages themselves.
   */
  private readonly handleChildEntitlementSelect = (event: Event): void => {
    if (!(event instanceof EntitlementSelectEvent)) return;
    const origin = event.composedPath()[0];
    const opener = origin instanceof HTMLElement ? (focusedWithin(origin) ?? origin) : undefined;
    this.openEntitlement(event.detail.entitlementId, opener);
  };

  private readonly handleCasesOpen = (event: Event): void => {
    if (!this.announce({ view: 'additional-cases' })) return;
    this.go(
      { ...this.route(), view: 'additional-cases', entitlementId: undefined },
      event.currentTarget as HTMLElement,
    );
    this.writeUrl('push');
  };

  private readonly handleBack = (): void => {
    if (!this.announce({ view: 'summary' })) return;
    this.go({ ...this.route(), view: 'summary', entitlementId: undefined });
    this.writeUrl('push');
  };

  private readonly handleLocationChange = (): void => {
    this.readUrl(true);
  };

  private readonly handleProofDownload = (): void => {
    void this.downloadProof();
  };

  private async downloadProof(): Promise<void> {
    if (this.proofState.status === 'working' || !this.currentSummary()) return;
    this.proofController?.abort();
    const controller = new AbortController();
    this.proofController = controller;
    this.proofState = { status: 'working' };
    try {
      const result = await this.exportProofOfDelivery({ signal: controller.signal });
      if (controller.signal.aborted) return;
      if (!result) {
        this.proofState = { status: 'idle' };
        return;
      }
      this.proofState = { status: 'done', rowCount: result.rowCount };
      const exported = new DataGridExportEvent(result.rowCount, result.filename);
      this.dispatchEvent(exported);
    } catch (error) {
      if (isAbort(error, controller.signal)) return;
      this.proofState = { status: 'failed' };
      this.reportError(error, 'export');
    }
  }

  private readonly handlePrint = (): void => {
    window.print();
  };

  private readonly handleRetry = (event: Event): void => {
    event.stopPropagation();
    const failed = [
      this.sessionTask,
      this.contractsTask,
      this.summaryTask,
      this.attentionTask,
      this.casesTask,
    ].find((task) => task.status === TaskStatus.ERROR);
    void failed?.run();
  };

  /**
   * Asks the adapter again for the contracts, the summary, what needs attention and the cases count; what is on screen
   * stays meanwhile.
   */
  refresh(): void {
    for (const task of [this.contractsTask, this.summaryTask, this.attentionTask, this.casesTask]) {
      if (task.status !== TaskStatus.INITIAL) void task.run();
    }
  }

  /**
   * The proof of delivery of the contract shown, as CSV: every entitlement of its enterprise-wide summary (the one on
   * screen), then of each of its add-on packages (active and inactive, asked for now with `listPackages`), with
   * localized headers and machine-readable values. Downloads it unless `download: false`. Resolves with
   * `{ blob, text, rowCount, filename }`, or `undefined` while the summary is not on screen; rejects with the
   * adapter's error. Fires no event (`ca-export` is for the user's own downloads).
   */
  async exportProofOfDelivery(
    options: { download?: boolean; signal?: AbortSignal } = {},
  ): Promise<ProofOfDeliveryExport | undefined> {
    const adapter = this.allowedAdapter();
    const session = this.currentSession();
    const summary = this.currentSummary();
    if (!adapter || !session || !summary) return undefined;
    const query = { contractId: summary.contract.id, status: 'all' as const, workspaceIds: this.scopeIds };
    const call = { signal: options.signal };
    const [enterprise, addOns] = await Promise.all([
      adapter.listPackages({ ...query, scope: 'enterprise' }, call),
      adapter.listPackages({ ...query, scope: 'add-on' }, call),
    ]);
    const rows = proofOfDeliveryRows(summary, [...enterprise, ...addOns]);
    const headers = Object.fromEntries(
      PROOF_OF_DELIVERY_COLUMNS.map((c) => [c, this.l10n.t(`activity.pod.${c}`)]),
    ) as Record<ProofOfDeliveryColumn, string>;
    const text = proofOfDeliveryCsv(rows, headers);
    const filename = proofOfDeliveryFilename(
      summary.contract.number,
      todayOf(session.asOf),
      this.l10n.t('activity.proofFilename'),
    );
    const blob = new Blob([text], { type: 'text/csv;charset=utf-8' });
    if (options.download !== false) downloadBlob(blob, filename, this.ownerDocument);
    return { blob, text, rowCount: rows.length, filename };
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
    const ctx = this.renderContext();
    const contracts = this.shownContracts();
    const view = this.effectiveView();
    return html`
      <div class="page" data-view=${view}>
        ${renderHeader(ctx, {
          session,
          workspaceIds: this.scopeIds,
          contracts,
          contractId: this.shownContractId(),
          showContract: view === 'summary',
          onWorkspaceChange: this.handleWorkspaceChange,
          onContractChange: this.handleContractChange,
        })}
        ${
          view === 'summary'
            ? renderProof(ctx, {
                ready: this.currentSummary() !== undefined,
                state: this.proofState,
                onDownload: this.handleProofDownload,
                onPrint: this.handlePrint,
              })
            : nothing
        }
        <div class="summary-view" ?hidden=${view !== 'summary'}>
          ${this.renderNeedsAttention(contracts)} ${this.renderEnterprise(session, contracts)}
          ${this.renderAddOns(contracts)} ${this.renderCases()}
        </div>
        ${view === 'entitlement' ? this.renderDetailView() : nothing}
        ${view === 'additional-cases' ? this.renderCasesView() : nothing}
      </div>
    `;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Derived values

  /** The session of the adapter in force, once it has answered. */
  private currentSession(): Session | undefined {
    const value = this.sessionTask.value;
    return value && value.adapter === this.activeAdapter ? value.session : undefined;
  }

  /** The adapter, once the session lets the viewer see the page (else nothing else is asked for). */
  private allowedAdapter(): CustomerActivityAdapter | undefined {
    return this.currentSession()?.permissions.viewPage ? this.activeAdapter : undefined;
  }

  /** The chosen workspaces the viewer may select, else the session's default ones. */
  private workspacesShown(session: Session): string[] {
    const chosen = session.workspaces.filter((w) => this.workspaceIds.includes(w.id)).map((w) => w.id);
    return chosen.length > 0 ? chosen : sessionWorkspaceIds(session);
  }

  /** The contracts of the workspaces shown, once they have answered (never those of another selection). */
  private shownContracts(): ContractView[] | undefined {
    const value = this.contractsTask.value;
    return value && value.adapter === this.activeAdapter && value.scopeKey === this.scopeKey
      ? value.contracts
      : undefined;
  }

  /** The contract of the page: the chosen one when linked to the workspaces, else the first active one. */
  private contractIn(contracts: readonly ContractView[]): string {
    if (this.contractId && contracts.some((c) => c.id === this.contractId)) return this.contractId;
    return defaultContractId(contractsActiveFirst(contracts)) ?? '';
  }

  /** The contract to ask the summary for: '' until the contracts of the workspaces shown are known. */
  private requestedContractId(): string {
    const contracts = this.shownContracts();
    return contracts ? this.contractIn(contracts) : '';
  }

  /** The contract shown: as requested, else (while the contracts load) the chosen one. */
  private shownContractId(): string {
    return this.requestedContractId() || this.contractId || '';
  }

  /** The summary for the workspaces and contract shown — never another selection's. */
  private currentSummary(): EnterpriseSummary | undefined {
    const value = this.summaryTask.value;
    return this.isShownContractAnswer(value) ? value.summary : undefined;
  }

  /** What needs attention for the workspaces and contract shown — never another selection's. */
  private currentAttention(): AttentionItem[] | undefined {
    const value = this.attentionTask.value;
    return this.isShownContractAnswer(value) ? value.items : undefined;
  }

  /** Whether a task's answer is for the adapter, workspaces and contract shown now. */
  private isShownContractAnswer<T extends { adapter: unknown; scopeKey: string; contractId: string }>(
    value: T | undefined,
  ): value is T {
    const contractId = this.requestedContractId();
    return (
      value !== undefined &&
      value.adapter === this.activeAdapter &&
      value.scopeKey === this.scopeKey &&
      value.contractId === contractId &&
      contractId !== ''
    );
  }

  private currentCases(): CasesResult | undefined {
    const value = this.casesTask.value;
    return value && value.adapter === this.activeAdapter && value.scopeKey === this.scopeKey
      ? value
      : undefined;
  }

  private effectiveView(): CustomerActivityView {
    return isCustomerActivityView(this.view) ? this.view : DEFAULT_VIEW;
  }

  private renderContext(): RenderContext {
    return { l10n: this.l10n, headingLevel: this.headingLevel };
  }

  private chartData(summary: EnterpriseSummary, elapsed: number): UtilisationChartData {
    const locale = this.l10n.locale;
    const memo = this.chartMemo;
    if (memo?.summary !== summary || memo.locale !== locale || memo.elapsed !== elapsed) {
      const data = utilisationChartData(this.renderContext(), summary, elapsed);
      this.chartMemo = { summary, locale, elapsed, data };
    }
    return this.chartMemo!.data;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Navigation, focus and the URL

  /** Where the page stands now. */
  private route(): Route {
    const view = this.effectiveView();
    return {
      view,
      workspaceIds: [...this.workspaceIds],
      contractId: this.contractId || undefined,
      entitlementId: view === 'entitlement' ? this.entitlementId : undefined,
    };
  }

  /** Fires `ca-navigate`; false when the host cancelled it. */
  private announce(detail: { view: CustomerActivityView; entitlementId?: string }): boolean {
    const event = new NavigateEvent(detail);
    this.dispatchEvent(event);
    return !event.defaultPrevented;
  }

  private openEntitlement(entitlementId: string, opener?: HTMLElement): void {
    if (!this.announce({ view: 'entitlement', entitlementId })) return;
    this.go({ ...this.route(), view: 'entitlement', entitlementId }, opener);
    this.writeUrl('push');
  }

  /**
   * Moves to a route. Leaving the page for a view remembers the opener and the scroll position; a new view takes
   * focus on its heading; coming back restores the scroll position and focuses the opener.
   */
  private go(next: Route, opener?: HTMLElement): void {
    const leaving = this.effectiveView();
    if (leaving === 'summary' && next.view !== 'summary') {
      this.returnPoint = {
        opener,
        entitlementId: next.entitlementId,
        scrollX: window.scrollX,
        scrollY: window.scrollY,
      };
    }
    const switchedEntitlement = next.view === 'entitlement' && next.entitlementId !== this.entitlementId;
    this.view = next.view;
    this.entitlementId = next.entitlementId;
    this.workspaceIds = next.workspaceIds;
    this.contractId = next.contractId;
    if (next.view !== leaving || switchedEntitlement) {
      this.pendingFocus = next.view === 'summary' ? 'return' : 'view';
    }
  }

  private restoreReturnPoint(): void {
    const point = this.returnPoint;
    this.returnPoint = undefined;
    if (!point) {
      this.sectionHeading()?.focus();
      return;
    }
    window.scrollTo(point.scrollX, point.scrollY);
    const byId = point.entitlementId
      ? this.renderRoot.querySelector<HTMLElement>(
          `[data-entitlement-id="${CSS.escape(point.entitlementId)}"]`,
        )
      : null;
    const target = point.opener?.isConnected ? point.opener : byId;
    target?.focus({ preventScroll: true });
    if (target && focusedWithin(this) === target) return;
    // The opener is gone or cannot take focus (e.g. the packages element itself): its section's heading can.
    const section = target?.closest('section') ?? null;
    const heading =
      section?.querySelector<HTMLElement>('[role="heading"][tabindex]') ?? this.sectionHeading();
    heading?.focus({ preventScroll: true });
  }

  /** The first section heading of the page (made focusable), where focus goes when no opener is known. */
  private sectionHeading(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.summary-view [role="heading"][tabindex]');
  }

  private startUrlSync(): void {
    if (this.listeningToUrl) return;
    this.listeningToUrl = true;
    this.initialRoute ??= this.route();
    window.addEventListener('popstate', this.handleLocationChange);
    window.addEventListener('hashchange', this.handleLocationChange);
    this.readUrl(false);
  }

  private stopUrlSync(): void {
    if (!this.listeningToUrl) return;
    this.listeningToUrl = false;
    window.removeEventListener('popstate', this.handleLocationChange);
    window.removeEventListener('hashchange', this.handleLocationChange);
  }

  /** Follows the hash: a route of ours, or (empty) the first configuration; any other hash is left alone. */
  private readUrl(fromHistory: boolean): void {
    const hash = window.location.hash;
    const route = hash === '' || hash === '#' ? this.initialRoute : parseRoute(hash);
    if (!route || formatRoute(route) === formatRoute(this.route())) return;
    if (fromHistory) this.go(route);
    else {
      this.view = route.view;
      this.entitlementId = route.entitlementId;
      this.workspaceIds = route.workspaceIds;
      this.contractId = route.contractId;
    }
  }

  /** Writes the route into the URL (with `sync-url` only): a new history entry, or in place of the current one. */
  private writeUrl(mode: 'push' | 'replace'): void {
    if (!this.syncUrl) return;
    const hash = formatRoute(this.route());
    if (hash === window.location.hash) return;
    const url = `${window.location.pathname}${window.location.search}${hash}`;
    if (mode === 'push') window.history.pushState(window.history.state, '', url);
    else window.history.replaceState(window.history.state, '', url);
  }

  /** Fires `ca-error` for a failed request — not for one that was aborted because a newer one replaced it. */

  // ---------------------------------------------------------------------------------------------------------
  // Templates

  private renderEnterprise(session: Session, contracts: ContractView[] | undefined): TemplateResult {
    const ctx = this.renderContext();
    const l = this.l10n;
    let body: TemplateResult;
    if (this.contractsTask.status === TaskStatus.ERROR) body = this.renderError(this.contractsTask.error);
    else if (!contracts) body = this.renderState('loading');
    else if (contracts.length === 0) {
      body = this.renderState('empty', {
        heading: 'packages.noContractsTitle',
        message: 'packages.noContracts',
      });
    } else {
      const today = todayOf(session.asOf);
      body = html`${renderActiveContracts(ctx, contracts, today)} ${this.renderConsumption(today)}`;
    }
    return html`
      <section part="section" class="section enterprise" aria-labelledby="enterprise-heading">
        ${heading(ctx, 'enterprise-heading', l.t('activity.enterprise'), 0, { focusable: true })} ${body}
      </section>
    `;
  }

  private renderConsumption(today: string): TemplateResult {
    const ctx = this.renderContext();
    const l = this.l10n;
    const summary = this.currentSummary();
    let body: TemplateResult;
    if (this.summaryTask.status === TaskStatus.ERROR && !summary)
      body = this.renderError(this.summaryTask.error);
    else if (!summary) body = this.renderState('loading');
    else {
      const elapsed = packageTermElapsed(summary.contract, today);
      const busy = this.summaryTask.status === TaskStatus.PENDING;
      body = html`
        <p class="note caption">
          ${contractCaption(ctx, summary.contract)}. ${l.t('activity.consumptionNote')}
        </p>
        <div class="summary" part="summary" aria-busy=${busy ? 'true' : 'false'}>
          ${renderGroups(ctx, summary, elapsed)} ${renderChart(ctx, this.chartData(summary, elapsed))}
        </div>
        ${renderEntitlements(ctx, summary, elapsed, this.handleEntitlementClick)}
      `;
    }
    const contract = this.shownContracts()?.find((c) => c.id === this.requestedContractId());
    return html`
      <section class="block consumption" aria-labelledby="consumption-heading">
        ${heading(ctx, 'consumption-heading', l.t('activity.consumption', { contract: contract?.number ?? '' }), 1)}
        ${body}
      </section>
    `;
  }

  private renderNeedsAttention(contracts: ContractView[] | undefined): TemplateResult | typeof nothing {
    if (contracts && contracts.length === 0) return nothing;
    const items = this.currentAttention();
    const failed = this.attentionTask.status === TaskStatus.ERROR && !items;
    return renderAttention(this.renderContext(), {
      items,
      state: failed ? this.renderError(this.attentionTask.error) : this.renderState('loading'),
      onSelect: this.handleEntitlementClick,
    });
  }

  private renderAddOns(contracts: ContractView[] | undefined): TemplateResult | typeof nothing {
    if (contracts && contracts.length === 0) return nothing;
    const ctx = this.renderContext();
    const contractId = this.shownContractId();
    return html`
      <section part="section" class="section add-ons" aria-labelledby="add-ons-heading">
        ${heading(ctx, 'add-ons-heading', this.l10n.t('activity.addOns'), 0, { focusable: true })}
        <package-consumption
          part="package-consumption"
          .workspaceIds=${this.scopeIds}
          .contractId=${contractId || undefined}
          heading-level=${level(this.headingLevel + 1)}
          @ca-filter-change=${this.handlePackageFilterChange}
          @ca-entitlement-select=${this.handleChildEntitlementSelect}
        ></package-consumption>
      </section>
    `;
  }

  private renderCases(): TemplateResult {
    const counts = this.currentCases();
    const failed = this.casesTask.status === TaskStatus.ERROR;
    return renderCasesSection(this.renderContext(), {
      counts: counts && !failed ? { total: counts.total, hidden: counts.hidden } : undefined,
      state: failed ? this.renderError(this.casesTask.error) : this.renderState('loading'),
      onOpen: this.handleCasesOpen,
    });
  }

  private renderDetailView(): TemplateResult {
    return renderDrillDown(this.renderContext(), {
      title: this.l10n.t('activity.detailHeading'),
      onBack: this.handleBack,
      content: html`<entitlement-detail
        part="detail"
        entitlement-id=${this.entitlementId ?? ''}
        .workspaceIds=${this.scopeIds}
        heading-level=${level(this.headingLevel + 1)}
      ></entitlement-detail>`,
    });
  }

  private renderCasesView(): TemplateResult {
    return renderDrillDown(this.renderContext(), {
      title: this.l10n.t('activity.cases'),
      onBack: this.handleBack,
      content: html`<additional-cases
        part="additional-cases"
        .workspaceIds=${this.scopeIds}
      ></additional-cases>`,
    });
  }

  private renderError(error: unknown): TemplateResult {
    if (errorMessageKey(error) === 'error.accessDenied') return this.renderState('no-access');
    return html`<ca-state-panel
      part="state"
      state="error"
      heading-level=${level(this.headingLevel)}
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
      heading-level=${level(this.headingLevel)}
      heading=${texts.heading ? this.l10n.t(texts.heading) : nothing}
      message=${texts.message ? this.l10n.t(texts.message) : nothing}
      ?no-retry=${texts.noRetry ?? false}
    ></ca-state-panel>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'customer-activity': CustomerActivityElement;
  }
}
