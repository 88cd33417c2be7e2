import { html, type nothing, type TemplateResult } from 'lit';
import type { AttentionItem } from '../../../domain/attention.js';
import { icon, type IconName } from '../../shared/icons.js';
import { heading, quantity, type RenderContext } from './context.js';

/** The icon of each reason; the reason is always written out too. */
const ICON_OF: Record<AttentionItem['reason'], IconName> = {
  over: 'error',
  'runs-out': 'warning',
  'expiring-unused': 'clock',
};

/** What "Needs attention" shows. */
export interface AttentionView {
  /** The entries, once known for the contract and workspaces shown. */
  items: readonly AttentionItem[] | undefined;
  /** The state panel to show in place of the list (loading, error), if any. */
  state: TemplateResult | typeof nothing;
  /** Opens an entitlement's detail; the button carries `data-entitlement-id`. */
  onSelect: (event: Event) => void;
}

/** Why an entry is listed, in words with its figures. */
function explanation(ctx: RenderContext, item: AttentionItem): string {
  const l = ctx.l10n;
  const b = item.balance;
  switch (item.reason) {
    case 'over':
      return l.t('attention.over', { quantity: quantity(ctx, -(b.remaining ?? 0), b.unit) });
    case 'runs-out':
      return l.t('attention.runsOut', {
        date: l.format.date(b.forecast?.runOutDate ?? ''),
        end: l.format.date(item.package.endDate),
      });
    default: {
      const unused = b.forecast?.unusedAtEnd ?? 0;
      return l.t('attention.expiringUnused', {
        count: item.package.daysLeft,
        quantity: quantity(ctx, Math.round(unused), b.unit),
        percent: l.format.percent(b.purchased ? unused / b.purchased : 0),
      });
    }
  }
}

function renderItem(
  ctx: RenderContext,
  item: AttentionItem,
  onSelect: (event: Event) => void,
): TemplateResult {
  const l = ctx.l10n;
  const b = item.balance;
  return html`<li part="attention-item" class="attention-item" data-reason=${item.reason}>
    <span class="attention-reason">
      <span class="attention-icon" aria-hidden="true">${icon(ICON_OF[item.reason])}</span>
      ${l.t(`attention.reason.${item.reason}`)}
    </span>
    <span class="attention-body">
      <button
        part="attention-link"
        class="entitlement-name"
        type="button"
        data-entitlement-id=${b.entitlementId}
        @click=${onSelect}
      >
        ${b.name}
      </button>
      <span class="sub">${item.package.name}</span>
      <span class="attention-text">${explanation(ctx, item)}</span>
    </span>
  </li>`;
}

/**
 * "Needs attention", at the top of the page: the entitlements over their purchase, those that run out before their
 * term ends at the pace so far, and those of packages expiring within 90 days that would leave a large share unused —
 * each with its reason in words and its name a button that opens its detail — or a calm line saying nothing does.
 */
export function renderAttention(ctx: RenderContext, view: AttentionView): TemplateResult {
  const l = ctx.l10n;
  const items = view.items;
  return html`
    <section part="attention" class="section attention" aria-labelledby="attention-heading">
      ${heading(ctx, 'attention-heading', l.t('attention.heading'), 0)}
      ${
        items === undefined
          ? view.state
          : items.length === 0
            ? html`<p part="attention-none" class="attention-none">
                <span class="attention-icon" aria-hidden="true">${icon('ok')}</span>
                ${l.t('attention.none')}
              </p>`
            : html`<p class="intro">${l.t('attention.intro', { count: items.length })}</p>
                <ul part="attention-list" class="attention-list">
                  ${items.map((item) => renderItem(ctx, item, view.onSelect))}
                </ul>`
      }
    </section>
  `;
}
