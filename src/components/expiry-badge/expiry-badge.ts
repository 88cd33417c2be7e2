import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { expiryOfDaysLeft } from '../../domain/status.js';
import { EXPIRY_STATES, type ExpiryState, type IsoDate } from '../../domain/types.js';
import { tokens } from '../../styles/tokens.js';
import { icon, type IconName } from '../shared/icons.js';
import { expiryBadgeStyles } from './expiry-badge.styles.js';

const ICON_OF: Record<ExpiryState, IconName> = {
  active: 'ok',
  expiring: 'clock',
  expired: 'ended',
};

/**
 * @summary When a package (or contract) ends, relative to today: "expires in 23 days", "expires today",
 * "expired 4 days ago".
 *
 * @tag ca-expiry-badge
 *
 * Set `daysLeft` and `expiry` from a `PackageView` (`expiry` defaults to the domain rule for `daysLeft`: expired
 * below 0, expiring up to 90 days, else active). The colour follows `expiry` — active in the "ok" colour,
 * expiring in the "warning" colour, expired neutral — and an icon beside the words says the same, so colour is
 * never the only signal. With `endDate`, the formatted date is read by screen readers and shown as a tooltip.
 *
 * @csspart badge - The badge.
 *
 * @cssprop [--ca-expiry-badge-radius=999px] - Corner radius of the badge.
 */
export class ExpiryBadgeElement extends LitElement {
  static override styles = [tokens, expiryBadgeStyles];

  /** Messages and date formats in the language of the nearest `lang`. */
  protected readonly l10n = new LocaleController(this);

  /** Whole days from today to the end date; negative once it has passed. */
  @property({ type: Number, attribute: 'days-left' }) daysLeft = 0;

  /** The expiry state (`PackageView.expiry`); when unset, derived from `daysLeft`. */
  @property() expiry?: ExpiryState;

  /** The end date (`YYYY-MM-DD`), shown formatted to screen readers and as a tooltip. */
  @property({ attribute: 'end-date' }) endDate?: IsoDate;

  override render(): TemplateResult {
    const days = Number.isFinite(this.daysLeft) ? Math.trunc(this.daysLeft) : 0;
    const expiry = EXPIRY_STATES.includes(this.expiry as ExpiryState)
      ? (this.expiry as ExpiryState)
      : expiryOfDaysLeft(days);
    const text =
      days > 0
        ? this.l10n.t('expiry.future', { count: days })
        : days === 0
          ? this.l10n.t('expiry.today')
          : this.l10n.t('expiry.past', { count: -days });
    const date = this.endDate
      ? this.l10n.t('expiry.endDate', { date: this.l10n.format.date(this.endDate, 'long') })
      : undefined;
    return html`<span part="badge" class="badge" data-expiry=${expiry} title=${date ?? nothing}
      >${icon(ICON_OF[expiry])}<span>${text}</span>${
        date ? html`<span class="visually-hidden"> (${date})</span>` : nothing
      }</span
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ca-expiry-badge': ExpiryBadgeElement;
  }
}
