import { html, nothing, type TemplateResult } from 'lit';
import { packageExpiry } from '../../../domain/status.js';
import type { EntitlementView, IsoDate, IsoTimestamp } from '../../../domain/types.js';
import { renderOutlook } from '../../shared/outlook.js';
import { safeLink } from '../../shared/safe-link.js';
import { safeHref } from '../../shared/safe-url.js';
import { showsHoursDone } from '../columns.js';
import { level, quantity, term, type RenderContext } from './context.js';

/** A value with no meaning here, shown as a dash and read as words. */
function dash(text: string): TemplateResult {
  return html`<span aria-hidden="true">—</span><span class="visually-hidden">${text}</span>`;
}

/**
 * A ratio rounded down to a whole percent below 100 % and up above it, so 99.6 % never reads "100%" — after
 * removing floating-point noise, so 1.1 (110.00000000000001 %) reads "110%", not "111%".
 */
function displayRatio(ratio: number): number {
  const percent = Math.round(ratio * 1e8) / 1e6;
  if (percent === 100) return 1;
  return (ratio < 1 ? Math.floor(percent) : Math.ceil(percent)) / 100;
}

/** A section heading, one level below the entitlement's name. */
function sectionHeading(ctx: RenderContext, id: string, text: string): TemplateResult {
  return html`<div id=${id} class="section-heading" role="heading" aria-level=${level(ctx.headingLevel + 1)}>
    ${text}
  </div>`;
}

/**
 * The action link of an entitlement: a link when its URL is `http:`, `https:` or `mailto:`; anything else (a
 * `javascript:` URL, a relative path …) is written out as text, never as a link (docs/security.md).
 */
export function renderAction(ctx: RenderContext, url: string | undefined): TemplateResult | typeof nothing {
  if (url === undefined || url.trim() === '') return nothing;
  const label = ctx.l10n.t('detail.action');
  if (safeHref(url) !== null) return html`<p class="action">${safeLink(url, label, { part: 'action' })}</p>`;
  return html`<p part="action-text" class="action unsafe">
    <span>${ctx.l10n.t('detail.actionUnsafe')}</span>
    <code class="url">${url}</code>
  </p>`;
}

/** The name (a heading), the kind, category and unit, the description and the action link. */
export function renderHeader(ctx: RenderContext, view: EntitlementView): TemplateResult {
  const l = ctx.l10n;
  const facts = [
    l.t(`packages.kind.${view.kind}`),
    l.t(`detail.category.${view.category}`),
    l.t(`detail.unit.${view.unit}`),
  ];
  return html`
    <header part="header" class="header">
      <div id="name" part="name" class="name" role="heading" aria-level=${level(ctx.headingLevel)}>
        ${view.name}
      </div>
      <p part="kind" class="kind">
        ${facts.map(
          (fact, i) =>
            html`${i > 0 ? html`<span aria-hidden="true"> · </span>` : nothing}<span>${fact}</span>`,
        )}
      </p>
      ${view.description ? html`<p part="description" class="description">${view.description}</p>` : nothing}
      ${renderAction(ctx, view.actionUrl)}
    </header>
  `;
}

/** The meter: consumed of purchased, coloured by the threshold, with the share of the term elapsed. */
function renderMeter(ctx: RenderContext, view: EntitlementView, termElapsed: number): TemplateResult {
  return html`<ca-meter
    part="meter"
    exportparts="track: meter-track, fill: meter-fill, marker: meter-marker"
    .value=${view.consumedTotal}
    .max=${view.purchased}
    .threshold=${view.threshold}
    .label=${ctx.l10n.t('packages.meterLabel', { name: view.name })}
    .marker=${termElapsed}
  ></ca-meter>`;
}

function figure(label: string, value: TemplateResult | string, extra?: TemplateResult): TemplateResult {
  return html`<div part="figure" class="figure">
    <dt>${label}</dt>
    <dd>${value}${extra ? html` ${extra}` : nothing}</dd>
  </div>`;
}

/**
 * The balance of a consumable: purchased, consumed, remaining, utilisation, hours done (proactive kinds only), a
 * meter coloured by the threshold with the share of the package's term elapsed (none when purchased is null: there
 * is nothing to measure against, and "As needed" says so), the outlook in words with the figures behind it one step
 * away (a disclosure), and the "as of" time.
 */
export function renderBalance(
  ctx: RenderContext,
  view: EntitlementView,
  termElapsed: number,
  asOf: IsoTimestamp,
): TemplateResult {
  const l = ctx.l10n;
  const { format } = l;
  const purchased =
    view.purchased === null ? l.t('packages.asNeeded') : quantity(ctx, view.purchased, view.unit);
  const consumed = quantity(ctx, view.consumedTotal, view.unit);
  const inSelection =
    view.consumed === view.consumedTotal
      ? undefined
      : html`<span class="sub"
          >${l.t('packages.inSelection', { count: view.consumed, unit: view.unit })}</span
        >`;
  const remaining =
    view.remaining === null
      ? dash(l.t('packages.notApplicable'))
      : view.remaining < 0
        ? html`<span class="over">${l.t('packages.over', { count: -view.remaining, unit: view.unit })}</span>`
        : quantity(ctx, view.remaining, view.unit);
  const utilisation =
    view.utilisation === null
      ? dash(l.t('packages.notApplicable'))
      : format.percent(displayRatio(view.utilisation));
  return html`
    <section part="summary" class="card summary" aria-labelledby="balance-heading">
      ${sectionHeading(ctx, 'balance-heading', l.t('detail.balance'))}
      <dl part="figures" class="figures">
        ${figure(l.t('packages.col.purchased'), purchased)}
        ${figure(l.t('packages.col.consumed'), consumed, inSelection)}
        ${figure(l.t('packages.col.remaining'), remaining)}
        ${figure(l.t('packages.col.utilisation'), utilisation)}
        ${showsHoursDone(view.kind) ? figure(l.t('packages.col.hoursDone'), format.number(view.hoursDone)) : nothing}
      </dl>
      ${view.purchased === null ? nothing : renderMeter(ctx, view, termElapsed)}
      ${
        view.forecast
          ? html`<div part="forecast" class="forecast">
              <span class="forecast-label">${l.t('packages.col.outlook')}</span>
              ${renderOutlook(l, view)}
            </div>`
          : nothing
      }
      <p part="as-of" class="as-of">${l.t('detail.asOf', { date: format.dateTime(asOf) })}</p>
    </section>
  `;
}

/** An additional benefit: included in the agreement, with no consumption tracked — so no meter, chart or grid. */
export function renderBenefit(ctx: RenderContext, view: EntitlementView, asOf: IsoTimestamp): TemplateResult {
  const l = ctx.l10n;
  return html`
    <section part="benefit" class="card benefit" aria-labelledby="balance-heading">
      ${sectionHeading(ctx, 'balance-heading', l.t('detail.balance'))}
      <p class="explanation">${l.t('detail.benefitExplanation')}</p>
      ${
        view.purchased === null
          ? nothing
          : html`<p class="included">
              ${l.t('detail.benefitIncluded', { quantity: quantity(ctx, view.purchased, view.unit) })}
            </p>`
      }
      <p part="as-of" class="as-of">${l.t('detail.asOf', { date: l.format.dateTime(asOf) })}</p>
    </section>
  `;
}

/** The package (name, status, term, expiry badge) and the contract (number, name, status, term). */
export function renderTerms(ctx: RenderContext, view: EntitlementView, today: IsoDate): TemplateResult {
  const l = ctx.l10n;
  const pkg = view.package;
  const contract = view.contract;
  const { expiry, daysLeft } = packageExpiry(pkg, today);
  return html`
    <section part="terms" class="card terms" aria-labelledby="terms-heading">
      ${sectionHeading(ctx, 'terms-heading', l.t('detail.terms'))}
      <dl class="term-list">
        <div part="package" class="term-item">
          <dt>${l.t('packages.package')}</dt>
          <dd>
            <span class="term-name">${pkg.name}</span>
            <span class="status">${l.t(`packages.packageStatus.${pkg.status}`)}</span>
            <span class="dates">${term(ctx, pkg.startDate, pkg.endDate)}</span>
            <ca-expiry-badge
              part="expiry"
              exportparts="badge: expiry-badge"
              .daysLeft=${daysLeft}
              .expiry=${expiry}
              .endDate=${pkg.endDate}
            ></ca-expiry-badge>
          </dd>
        </div>
        <div part="contract" class="term-item">
          <dt>${l.t('packages.contract')}</dt>
          <dd>
            <span class="term-name">
              ${l.t('detail.contractName', { number: contract.number, name: contract.name })}
            </span>
            <span class="status">${l.t(`packages.contractStatus.${contract.status}`)}</span>
            <span class="dates">${term(ctx, contract.startDate, contract.endDate)}</span>
          </dd>
        </div>
      </dl>
    </section>
  `;
}
