import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { CustomerActivityAdapter } from '../../data/adapter.js';
import {
  DEFAULT_PACKAGE_STATUS_FILTER,
  defaultContractId,
  filterPackages,
  isPackageStatusFilter,
  sessionWorkspaceIds,
} from '../../domain/package-progress.js';
import { todayOf } from '../../domain/dates.js';
import type { ContractView, PackageStatusFilter, PackageView, Session } from '../../domain/types.js';
import type { MessageKey } from '../../i18n/messages.js';
import { tokens } from '../../styles/tokens.js';
import { outlookStyles } from '../shared/outlook.styles.js';
import { entitlementLinkStyles } from '../shared/entitlement-link.styles.js';
import { AdapterElement } from '../adapter-element.js';
import { errorMessageKey } from '../shared/describe-error.js';
import { EntitlementSelectEvent, PackageFilterChangeEvent } from './events.js';
import { packageConsumptionStyles } from './package-consumption.styles.js';
import type { RenderContext } from './render/context.js';
import { renderFilters } from './render/filters.js';
import { renderPackageCard } from './render/package-card.js';

/** The session, tagged with the adapter that answered. */

/** The contracts of a workspace selection, tagged with the query. */
interface ContractsResult {
  adapter: CustomerActivityAdapter;
  scopeKey: string;
  contracts: ContractView[];
}

/** Every add-on package of a contract (status `all`), tagged with the query. */
interface PackagesResult {
  adapter: CustomerActivityAdapter;
  scopeKey: string;
  contractId: string;
  packages: PackageView[];
}

/** Separates workspace ids in a selection key (no id contains it). */
const KEY_SEPARATOR = '\u0000';

/**
 * @summary The add-on (enhanced solution) packages of one contract: what was bought, what was used, what remains,
 * and when each package expires.
 *
 * @tag package-consumption
 *
 * At the top, three filters: the contract (one at a time — its number, name and term; the first active contract
 * unless `contract-id` says otherwise), the package ("All packages" or one of them) and the package status
 * (Active / Inactive / All). Each choice updates `contractId`, `packageId` or `status` and fires
 * `ca-filter-change`; setting those properties from code fires nothing.
 *
 * Each package is a card with its name, status, term and an expiry badge ("expires in 23 days", "expires today",
 * "expired 4 days ago"). Its consumable services are a table — purchased, consumed, remaining, hours done where
 * there are any — with a meter coloured by `Balance.threshold` (warning from 80 %, critical from 95 %, over past
 * 100 %) and a burn-down marker: the share of the package's term already elapsed, written out beside the
 * utilisation ("62% used … 48% of the term elapsed"). Its additional benefits are listed apart, as included with
 * no consumption tracked, never with a meter. An entitlement's name is a button: click, Enter or Space fires
 * `ca-entitlement-select` to open its detail.
 *
 * Data comes from the adapter (the `adapter` property, or one provided by an ancestor): the session (for "today"
 * and the workspaces to open on), `listContracts` and `listPackages` (all add-on packages of the contract, then
 * narrowed here by the package and status filters, as `listPackages` would). Every request is cancelled through
 * its `AbortSignal` when a newer one replaces it, and an older answer is never shown: a contract switch shows
 * "Loading…" until the new contract's packages arrive, while `refresh()` or a workspace change keeps the packages
 * on screen (marked busy) until the new answer replaces them. Loading, error (with "Try again"), no access, and
 * empty states that say why — no contract for the workspaces, no add-on package in the contract, or none matching
 * the filters (with "Reset filters") — are shown with `<ca-state-panel>`.
 *
 * @fires {PackageFilterChangeEvent} ca-filter-change - The user chose another contract, package or status, or
 * reset the filters; `detail` is `{ contractId, packageId, status }` (`packageId` null for every package).
 * Bubbles, composed.
 * @fires {EntitlementSelectEvent} ca-entitlement-select - The user selected an entitlement (click, Enter or
 * Space on its name); `detail.entitlementId`. Bubbles, composed.
 * @fires {CaErrorEvent} ca-error - The session could not be loaded (`detail.operation` is `session`); the
 * element shows the error itself. Never for an aborted request. Bubbles, composed.
 *
 * @csspart filters - The filter bar.
 * @csspart contract-select - The contract `<select>`.
 * @csspart package-select - The package `<select>`.
 * @csspart status-filter - The status radio group.
 * @csspart count - "Showing 2 of 5 add-on packages", a polite live region.
 * @csspart packages - The list of package cards.
 * @csspart package - A package card.
 * @csspart package-header - A card's header: name, status, term, expiry.
 * @csspart package-name - A package's name (a heading).
 * @csspart package-status - A package's status (Active / Inactive).
 * @csspart dates - A package's term.
 * @csspart expiry - A package's `<ca-expiry-badge>`.
 * @csspart expiry-badge - The badge inside it.
 * @csspart entitlements - A package's table of consumable services.
 * @csspart entitlement - A consumable service (a table row).
 * @csspart entitlement-name - An entitlement's name: the button that selects it.
 * @csspart meter - A consumable's `<ca-meter>`.
 * @csspart meter-track - The meter's track.
 * @csspart meter-fill - The meter's consumed share.
 * @csspart meter-marker - The meter's burn-down marker.
 * @csspart outlook - An entitlement's outlook (a `<details>`): in words, with the figures behind it inside.
 * @csspart outlook-summary - The outlook's sentence (the disclosure's `<summary>`).
 * @csspart benefits - A package's list of additional benefits.
 * @csspart benefit - An additional benefit.
 * @csspart state - The `<ca-state-panel>` of a loading, error, empty or no-access state.
 * @csspart reset - The "Reset filters" button of the no-match state.
 *
 * @cssprop [--ca-package-consumption-gap=var(--ca-space-4)] - Space between package cards.
 * @cssprop [--ca-package-consumption-card-padding=var(--ca-space-4)] - Space inside a package card.
 * @cssprop [--ca-package-consumption-card-background=var(--ca-color-surface)] - Background of a package card.
 * @cssprop [--ca-package-consumption-card-radius=var(--ca-radius-m)] - Corner radius of a package card.
 * @cssprop [--ca-package-consumption-meter-width=15rem] - Width of the utilisation column.
 */
export class PackageConsumptionElement extends AdapterElement {
  static override styles = [tokens, entitlementLinkStyles, outlookStyles, packageConsumptionStyles];

  /** The contracts linked to the workspace selection. */
  private readonly contractsTask = new Task(this, {
    args: () => [this.currentSession() ? this.activeAdapter : undefined, this.scopeKey] as const,
    task: async ([adapter, scopeKey], { signal }): Promise<ContractsResult | typeof initialState> => {
      if (!adapter || !scopeKey) return initialState;
      const contracts = await adapter.listContracts(
        { workspaceIds: scopeKey.split(KEY_SEPARATOR) },
        { signal },
      );
      return { adapter, scopeKey, contracts };
    },
  });

  /** Every add-on package of the contract shown; the filters narrow them without asking again. */
  private readonly packagesTask = new Task(this, {
    args: () =>
      [
        this.currentSession() ? this.activeAdapter : undefined,
        this.scopeKey,
        this.requestedContractId(),
      ] as const,
    task: async (
      [adapter, scopeKey, contractId],
      { signal },
    ): Promise<PackagesResult | typeof initialState> => {
      if (!adapter || !scopeKey || !contractId) return initialState;
      const packages = await adapter.listPackages(
        { contractId, scope: 'add-on', status: 'all', workspaceIds: scopeKey.split(KEY_SEPARATOR) },
        { signal },
      );
      return { adapter, scopeKey, contractId, packages };
    },
  });

  @query('[part="package-select"]') private packageSelect?: HTMLSelectElement | null;

  /** The workspaces whose data is shown, as a key (ids joined); '' until the session is known. */
  private scopeKey = '';

  /** The ids of the workspaces whose data is shown. When empty, the session's current workspace (or all). */
  @property({ attribute: false }) workspaceIds: string[] = [];

  /** The contract shown. When unset, the first active contract linked to the workspaces. */
  @property({ attribute: 'contract-id' }) contractId?: string;

  /** The package shown. When unset, every add-on package of the contract that passes the status filter. */
  @property({ attribute: 'package-id' }) packageId?: string;

  /** The package status filter: `active` (default), `inactive` or `all`. */
  @property() status: PackageStatusFilter = DEFAULT_PACKAGE_STATUS_FILTER;

  /** The `aria-level` of each package's name (1–6); the sections of a card are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

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

  private handleContractChange = (event: Event): void => {
    const contractId = (event.target as HTMLSelectElement).value;
    if (contractId === this.shownContractId()) return;
    this.contractId = contractId;
    this.packageId = undefined;
    this.announceFilters();
  };

  private handlePackageChange = (event: Event): void => {
    const packageId = (event.target as HTMLSelectElement).value;
    this.packageId = packageId === '' ? undefined : packageId;
    this.announceFilters();
  };

  private handleStatusChange = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    if (!isPackageStatusFilter(value)) return;
    this.status = value;
    this.announceFilters();
  };

  private handleResetFilters = (): void => {
    this.packageId = undefined;
    this.status = DEFAULT_PACKAGE_STATUS_FILTER;
    this.announceFilters();
    // The button goes away with the empty state: keep focus in the filters.
    void this.updateComplete.then(() => this.packageSelect?.focus());
  };

  private handleEntitlementSelect = (event: Event): void => {
    const entitlementId = (event.currentTarget as HTMLElement).dataset.entitlementId;
    if (entitlementId) this.dispatchEvent(new EntitlementSelectEvent({ entitlementId }));
  };

  private handleRetry = (event: Event): void => {
    event.stopPropagation();
    const failed = [this.sessionTask, this.contractsTask, this.packagesTask].find(
      (task) => task.status === TaskStatus.ERROR,
    );
    void failed?.run();
  };

  /** Asks the adapter again for the contracts and packages; what is on screen stays until the answers arrive. */
  refresh(): void {
    if (this.contractsTask.status !== TaskStatus.INITIAL) void this.contractsTask.run();
    if (this.packagesTask.status !== TaskStatus.INITIAL) void this.packagesTask.run();
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
    if (this.contractsTask.status === TaskStatus.ERROR) return this.renderError(this.contractsTask.error);
    const contracts = this.shownContracts();
    if (!contracts) return this.renderState('loading');
    if (contracts.length === 0) {
      return this.renderState('empty', {
        heading: 'packages.noContractsTitle',
        message: 'packages.noContracts',
      });
    }
    return html`${this.renderFilterBar(contracts)}${this.renderBody(session, contracts)}`;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Derived values

  /** The session of the adapter in force, once it has answered. */
  private currentSession(): Session | undefined {
    const value = this.sessionTask.value;
    return value && value.adapter === this.activeAdapter ? value.session : undefined;
  }

  /** The contracts on screen: the answer for the current workspaces, or the last one while it is on its way. */
  private shownContracts(): ContractView[] | undefined {
    const value = this.contractsTask.value;
    return value && value.adapter === this.activeAdapter ? value.contracts : undefined;
  }

  /** The contract to ask packages for: the chosen one, else the default once the current contracts are known. */
  private requestedContractId(): string {
    if (this.contractId) return this.contractId;
    const value = this.contractsTask.value;
    const current = value && value.adapter === this.activeAdapter && value.scopeKey === this.scopeKey;
    return current ? (defaultContractId(value.contracts) ?? '') : '';
  }

  /** The contract on screen: the chosen one, else the default of the contracts on screen. */
  private shownContractId(): string {
    if (this.contractId) return this.contractId;
    const contracts = this.shownContracts();
    return contracts ? (defaultContractId(contracts) ?? '') : '';
  }

  /** Every add-on package of the contract on screen (never another contract's), or undefined while they load. */
  private shownPackages(): PackageView[] | undefined {
    const value = this.packagesTask.value;
    if (!value || value.adapter !== this.activeAdapter || value.contractId !== this.shownContractId()) {
      return undefined;
    }
    return value.packages;
  }

  private announceFilters(): void {
    // Built apart from dispatchEvent, so the manifest analyzer takes the event from the class JSDoc only.
    const event = new PackageFilterChangeEvent({
      contractId: this.shownContractId(),
      packageId: this.packageId || null,
      status: this.effectiveStatus(),
    });
    this.dispatchEvent(event);
  }

  private effectiveStatus(): PackageStatusFilter {
    return isPackageStatusFilter(this.status) ? this.status : DEFAULT_PACKAGE_STATUS_FILTER;
  }

  private renderContext(): RenderContext {
    return { l10n: this.l10n, headingLevel: this.headingLevel, onSelect: this.handleEntitlementSelect };
  }

  // ---------------------------------------------------------------------------------------------------------
  // Templates

  private renderFilterBar(contracts: readonly ContractView[]): TemplateResult {
    return renderFilters(this.renderContext(), {
      contracts,
      contractId: this.shownContractId(),
      packages: this.shownPackages(),
      packageId: this.packageId ?? '',
      status: this.effectiveStatus(),
      onContractChange: this.handleContractChange,
      onPackageChange: this.handlePackageChange,
      onStatusChange: this.handleStatusChange,
    });
  }

  private renderBody(session: Session, contracts: readonly ContractView[]): TemplateResult {
    const contractId = this.shownContractId();
    const contractsCurrent = this.contractsTask.value?.scopeKey === this.scopeKey;
    if (contractsCurrent && !contracts.some((c) => c.id === contractId)) {
      return this.renderState('empty', {
        heading: 'packages.contractUnavailableTitle',
        message: 'packages.contractUnavailable',
      });
    }
    const all = this.shownPackages();
    if (!all) {
      if (this.packagesTask.status === TaskStatus.ERROR) return this.renderError(this.packagesTask.error);
      return this.renderState('loading');
    }
    if (this.packagesTask.status === TaskStatus.ERROR) return this.renderError(this.packagesTask.error);
    if (all.length === 0) {
      return this.renderState('empty', {
        heading: 'packages.noPackagesTitle',
        message: 'packages.noPackages',
      });
    }
    const shown = filterPackages(all, { status: this.effectiveStatus(), packageId: this.packageId });
    const busy =
      this.packagesTask.status === TaskStatus.PENDING || this.contractsTask.status === TaskStatus.PENDING;
    const ctx = this.renderContext();
    const today = todayOf(session.asOf);
    return html`
      <p part="count" class="count" role="status">
        ${shown.length > 0 ? this.l10n.t('packages.shown', { count: shown.length, total: all.length }) : nothing}
      </p>
      ${
        shown.length === 0
          ? this.renderState(
              'empty',
              {
                heading: 'packages.noMatchTitle',
                message: 'packages.noMatch',
                params: { count: all.length },
              },
              html`<button part="reset" class="reset" type="button" @click=${this.handleResetFilters}>
                ${this.l10n.t('packages.resetFilters')}
              </button>`,
            )
          : html`
              <ul
                part="packages"
                class="packages"
                aria-label=${this.l10n.t('packages.listLabel')}
                aria-busy=${busy ? 'true' : 'false'}
              >
                ${shown.map((pkg, index) => html`<li>${renderPackageCard(ctx, pkg, index, today)}</li>`)}
              </ul>
            `
      }
    `;
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
    texts: {
      heading?: MessageKey;
      message?: MessageKey;
      params?: Record<string, number>;
      noRetry?: boolean;
    } = {},
    action: TemplateResult | typeof nothing = nothing,
  ): TemplateResult {
    return html`<ca-state-panel
      part="state"
      state=${state}
      heading=${texts.heading ? this.l10n.t(texts.heading, texts.params) : nothing}
      message=${texts.message ? this.l10n.t(texts.message, texts.params) : nothing}
      ?no-retry=${texts.noRetry ?? false}
      >${action}</ca-state-panel
    >`;
  }
}
