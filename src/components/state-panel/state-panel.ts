import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { tokens } from '../../styles/tokens.js';
import { describeError } from '../shared/describe-error.js';
import { icon, type IconName } from '../shared/icons.js';
import { statePanelStyles } from './state-panel.styles.js';

/** The states a panel can show. */
export const STATE_PANEL_STATES = ['loading', 'error', 'empty', 'no-access'] as const;
export type StatePanelState = (typeof STATE_PANEL_STATES)[number];

/** Fired when the user asks to try again after an error. */
export class RetryEvent extends Event {
  static readonly eventName = 'ca-retry';
  constructor() {
    super(RetryEvent.eventName, { bubbles: true, composed: true });
  }
}

const ICON_OF: Record<Exclude<StatePanelState, 'loading'>, IconName> = {
  error: 'error',
  empty: 'empty',
  'no-access': 'lock',
};

/**
 * @summary What an element shows instead of its content: loading, an error (with "Try again"), nothing to show,
 * or no access.
 *
 * @tag ca-state-panel
 *
 * Loading is a polite live region (`role="status"`) with a small spinner that stands still under
 * `prefers-reduced-motion`; an error is an alert (`role="alert"`). The texts default to the library's messages in
 * the language of the nearest `lang`; `heading` and `message` override them. For an error, set `error` to the
 * thrown value and the message says what happened in words a user understands (no access, not found, invalid
 * data, network, timeout) — never the technical message.
 *
 * @slot - Extra content below the message, e.g. an action button or link.
 *
 * @fires {RetryEvent} ca-retry - The user pressed "Try again" in the error state. Bubbles, composed.
 *
 * @csspart panel - The container, carrying the `role`.
 * @csspart heading - The heading (the "Loading…" text while loading).
 * @csspart message - The message below the heading.
 * @csspart retry - The "Try again" button.
 *
 * @cssprop [--ca-state-panel-padding=var(--ca-space-5)] - Space around the content.
 * @cssprop [--ca-state-panel-icon-size=2rem] - Size of the icon.
 * @cssprop [--ca-state-panel-accent=var(--ca-color-text-muted)] - Colour of the empty and no-access icons.
 */
export class StatePanelElement extends LitElement {
  static override styles = [tokens, statePanelStyles];

  /** Messages in the language of the nearest `lang`. */
  protected readonly l10n = new LocaleController(this);

  /** Which state to show: `loading`, `error`, `empty` or `no-access`. */
  @property({ reflect: true }) state: StatePanelState = 'loading';

  /** Replaces the default heading of the state. */
  @property() heading?: string;

  /** Replaces the default message of the state (for errors, the one derived from `error`). */
  @property() message?: string;

  /** The error being shown (state `error`); its kind chooses the message. */
  @property({ attribute: false }) error?: unknown;

  /** Hides the "Try again" button of the error state (for errors a retry cannot fix). */
  @property({ type: Boolean, attribute: 'no-retry' }) noRetry = false;

  /** The `aria-level` of the heading, so it fits the outline of the host page (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  private handleRetry = (): void => {
    this.dispatchEvent(new RetryEvent());
  };

  override render(): TemplateResult {
    switch (this.state) {
      case 'error':
        return this.renderPanel(
          'error',
          this.heading ?? this.l10n.t('state.errorTitle'),
          this.message ?? this.errorMessage(),
        );
      case 'empty':
        return this.renderPanel(
          'empty',
          this.heading ?? this.l10n.t('state.emptyTitle'),
          this.message ?? this.l10n.t('statePanel.emptyMessage'),
        );
      case 'no-access':
        return this.renderPanel(
          'no-access',
          this.heading ?? this.l10n.t('state.noAccessTitle'),
          this.message ?? this.l10n.t('state.noAccessMessage'),
        );
      default:
        return this.renderLoading();
    }
  }

  private errorMessage(): string {
    return this.error === undefined
      ? this.l10n.t('state.errorMessage')
      : describeError(this.error, (key) => this.l10n.t(key));
  }

  private renderLoading(): TemplateResult {
    return html`
      <div part="panel" class="panel" data-state="loading" role="status">
        <span class="spinner" aria-hidden="true"></span>
        <span part="heading" class="heading">${this.heading ?? this.l10n.t('state.loading')}</span>
        ${this.message ? html`<span part="message" class="message">${this.message}</span>` : nothing}
        <slot></slot>
      </div>
    `;
  }

  private renderPanel(
    state: Exclude<StatePanelState, 'loading'>,
    heading: string,
    message: string,
  ): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    return html`
      <div part="panel" class="panel" data-state=${state} role=${state === 'error' ? 'alert' : nothing}>
        ${icon(ICON_OF[state])}
        <div part="heading" class="heading" role="heading" aria-level=${level}>${heading}</div>
        <p part="message" class="message">${message}</p>
        <div class="actions">
          <slot></slot>
          ${
            state === 'error' && !this.noRetry
              ? html`<button part="retry" class="retry" type="button" @click=${this.handleRetry}>
                  ${this.l10n.t('state.retry')}
                </button>`
              : nothing
          }
        </div>
      </div>
    `;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ca-retry': RetryEvent;
  }
  interface HTMLElementTagNameMap {
    'ca-state-panel': StatePanelElement;
  }
}
