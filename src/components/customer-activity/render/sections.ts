import { html, nothing, type TemplateResult } from 'lit';
import { heading, type RenderContext } from './context.js';

/** Where the proof-of-delivery download stands. */
export type ProofState =
  { status: 'idle' } | { status: 'working' } | { status: 'done'; rowCount: number } | { status: 'failed' };

/** What the proof-of-delivery controls need. */
export interface ProofView {
  /** Whether the summary of the contract shown is on screen (the download needs it). */
  ready: boolean;
  state: ProofState;
  onDownload: (event: Event) => void;
  onPrint: (event: Event) => void;
}

function proofMessage(ctx: RenderContext, state: ProofState): string {
  switch (state.status) {
    case 'working':
      return ctx.l10n.t('activity.proofWorking');
    case 'done':
      return ctx.l10n.t('activity.proofDone', { count: state.rowCount });
    case 'failed':
      return ctx.l10n.t('activity.proofFailed');
    default:
      return '';
  }
}

/**
 * The proof of delivery of the contract shown: "Download CSV" (every entitlement, enterprise-wide and add-on) and
 * "Print report", with a polite status line.
 */
export function renderProof(ctx: RenderContext, view: ProofView): TemplateResult {
  const l = ctx.l10n;
  const working = view.state.status === 'working';
  return html`
    <div
      part="proof"
      class="proof controls"
      role="group"
      aria-labelledby="proof-label"
      aria-describedby="proof-intro"
    >
      <span id="proof-label" class="proof-label">${l.t('activity.proof')}</span>
      <span id="proof-intro" class="visually-hidden">${l.t('activity.proofIntro')}</span>
      <button
        part="proof-download"
        class="button"
        type="button"
        aria-disabled=${view.ready && !working ? 'false' : 'true'}
        @click=${view.onDownload}
      >
        ${l.t('activity.proofDownload')}
      </button>
      <button part="proof-print" class="button secondary" type="button" @click=${view.onPrint}>
        ${l.t('activity.proofPrint')}
      </button>
      <span part="proof-status" class="proof-status ${view.state.status}" role="status"
        >${proofMessage(ctx, view.state)}</span
      >
    </div>
  `;
}

/** What the additional-cases section shows. */
export interface CasesView {
  /** The count, once known for the workspaces shown. */
  counts: { total: number; hidden: number } | undefined;
  /** The state panel to show in place of the count (loading, error), if any. */
  state: TemplateResult | typeof nothing;
  onOpen: (event: Event) => void;
}

/** The additional-cases section: what they are, how many there are, and a button that opens them. */
export function renderCasesSection(ctx: RenderContext, view: CasesView): TemplateResult {
  const l = ctx.l10n;
  const counts = view.counts;
  return html`
    <section part="cases" class="section" aria-labelledby="cases-heading">
      ${heading(ctx, 'cases-heading', l.t('activity.cases'), 0)}
      <p class="intro">${l.t('activity.casesIntro')}</p>
      ${
        counts
          ? html`<div class="cases-summary">
              <p part="cases-count" class="cases-count">
                ${l.t('activity.casesCount', { count: counts.total })}
                ${counts.hidden > 0 ? html`<span class="sub">${l.t('cases.hiddenNote', { count: counts.hidden })}</span>` : nothing}
              </p>
              ${
                counts.total > 0
                  ? html`<button
                      part="cases-open"
                      class="button controls"
                      type="button"
                      data-opener="cases"
                      @click=${view.onOpen}
                    >
                      ${l.t('activity.casesOpen')}
                    </button>`
                  : nothing
              }
            </div>`
          : view.state
      }
    </section>
  `;
}

/** What a drill-down view (an entitlement, or the additional cases) shows around its element. */
export interface DrillDownView {
  /** The heading of the view; it takes focus when the view opens. */
  title: string;
  onBack: (event: Event) => void;
  content: TemplateResult;
}

/** A drill-down view in place of the page: a back control, a heading that takes focus, and the element. */
export function renderDrillDown(ctx: RenderContext, view: DrillDownView): TemplateResult {
  return html`
    <section part="view" class="view" aria-labelledby="view-heading">
      <div class="view-nav controls">
        <button part="back" class="back" type="button" @click=${view.onBack}>
          <span aria-hidden="true">←</span> ${ctx.l10n.t('activity.back')}
        </button>
      </div>
      ${heading(ctx, 'view-heading', view.title, 0, { part: 'view-heading', focusable: true })}
      ${view.content}
    </section>
  `;
}
