import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { LocaleController } from '../../../controllers/locale-controller.js';
import type { Reason } from '../../../domain/types.js';
import { REASONS } from '../../../domain/types.js';

/** How many additional cases there are in the workspace selection: in all, and per reason. */
export interface ReasonCounts {
  /** Additional cases the viewer may see. */
  all: number;
  /** Those among them having each reason. */
  byReason: Record<Reason, number>;
  /** Additional cases hidden by the viewer's permissions. */
  hidden: number;
}

/** What the reason filter shows. */
export interface ReasonFilterView {
  l10n: LocaleController;
  /** The reasons chosen (none: every additional case). */
  selected: readonly Reason[];
  /** The counts to show, or undefined while the first ones load. */
  counts: ReasonCounts | undefined;
  /** Whether newer counts are on their way (the ones shown belong to the previous selection). */
  busy: boolean;
  onToggle: (event: Event) => void;
  onAll: (event: Event) => void;
}

/** The id of the element explaining a reason (the legend's `<dd>`), for `aria-describedby`. */
export function reasonInfoId(reason: Reason): string {
  return `reason-info-${reason}`;
}

function countText(view: ReasonFilterView, count: number | undefined): TemplateResult | typeof nothing {
  if (count === undefined) return nothing;
  return html` <span class="chip-count">${view.l10n.t('cases.filterCount', { count })}</span>`;
}

/**
 * The reason filter: a group of checkbox chips, "All reasons (27)" first and then one per reason with its count
 * ("Expired contract (3)"). Each reason's checkbox is described by its explanation in the legend. Checking
 * "All reasons" clears the others; it cannot be unchecked by itself (choose a reason instead).
 */
export function renderReasonFilter(view: ReasonFilterView): TemplateResult {
  const { l10n, counts } = view;
  const selected = new Set(view.selected);
  const none = selected.size === 0;
  return html`
    <fieldset part="reason-filter" class="reason-filter" aria-busy=${view.busy ? 'true' : 'false'}>
      <legend class="filter-label">${l10n.t('cases.filter')}</legend>
      <div class="chips">
        <label part="reason-chip" class="chip chip-all">
          <input type="checkbox" .checked=${live(none)} @change=${view.onAll} />
          <span class="chip-label">${l10n.t('cases.filterAll')}</span>${countText(view, counts?.all)}
        </label>
        ${REASONS.map(
          (reason) => html`
            <label part="reason-chip" class="chip">
              <input
                type="checkbox"
                value=${reason}
                .checked=${live(selected.has(reason))}
                aria-describedby=${reasonInfoId(reason)}
                @change=${view.onToggle}
              />
              <span class="chip-label">${l10n.t(`cases.reason.${reason}`)}</span>${countText(
                view,
                counts?.byReason[reason],
              )}
            </label>
          `,
        )}
      </div>
    </fieldset>
  `;
}

/**
 * The legend: each reason as a badge with its short explanation and a one-line next step (what to do about it) —
 * together the description of the filter's chip.
 */
export function renderReasonLegend(l10n: LocaleController): TemplateResult {
  return html`
    <details part="legend" class="legend" open>
      <summary class="legend-summary">${l10n.t('cases.legend')}</summary>
      <dl class="legend-list">
        ${REASONS.map(
          (reason) => html`
            <div class="legend-item">
              <dt><span part="reason-badge" class="badge">${l10n.t(`cases.reason.${reason}`)}</span></dt>
              <dd id=${reasonInfoId(reason)}>
                <span class="reason-info">${l10n.t(`cases.reasonInfo.${reason}`)}</span>
                <span part="next-step" class="next-step"
                  ><span class="next-step-label">${l10n.t('cases.nextStepLabel')}</span>
                  ${l10n.t(`cases.nextStep.${reason}`)}</span
                >
              </dd>
            </div>
          `,
        )}
      </dl>
    </details>
  `;
}
