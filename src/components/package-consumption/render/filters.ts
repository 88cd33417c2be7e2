import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { PACKAGE_STATUS_FILTERS } from '../../../domain/package-progress.js';
import type { ContractView, Package, PackageStatusFilter } from '../../../domain/types.js';
import { term, type RenderContext } from './context.js';

/** What the filter bar shows. */
export interface FiltersView {
  contracts: readonly ContractView[];
  /** The contract shown ('' when none is known yet). */
  contractId: string;
  /** Every add-on package of the contract (for the package select), or undefined while they load. */
  packages: readonly Package[] | undefined;
  /** The package chosen ('' for every package). */
  packageId: string;
  status: PackageStatusFilter;
  onContractChange: (event: Event) => void;
  onPackageChange: (event: Event) => void;
  onStatusChange: (event: Event) => void;
}

function contractLabel(ctx: RenderContext, contract: ContractView): string {
  const label = ctx.l10n.t('packages.contractOption', {
    number: contract.number,
    name: contract.name,
    term: term(ctx, contract.startDate, contract.endDate),
  });
  return contract.status === 'active'
    ? label
    : ctx.l10n.t('packages.withStatus', {
        label,
        status: ctx.l10n.t(`packages.contractStatus.${contract.status}`),
      });
}

function packageLabel(ctx: RenderContext, pkg: Package): string {
  return pkg.status === 'active'
    ? pkg.name
    : ctx.l10n.t('packages.withStatus', {
        label: pkg.name,
        status: ctx.l10n.t('packages.packageStatus.inactive'),
      });
}

/**
 * The filter bar: the contract (one at a time, with its number, name and term), the package ("All packages" or
 * one of the contract's add-on packages) and the package status (Active / Inactive / All, a radio group).
 */
export function renderFilters(ctx: RenderContext, view: FiltersView): TemplateResult {
  const l = ctx.l10n;
  const packages = view.packages ?? [];
  const unknownPackage =
    view.packages !== undefined && view.packageId !== '' && !packages.some((p) => p.id === view.packageId);
  const unknownContract = !view.contracts.some((c) => c.id === view.contractId);
  return html`
    <div part="filters" class="filters" role="group" aria-label=${l.t('packages.filters')}>
      <label class="field">
        <span class="field-label">${l.t('packages.contract')}</span>
        <select part="contract-select" class="select" @change=${view.onContractChange}>
          ${unknownContract ? html`<option value=${view.contractId} selected disabled>—</option>` : nothing}
          ${view.contracts.map(
            (c) =>
              html`<option value=${c.id} .selected=${live(c.id === view.contractId)}>
                ${contractLabel(ctx, c)}
              </option>`,
          )}
        </select>
      </label>
      <label class="field">
        <span class="field-label">${l.t('packages.package')}</span>
        <select
          part="package-select"
          class="select"
          ?disabled=${view.packages === undefined}
          @change=${view.onPackageChange}
        >
          <option value="" .selected=${live(view.packageId === '')}>${l.t('packages.allPackages')}</option>
          ${packages.map(
            (p) =>
              html`<option value=${p.id} .selected=${live(p.id === view.packageId)}>
                ${packageLabel(ctx, p)}
              </option>`,
          )}
          ${
            unknownPackage
              ? html`<option value=${view.packageId} selected disabled>
                  ${l.t('packages.unknownPackage')}
                </option>`
              : nothing
          }
        </select>
      </label>
      <fieldset part="status-filter" class="status-filter">
        <legend class="field-label">${l.t('packages.status')}</legend>
        <div class="segments">
          ${PACKAGE_STATUS_FILTERS.map(
            (status) => html`
              <label class="segment">
                <input
                  type="radio"
                  name="status"
                  value=${status}
                  .checked=${live(status === view.status)}
                  @change=${view.onStatusChange}
                />
                <span>${l.t(`packages.status.${status}`)}</span>
              </label>
            `,
          )}
        </div>
      </fieldset>
    </div>
  `;
}
