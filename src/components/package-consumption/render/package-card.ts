import { html, nothing, type TemplateResult } from 'lit';
import { packageTermElapsed, splitEntitlements } from '../../../domain/package-progress.js';
import type { Balance, IsoDate, PackageView } from '../../../domain/types.js';
import { renderOutlook } from '../../shared/outlook.js';
import { level, quantity, term, type RenderContext } from './context.js';

/** A value with no meaning for this row, shown as a dash and read as words. */
function dash(text: string): TemplateResult {
  return html`<span aria-hidden="true">—</span><span class="visually-hidden">${text}</span>`;
}

/** The entitlement's name as a button that opens its detail, with its kind below. */
function renderName(ctx: RenderContext, b: Balance): TemplateResult {
  return html`
    <button
      part="entitlement-name"
      class="entitlement-name"
      type="button"
      data-entitlement-id=${b.entitlementId}
      @click=${ctx.onSelect}
    >
      ${b.name}
    </button>
    <span class="kind">${ctx.l10n.t(`packages.kind.${b.kind}`)}</span>
  `;
}

function renderConsumed(ctx: RenderContext, b: Balance): TemplateResult {
  const total = quantity(ctx, b.consumedTotal, b.unit);
  if (b.consumed === b.consumedTotal) return html`${total}`;
  const inSelection = ctx.l10n.t('packages.inSelection', { count: b.consumed, unit: b.unit });
  return html`${total} <span class="sub">${inSelection}</span>`;
}

function renderRemaining(ctx: RenderContext, b: Balance): TemplateResult | string {
  if (b.remaining === null) return dash(ctx.l10n.t('packages.notApplicable'));
  if (b.remaining < 0) {
    return html`<span class="over"
      >${ctx.l10n.t('packages.over', { count: -b.remaining, unit: b.unit })}</span
    >`;
  }
  return quantity(ctx, b.remaining, b.unit);
}

/** One consumable service: a table row with its amounts, hours done and a meter with the burn-down marker. */
function renderConsumable(
  ctx: RenderContext,
  b: Balance,
  elapsed: number,
  withHours: boolean,
): TemplateResult {
  const l = ctx.l10n;
  return html`
    <tr part="entitlement" class="entitlement">
      <th scope="row" class="name-cell">${renderName(ctx, b)}</th>
      <td class="num">
        ${b.purchased === null ? l.t('packages.asNeeded') : quantity(ctx, b.purchased, b.unit)}
      </td>
      <td class="num">${renderConsumed(ctx, b)}</td>
      <td class="num">${renderRemaining(ctx, b)}</td>
      ${
        withHours
          ? html`<td class="num">
              ${b.hoursDone > 0 ? l.format.number(b.hoursDone) : dash(l.t('packages.noHours'))}
            </td>`
          : nothing
      }
      <td class="meter-cell">
        <ca-meter
          part="meter"
          exportparts="track: meter-track, fill: meter-fill, marker: meter-marker"
          .value=${b.consumedTotal}
          .max=${b.purchased}
          .threshold=${b.threshold}
          .label=${l.t('packages.meterLabel', { name: b.name })}
          .marker=${b.purchased === null ? null : elapsed}
        ></ca-meter>
      </td>
      <td class="outlook-cell">${b.forecast ? renderOutlook(l, b) : dash(l.t('packages.notApplicable'))}</td>
    </tr>
  `;
}

function renderConsumables(
  ctx: RenderContext,
  id: string,
  consumables: readonly Balance[],
  elapsed: number,
): TemplateResult {
  const l = ctx.l10n;
  const withHours = consumables.some((b) => b.hoursDone > 0);
  return html`
    <div class="group">
      <div
        id="${id}-consumables"
        class="group-heading"
        role="heading"
        aria-level=${level(ctx.headingLevel + 1)}
      >
        ${l.t('packages.consumables')}
      </div>
      ${
        consumables.length === 0
          ? html`<p class="note">${l.t('packages.noConsumables')}</p>`
          : html`
              <div class="table-wrap">
                <table
                  part="entitlements"
                  class="entitlements"
                  aria-labelledby="${id}-name ${id}-consumables"
                >
                  <thead>
                    <tr>
                      <th scope="col">${l.t('packages.col.entitlement')}</th>
                      <th scope="col" class="num">${l.t('packages.col.purchased')}</th>
                      <th scope="col" class="num consumed">${l.t('packages.col.consumed')}</th>
                      <th scope="col" class="num">${l.t('packages.col.remaining')}</th>
                      ${withHours ? html`<th scope="col" class="num">${l.t('packages.col.hoursDone')}</th>` : nothing}
                      <th scope="col">${l.t('packages.col.utilisation')}</th>
                      <th scope="col">${l.t('packages.col.outlook')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${consumables.map((b) => renderConsumable(ctx, b, elapsed, withHours))}
                  </tbody>
                </table>
              </div>
            `
      }
    </div>
  `;
}

/** Additional benefits: listed apart, "included", never with a meter (no consumption is tracked). */
function renderBenefits(ctx: RenderContext, id: string, benefits: readonly Balance[]): TemplateResult {
  const l = ctx.l10n;
  return html`
    <div class="group">
      <div id="${id}-benefits" class="group-heading" role="heading" aria-level=${level(ctx.headingLevel + 1)}>
        ${l.t('packages.benefits')}
      </div>
      <ul part="benefits" class="benefits">
        ${benefits.map(
          (b) => html`
            <li part="benefit" class="benefit">
              <span class="benefit-name">${renderName(ctx, b)}</span>
              <span class="benefit-note">
                ${b.purchased === null ? nothing : html`<span>${quantity(ctx, b.purchased, b.unit)}</span>`}
                <span>${l.t('packages.benefitNote')}</span>
              </span>
            </li>
          `,
        )}
      </ul>
    </div>
  `;
}

/**
 * A package card: its name, status, term and expiry badge; its consumable services in a table (purchased,
 * consumed, remaining, hours done where there are any, a meter with the share of the term elapsed, and the outlook
 * in words with its figures one step away); and its additional benefits apart.
 */
export function renderPackageCard(
  ctx: RenderContext,
  pkg: PackageView,
  index: number,
  today: IsoDate,
): TemplateResult {
  const l = ctx.l10n;
  const id = `package-${index}`;
  const { consumables, benefits } = splitEntitlements(pkg.entitlements);
  const elapsed = packageTermElapsed(pkg, today);
  return html`
    <article part="package" class="package" aria-labelledby="${id}-name">
      <header part="package-header" class="package-header">
        <div class="package-title">
          <div
            id="${id}-name"
            part="package-name"
            class="package-name"
            role="heading"
            aria-level=${level(ctx.headingLevel)}
          >
            ${pkg.name}
          </div>
          <span part="package-status" class="package-status">
            ${l.t(`packages.packageStatus.${pkg.status}`)}
          </span>
        </div>
        <div class="package-meta">
          <span part="dates" class="dates">${term(ctx, pkg.startDate, pkg.endDate)}</span>
          <ca-expiry-badge
            part="expiry"
            exportparts="badge: expiry-badge"
            .daysLeft=${pkg.daysLeft}
            .expiry=${pkg.expiry}
            .endDate=${pkg.endDate}
          ></ca-expiry-badge>
        </div>
      </header>
      ${renderConsumables(ctx, id, consumables, elapsed)}
      ${benefits.length > 0 ? renderBenefits(ctx, id, benefits) : nothing}
    </article>
  `;
}
