import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import type { Workspace } from '../../domain/types.js';
import { tokens } from '../../styles/tokens.js';
import { icon } from '../shared/icons.js';
import { workspaceFilterStyles } from './workspace-filter.styles.js';

/** What a `ca-filter-change` event of the workspace filter carries. */
export interface WorkspaceFilterChangeDetail {
  /** The workspaces now selected, in the order of `workspaces`; never empty. */
  workspaceIds: string[];
}

/** Fired when the user applies a new workspace selection. */
export class WorkspaceFilterChangeEvent extends Event {
  static readonly eventName = 'ca-filter-change';
  readonly detail: WorkspaceFilterChangeDetail;
  constructor(detail: WorkspaceFilterChangeDetail) {
    super(WorkspaceFilterChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** Keys that move focus between the options. */
const NAVIGATION_KEYS = ['ArrowDown', 'ArrowUp', 'Home', 'End'] as const;
type NavigationKey = (typeof NAVIGATION_KEYS)[number];

/**
 * @summary Chooses the workspaces whose data is shown: one, several or all.
 *
 * @tag ca-workspace-filter
 *
 * A button summarises the selection ("All workspaces (5)", the one workspace's name, "3 workspaces") and opens a
 * panel of checkboxes with an "All workspaces" toggle; the choice takes effect on "Apply" (or Enter on an
 * option), "Cancel" or Escape discards it and returns focus to the button. Arrow keys, Home and End move between
 * the options, Space toggles one. An empty selection cannot be applied: the panel says why. With a single
 * selectable workspace there is nothing to choose, and its name is shown as text.
 *
 * `selected` holds workspace ids; ids not in `workspaces` are ignored, and an empty selection means all of them.
 * Setting `selected` or `workspaces` from code never fires an event.
 *
 * @fires {WorkspaceFilterChangeEvent} ca-filter-change - The user applied a different selection;
 * `detail.workspaceIds` lists it (never empty). Bubbles, composed.
 *
 * @csspart button - The button that opens the panel.
 * @csspart panel - The panel with the options.
 * @csspart option - Each option row (the "All workspaces" toggle included).
 *
 * @cssprop [--ca-workspace-filter-panel-width=18rem] - Width of the panel.
 * @cssprop [--ca-workspace-filter-panel-max-height=20rem] - Height beyond which the options scroll.
 */
export class WorkspaceFilterElement extends LitElement {
  static override styles = [tokens, workspaceFilterStyles];

  /** Messages in the language of the nearest `lang`. */
  protected readonly l10n = new LocaleController(this);

  @query('.trigger') private trigger?: HTMLButtonElement;

  /** Whether the panel is open. */
  @state() private open = false;

  /** The selection being edited in the open panel, not yet applied. */
  @state() private draft: string[] = [];

  /** The workspaces the viewer may select (`Session.workspaces`). */
  @property({ attribute: false }) workspaces: Workspace[] = [];

  /** The ids of the selected workspaces; empty means all. */
  @property({ attribute: false }) selected: string[] = [];

  /** The applied selection: `selected` restricted to known workspaces, in their order; all when empty. */
  private effective: string[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.handleDocumentPointerDown, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.handleDocumentPointerDown, true);
    this.open = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('workspaces') || changed.has('selected')) {
      const ids = this.workspaces.map((w) => w.id);
      const chosen = ids.filter((id) => this.selected.includes(id));
      this.effective = chosen.length > 0 ? chosen : ids;
      if (this.open) this.draft = ids.filter((id) => this.draft.includes(id));
    }
  }

  private handleDocumentPointerDown = (event: Event): void => {
    if (this.open && !event.composedPath().includes(this)) this.open = false;
  };

  private handleTriggerClick = (): void => {
    if (this.open) this.close(false);
    else void this.openPanel();
  };

  private handleTriggerKeyDown = (event: KeyboardEvent): void => {
    if (!this.open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      void this.openPanel();
    }
  };

  private handleKeyDown = (event: KeyboardEvent): void => {
    if (!this.open) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.close(true);
      return;
    }
    const options = this.optionInputs();
    const index = options.indexOf(event.composedPath()[0] as HTMLInputElement);
    if (index < 0) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      this.apply();
    } else if ((NAVIGATION_KEYS as readonly string[]).includes(event.key)) {
      event.preventDefault();
      const next = this.nextIndex(event.key as NavigationKey, index, options.length);
      options[next].focus();
    }
  };

  private handleFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    // Focus left the element (Tab past the last control, or elsewhere): discard the edit.
    if (this.open && next && !this.renderRoot.contains(next) && !this.contains(next)) this.close(false);
  };

  private handleAllChange = (): void => {
    const all = this.draft.length === this.workspaces.length;
    this.draft = all ? [] : this.workspaces.map((w) => w.id);
  };

  private handleOptionChange = (event: Event): void => {
    const { checked, value: id } = event.target as HTMLInputElement;
    const next = new Set(this.draft);
    if (checked) next.add(id);
    else next.delete(id);
    this.draft = this.workspaces.map((w) => w.id).filter((wid) => next.has(wid));
  };

  private handleApply = (): void => {
    this.apply();
  };

  private handleCancel = (): void => {
    this.close(true);
  };

  private async openPanel(): Promise<void> {
    this.draft = [...this.effective];
    this.open = true;
    await this.updateComplete;
    const options = this.optionInputs();
    (options.find((o) => o.checked) ?? options[0])?.focus();
  }

  private close(returnFocus: boolean): void {
    this.open = false;
    if (returnFocus) this.trigger?.focus();
  }

  private apply(): void {
    if (this.draft.length === 0) return;
    const ids = [...this.draft];
    const changed = ids.length !== this.effective.length || ids.some((id, i) => id !== this.effective[i]);
    this.close(true);
    if (!changed) return;
    this.selected = ids;
    const event = new WorkspaceFilterChangeEvent({ workspaceIds: [...ids] });
    this.dispatchEvent(event);
  }

  private nextIndex(key: NavigationKey, index: number, count: number): number {
    switch (key) {
      case 'ArrowDown':
        return (index + 1) % count;
      case 'ArrowUp':
        return (index - 1 + count) % count;
      case 'Home':
        return 0;
      case 'End':
        return count - 1;
    }
  }

  private optionInputs(): HTMLInputElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  }

  override render(): TemplateResult | typeof nothing {
    if (this.workspaces.length === 0) return nothing;
    if (this.workspaces.length === 1) return this.renderStatic(this.workspaces[0]);
    return html`
      <div class="filter" @keydown=${this.handleKeyDown} @focusout=${this.handleFocusOut}>
        <button
          part="button"
          class="trigger"
          type="button"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="panel"
          @click=${this.handleTriggerClick}
          @keydown=${this.handleTriggerKeyDown}
        >
          <span class="visually-hidden">${this.l10n.t('workspaceFilter.label')}:</span>
          <span class="summary">${this.summary()}</span>
          ${icon('chevron')}
        </button>
        ${this.renderPanel()}
      </div>
    `;
  }

  private renderStatic(workspace: Workspace): TemplateResult {
    return html`<span class="static">
      <span class="static-label">${this.l10n.t('workspaceFilter.single')}:</span>
      <span>${workspace.name}</span>
    </span>`;
  }

  private renderPanel(): TemplateResult {
    const total = this.workspaces.length;
    const count = this.draft.length;
    const empty = this.open && count === 0;
    return html`
      <div part="panel" id="panel" class="panel" ?hidden=${!this.open}>
        <fieldset>
          <legend>${this.l10n.t('workspaceFilter.legend')}</legend>
          <label part="option" class="option all">
            <input
              type="checkbox"
              .checked=${live(count === total)}
              .indeterminate=${live(count > 0 && count < total)}
              @change=${this.handleAllChange}
            />
            ${this.l10n.t('workspaceFilter.allOption')}
          </label>
          <div class="options">
            ${this.workspaces.map(
              (w) => html`
                <label part="option" class="option">
                  <input
                    type="checkbox"
                    .value=${w.id}
                    .checked=${live(this.draft.includes(w.id))}
                    aria-describedby=${empty ? 'error' : nothing}
                    @change=${this.handleOptionChange}
                  />
                  ${w.name}
                </label>
              `,
            )}
          </div>
        </fieldset>
        <p id="error" class="error" aria-live="polite">
          ${empty ? this.l10n.t('workspaceFilter.emptyError') : ''}
        </p>
        <div class="actions">
          <button type="button" class="cancel" @click=${this.handleCancel}>
            ${this.l10n.t('workspaceFilter.cancel')}
          </button>
          <button
            type="button"
            class="apply"
            aria-disabled=${empty ? 'true' : 'false'}
            aria-describedby=${empty ? 'error' : nothing}
            @click=${this.handleApply}
          >
            ${this.l10n.t('workspaceFilter.apply')}
          </button>
        </div>
      </div>
    `;
  }

  private summary(): string {
    const total = this.workspaces.length;
    const count = this.effective.length;
    if (count === total)
      return this.l10n.t('workspaceFilter.all', { count: this.l10n.format.integer(total) });
    if (count === 1) return this.workspaces.find((w) => w.id === this.effective[0])?.name ?? '';
    return this.l10n.t('workspaceFilter.some', { count });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ca-workspace-filter': WorkspaceFilterElement;
  }
}
