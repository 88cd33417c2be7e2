import { html, nothing, type TemplateResult } from 'lit';
import { mostPressing, summaryLineBalances } from '../../../domain/attention.js';
import { thresholdOf } from '../../../domain/balances.js';
import { packageExpiry } from '../../../domain/status.js';
import { summaryGroupOf } from '../../../domain/summary.js';
import type {
  Balance,
  ContractView,
  EnterpriseSummary,
  IsoDate,
  SummaryGroupView,
  SummaryLine,
  Threshold,
} from '../../../domain/types.js';
import type { ChartSeries } from '../../chart/chart.js';
import { renderOutlook } from '../../shared/outlook.js';
import { dash, heading, quantity, term, type RenderContext } from './context.js';

// ---------------------------------------------------------------------------------------------------------
// Active contracts

/** The active contracts of the selected workspaces: number and name, start and end dates, expiry. */
export function renderActiveContracts(
  ctx: RenderContext,
  contracts: readonly ContractView[],
  today: IsoDate,
): TemplateResult {
  const l = ctx.l10n;
  const active = contracts.filter((c) => c.status === 'active');
  return html`
    <section part="contracts" class="block contracts" aria-labelledby="contracts-heading">
      ${heading(ctx, 'contracts-heading', l.t('activity.activeContracts'), 1)}
      ${
        active.length === 0
          ? html`<p class="note">${l.t('activity.noActiveContracts')}</p>`
          : html`<div class="table-wrap">
              <table class="table contracts-table" aria-labelledby="contracts-heading">
                <thead>
                  <tr>
                    <th scope="col">${l.t('activity.col.contract')}</th>
                    <th scope="col">${l.t('activity.col.start')}</th>
                    <th scope="col">${l.t('activity.col.end')}</th>
                    <th scope="col">${l.t('activity.col.expiry')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${active.map((c) => {
                    const { expiry, daysLeft } = packageExpiry(c, today);
                    return html`<tr part="contract">
                      <th scope="row">
                        <span class="contract-number">${c.number}</span>
                        <span class="sub">${c.name}</span>
                      </th>
                      <td>${l.format.date(c.startDate)}</td>
                      <td>${l.format.date(c.endDate)}</td>
                      <td>
                        <ca-expiry-badge
                          exportparts="badge: expiry-badge"
                          .daysLeft=${daysLeft}
                          .expiry=${expiry}
                          .endDate=${c.endDate}
                        ></ca-expiry-badge>
                      </td>
                    </tr>`;
                  })}
                </tbody>
              </table>
            </div>`
      }
    </section>
  `;
}

// ---------------------------------------------------------------------------------------------------------
// The five summary groups

/** How much of a line's purchased amount is used in every workspace (purchased − remaining), or null. */
function usedTotal(line: SummaryLine): number | null {
  return line.purchased === null || line.remaining === null ? null : line.purchased - line.remaining;
}

/** The threshold of a summary line, by the rule of `Balance.threshold` applied to its totals. */
function lineThreshold(line: SummaryLine): Threshold {
  const used = usedTotal(line);
  const utilisation = used === null || line.purchased === null ? null : used / line.purchased;
  return thresholdOf('consumable', line.purchased, utilisation);
}

function renderRemaining(ctx: RenderContext, line: SummaryLine): TemplateResult | string {
  if (line.remaining === null) return dash(ctx.l10n.t('packages.notApplicable'));
  if (line.remaining < 0) {
    return html`<span class="over"
      >${ctx.l10n.t('packages.over', { count: -line.remaining, unit: line.unit })}</span
    >`;
  }
  return quantity(ctx, line.remaining, line.unit);
}

/** Consumed in the selected workspaces, and (when it differs) in every workspace, as a note below. */
function renderConsumed(ctx: RenderContext, line: SummaryLine): TemplateResult {
  const used = usedTotal(line);
  const note =
    used === null || used === line.consumed
      ? nothing
      : html`<dd class="sub">
          ${ctx.l10n.t('activity.inEveryWorkspace', { quantity: quantity(ctx, used, line.unit) })}
        </dd>`;
  return html`<dd>${quantity(ctx, line.consumed, line.unit)}</dd>
    ${note}`;
}

/**
 * The outlook of a summary line: that of its most pressing entitlement (`mostPressing`), named when the line sums
 * several, so a line never reads "on track" while one of its entitlements runs out.
 */
function renderLineOutlook(
  ctx: RenderContext,
  group: SummaryGroupView,
  line: SummaryLine,
  summary: EnterpriseSummary,
): TemplateResult | typeof nothing {
  const members = summaryLineBalances(summary.entitlements, group.group, line.unit);
  const worst = mostPressing(members);
  if (!worst) return nothing;
  return renderOutlook(ctx.l10n, worst, { subject: members.length > 1 ? worst.name : undefined });
}

function renderLine(
  ctx: RenderContext,
  group: SummaryGroupView,
  line: SummaryLine,
  elapsed: number,
  summary: EnterpriseSummary,
): TemplateResult {
  const l = ctx.l10n;
  const unitName = l.t(`activity.unit.${line.unit}`);
  return html`
    <div part="line" class="line">
      <div class="line-unit">${unitName}</div>
      <dl class="figures">
        <div class="figure">
          <dt>${l.t('packages.col.purchased')}</dt>
          <dd>
            ${line.purchased === null ? l.t('packages.asNeeded') : quantity(ctx, line.purchased, line.unit)}
          </dd>
        </div>
        <div class="figure">
          <dt>${l.t('packages.col.consumed')}</dt>
          ${renderConsumed(ctx, line)}
        </div>
        <div class="figure">
          <dt>${l.t('packages.col.remaining')}</dt>
          <dd>${renderRemaining(ctx, line)}</dd>
        </div>
      </dl>
      ${
        line.purchased === null
          ? nothing
          : html`<ca-meter
              part="meter"
              exportparts="track: meter-track, fill: meter-fill, marker: meter-marker"
              .value=${usedTotal(line) ?? line.consumed}
              .max=${line.purchased}
              .threshold=${lineThreshold(line)}
              .label=${l.t('activity.meterLabel', { group: l.t(`activity.group.${group.group}`), unit: unitName })}
              .marker=${elapsed}
            ></ca-meter>`
      }
      ${renderLineOutlook(ctx, group, line, summary)}
    </div>
  `;
}

/** What a group with no consumable line says: included as a benefit, or not part of the contract. */
function renderNoLines(
  ctx: RenderContext,
  group: SummaryGroupView,
  summary: EnterpriseSummary,
): TemplateResult {
  const hasBenefit = summary.entitlements.some(
    (b) => b.category === 'benefit' && summaryGroupOf(b.kind) === group.group,
  );
  return html`<p class="note">
    ${ctx.l10n.t(hasBenefit ? 'activity.groupBenefit' : 'activity.groupAbsent')}
  </p>`;
}

function renderHoursDone(ctx: RenderContext, group: SummaryGroupView): TemplateResult | typeof nothing {
  // Hours done are always shown for proactive services, and for another group once it has any.
  if (group.group !== 'proactive' && group.hoursDone === 0) return nothing;
  return html`<p part="hours-done" class="hours-done">
    <span class="hours-label">${ctx.l10n.t('packages.col.hoursDone')}</span>
    <span class="hours-value">${quantity(ctx, group.hoursDone, 'hours')}</span>
  </p>`;
}

/**
 * The five summary groups as cards, in order: one line per unit (purchased, consumed in the selected workspaces,
 * remaining of the contract, and a meter of the contract's utilisation with the share of its term elapsed), and
 * hours done for proactive services.
 */
export function renderGroups(
  ctx: RenderContext,
  summary: EnterpriseSummary,
  elapsed: number,
): TemplateResult {
  const l = ctx.l10n;
  return html`
    <ul
      part="groups"
      class="groups"
      aria-label=${l.t('activity.consumption', { contract: summary.contract.number })}
    >
      ${summary.groups.map(
        (group) => html`
          <li class="group-item">
            <article
              part="group-card"
              class="card group-card"
              data-group=${group.group}
              aria-labelledby="group-${group.group}"
            >
              ${heading(ctx, `group-${group.group}`, l.t(`activity.group.${group.group}`), 2, { part: 'group-name' })}
              ${
                group.lines.length === 0
                  ? renderNoLines(ctx, group, summary)
                  : group.lines.map((line) => renderLine(ctx, group, line, elapsed, summary))
              }
              ${renderHoursDone(ctx, group)}
            </article>
          </li>
        `,
      )}
    </ul>
  `;
}

// ---------------------------------------------------------------------------------------------------------
// The chart of utilisation by summary line

/** The chart's categories (one per summary line with a purchase) and series (utilisation, term elapsed). */
export interface UtilisationChartData {
  labels: string[];
  series: ChartSeries[];
  /** Summary lines left out because nothing was purchased to compare against (as needed). */
  unlimited: number;
}

/** A ratio as a percent value for the chart's axis (0.62 → 62), free of floating-point noise. */
function percentValue(ratio: number): number {
  return Math.round(ratio * 1e6) / 1e4;
}

/**
 * The summary cards as chart data that compares like with like: one category per summary line that has a
 * purchased amount ("Proactive · Credits"), its utilisation over the whole contract (every workspace, as the meters
 * show: (purchased − remaining) / purchased) in percent, and the share of the contract's term elapsed in percent
 * beside it — so no two units ever share an axis. Lines bought "as needed" have nothing to compare against and are
 * counted in `unlimited` instead.
 */
export function utilisationChartData(
  ctx: RenderContext,
  summary: EnterpriseSummary,
  elapsed: number,
): UtilisationChartData {
  const l = ctx.l10n;
  const labels: string[] = [];
  const used: number[] = [];
  let unlimited = 0;
  for (const group of summary.groups) {
    for (const line of group.lines) {
      const total = usedTotal(line);
      if (line.purchased === null || total === null) {
        unlimited++;
        continue;
      }
      labels.push(
        l.t('activity.chartLine', {
          group: l.t(`activity.groupShort.${group.group}`),
          unit: l.t(`activity.unit.${line.unit}`),
        }),
      );
      used.push(percentValue(total / line.purchased));
    }
  }
  const series: ChartSeries[] =
    labels.length === 0
      ? []
      : [
          { label: l.t('activity.series.utilisation'), data: used, color: 1, kind: 'bar' },
          {
            label: l.t('activity.series.termElapsed'),
            data: labels.map(() => percentValue(elapsed)),
            color: 4,
            kind: 'line',
            dashed: true,
          },
        ];
  return { labels, series, unlimited };
}

/** The chart of utilisation by summary line (bars, term elapsed as a line), its figures one click away as a table. */
export function renderChart(ctx: RenderContext, data: UtilisationChartData): TemplateResult {
  const l = ctx.l10n;
  return html`
    <div part="chart-card" class="card chart-card">
      ${
        data.series.length === 0
          ? html`<p class="note">${l.t('activity.chartEmpty')}</p>`
          : html`<ca-chart
                part="chart"
                exportparts="figure: chart-figure, canvas: chart-canvas, toggle: chart-toggle, table: chart-table"
                type="bar"
                heading=${l.t('activity.chartHeading')}
                category-header=${l.t('activity.chartCategory')}
                .labels=${data.labels}
                .series=${data.series}
                .formatValue=${(value: number) => l.format.percent(value / 100)}
              ></ca-chart>
              ${
                data.unlimited > 0
                  ? html`<p class="note">${l.t('activity.chartUnlimited', { count: data.unlimited })}</p>`
                  : nothing
              }`
      }
    </div>
  `;
}

// ---------------------------------------------------------------------------------------------------------
// The enterprise entitlements

function renderEntitlementRow(
  ctx: RenderContext,
  b: Balance,
  elapsed: number,
  onSelect: (event: Event) => void,
): TemplateResult {
  const l = ctx.l10n;
  const benefit = b.category === 'benefit';
  const remaining =
    benefit || b.remaining === null
      ? dash(l.t('packages.notApplicable'))
      : b.remaining < 0
        ? html`<span class="over">${l.t('packages.over', { count: -b.remaining, unit: b.unit })}</span>`
        : quantity(ctx, b.remaining, b.unit);
  const consumed = benefit
    ? dash(l.t('packages.notApplicable'))
    : b.consumed === b.consumedTotal
      ? quantity(ctx, b.consumed, b.unit)
      : html`${quantity(ctx, b.consumed, b.unit)}
          <span class="sub">
            ${l.t('activity.inEveryWorkspace', { quantity: quantity(ctx, b.consumedTotal, b.unit) })}
          </span>`;
  return html`
    <tr part="entitlement" class="entitlement">
      <th scope="row" class="name-cell">
        <button
          part="entitlement-name"
          class="entitlement-name"
          type="button"
          data-entitlement-id=${b.entitlementId}
          @click=${onSelect}
        >
          ${b.name}
        </button>
        <span class="sub">${l.t(`packages.kind.${b.kind}`)}</span>
      </th>
      <td class="num">
        ${b.purchased === null ? l.t('packages.asNeeded') : quantity(ctx, b.purchased, b.unit)}
      </td>
      <td class="num">${consumed}</td>
      <td class="num">${remaining}</td>
      <td class="num">${b.hoursDone > 0 ? l.format.number(b.hoursDone) : dash(l.t('packages.noHours'))}</td>
      <td class="meter-cell">
        <ca-meter
          part="meter"
          exportparts="track: meter-track, fill: meter-fill, marker: meter-marker"
          .value=${b.consumedTotal}
          .max=${b.purchased}
          .threshold=${b.threshold}
          .label=${l.t('packages.meterLabel', { name: b.name })}
          .marker=${b.purchased === null || benefit ? null : elapsed}
        ></ca-meter>
      </td>
      <td class="outlook-cell">${b.forecast ? renderOutlook(l, b) : dash(l.t('packages.notApplicable'))}</td>
    </tr>
  `;
}

/** The enterprise entitlements with their balances; each name is a button that opens its detail. */
export function renderEntitlements(
  ctx: RenderContext,
  summary: EnterpriseSummary,
  elapsed: number,
  onSelect: (event: Event) => void,
): TemplateResult {
  const l = ctx.l10n;
  return html`
    <section part="entitlements" class="block" aria-labelledby="entitlements-heading">
      ${heading(ctx, 'entitlements-heading', l.t('activity.entitlements'), 1)}
      ${
        summary.entitlements.length === 0
          ? html`<p class="note">${l.t('activity.noEntitlements')}</p>`
          : html`<div class="card table-wrap">
              <table
                class="table entitlements-table"
                aria-label=${l.t('activity.entitlementsLabel', { contract: summary.contract.number })}
              >
                <thead>
                  <tr>
                    <th scope="col">${l.t('packages.col.entitlement')}</th>
                    <th scope="col" class="num">${l.t('packages.col.purchased')}</th>
                    <th scope="col" class="num consumed">${l.t('packages.col.consumed')}</th>
                    <th scope="col" class="num">${l.t('packages.col.remaining')}</th>
                    <th scope="col" class="num">${l.t('packages.col.hoursDone')}</th>
                    <th scope="col" class="meter-col">${l.t('packages.col.utilisation')}</th>
                    <th scope="col" class="outlook-col">${l.t('packages.col.outlook')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${summary.entitlements.map((b) => renderEntitlementRow(ctx, b, elapsed, onSelect))}
                </tbody>
              </table>
            </div>`
      }
    </section>
  `;
}

/** The contract's name and term, under the consumption heading. */
export function contractCaption(ctx: RenderContext, contract: ContractView): string {
  return `${contract.number} · ${contract.name} (${term(ctx, contract.startDate, contract.endDate)})`;
}
