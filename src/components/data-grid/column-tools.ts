import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { LocaleController } from '../../controllers/locale-controller.js';
import {
  canHide,
  clampWidth,
  isDefaultState,
  isHidden,
  LARGE_RESIZE_STEP_PX,
  parseColumnState,
  RESIZE_STEP_PX,
  withVisibility,
  withWidth,
  type ColumnState,
} from '../../domain/column-state.js';
import type { ColumnChangeReason } from './events.js';
import type { GridColumn } from './types.js';

/** The sessionStorage key of a grid's column state: this prefix and the grid's `state-key`. */
export const COLUMN_STATE_STORAGE_PREFIX = 'ca-data-grid:columns:';

/** What the column tools need from the grid. */
export interface ColumnToolsOptions<T> {
  /** Messages of the grid's locale. */
  l10n: LocaleController;
  /** Every column (shown or hidden), in order. */
  columns(): readonly GridColumn<T>[];
  /** The current column state. */
  state(): ColumnState;
  /** The sessionStorage key suffix (`state-key`), empty for none. */
  stateKey(): string;
  /** Applies a state; `reason` is set for a user action (the grid fires `ca-column-change`), undefined while dragging. */
  apply(state: ColumnState, reason?: ColumnChangeReason, key?: string): void;
  /** Says something through the grid's polite live region. */
  announce(message: string): void;
  /** The header cell of a shown column, by key (for measuring its width). */
  headerCell(key: string): HTMLElement | null;
  /** The header and the rendered body cells of a shown column, by key (for fitting it to its content). */
  columnCells(key: string): HTMLElement[];
}

/**
 * The grid's column tools: resizing a column by pointer (drag the edge of its header; double-click the edge fits
 * the column to its content) and by keyboard (Alt+ArrowLeft / Alt+ArrowRight on a focused header, Shift for bigger
 * steps; each width announced), the column chooser (a disclosure of checkboxes: show / hide each column, at least one
 * stays shown, Reset columns; Escape closes it and gives the focus back to its button), and the session storage of
 * the state under the grid's `state-key`.
 */
export class ColumnTools<T> implements ReactiveController {
  /** Whether the column chooser is open. */
  chooserOpen = false;

  private drag?: {
    key: string;
    pointerId: number;
    startX: number;
    startWidth: number;
    width: number;
    rtl: boolean;
  };
  private focusFirstOption = false;
  private focusButton = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ColumnToolsOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('pointerdown', this.handleDocumentPointerDown, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this.handleDocumentPointerDown, true);
    this.drag = undefined;
    this.chooserOpen = false;
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot;
    if (this.focusFirstOption) {
      this.focusFirstOption = false;
      root?.querySelector<HTMLElement>('.column-menu input:not(:disabled), .column-menu button')?.focus();
    }
    if (this.focusButton) {
      this.focusButton = false;
      root?.querySelector<HTMLElement>('.column-chooser > button')?.focus();
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Session storage

  /** The state stored for the session under `stateKey`, or undefined (none, storage unavailable, or unreadable). */
  readStored(stateKey: string): ColumnState | undefined {
    if (!stateKey) return undefined;
    let raw: string | null;
    try {
      raw = sessionStorage.getItem(COLUMN_STATE_STORAGE_PREFIX + stateKey);
    } catch {
      return undefined;
    }
    if (raw === null) return undefined;
    try {
      return parseColumnState(JSON.parse(raw), `sessionStorage "${COLUMN_STATE_STORAGE_PREFIX}${stateKey}"`);
    } catch (error) {
      console.warn('<ca-data-grid>: ignoring the stored column state.', error);
      return undefined;
    }
  }

  /** Keeps `state` for the session under `stateKey` (removed when it is the default). Nothing without a key. */
  store(stateKey: string, state: ColumnState): void {
    if (!stateKey) return;
    const key = COLUMN_STATE_STORAGE_PREFIX + stateKey;
    try {
      if (isDefaultState(state)) sessionStorage.removeItem(key);
      else sessionStorage.setItem(key, JSON.stringify(state));
    } catch {
      // Storage full or refused (private mode, sandboxed frame): the state lives as long as the element.
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Resize

  /** The width a column has on screen now, px (its resized width, else measured). */
  widthOf(key: string): number {
    const set = this.options.state().widths?.[key];
    if (set !== undefined) return set;
    const cell = this.options.headerCell(key);
    return clampWidth(cell ? cell.getBoundingClientRect().width : 0);
  }

  /** Alt+ArrowLeft / Alt+ArrowRight on a header: narrows or widens the column by a step (Shift: a bigger one). */
  resizeByKey(column: GridColumn<T>, event: KeyboardEvent): boolean {
    if (!event.altKey || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return false;
    const rtl = getComputedStyle(this.host).direction === 'rtl';
    const wider = (event.key === 'ArrowRight') !== rtl;
    const step = event.shiftKey ? LARGE_RESIZE_STEP_PX : RESIZE_STEP_PX;
    const width = clampWidth(this.widthOf(column.key) + (wider ? step : -step));
    this.options.apply(withWidth(this.options.state(), column.key, width), 'resize', column.key);
    this.announceWidth(column, width);
    return true;
  }

  private announceWidth(column: GridColumn<T>, width: number): void {
    this.options.announce(this.options.l10n.t('grid.columnWidth', { column: column.header, width }));
  }

  private handleResizePointerDown(event: PointerEvent, column: GridColumn<T>): void {
    if (event.button !== 0) return;
    event.preventDefault();
    event.stopPropagation();
    const handle = event.currentTarget as HTMLElement;
    handle.setPointerCapture(event.pointerId);
    const startWidth = this.widthOf(column.key);
    this.drag = {
      key: column.key,
      pointerId: event.pointerId,
      startX: event.clientX,
      startWidth,
      width: startWidth,
      rtl: getComputedStyle(this.host).direction === 'rtl',
    };
  }

  private handleResizePointerMove(event: PointerEvent): void {
    const drag = this.drag;
    if (!drag || drag.pointerId !== event.pointerId) return;
    const delta = (event.clientX - drag.startX) * (drag.rtl ? -1 : 1);
    const width = clampWidth(drag.startWidth + delta);
    if (width === drag.width) return;
    drag.width = width;
    this.options.apply(withWidth(this.options.state(), drag.key, width));
  }

  private handleResizePointerUp(event: PointerEvent, column: GridColumn<T>): void {
    const drag = this.drag;
    if (!drag || drag.pointerId !== event.pointerId) return;
    this.drag = undefined;
    if (drag.width === drag.startWidth) return;
    this.options.apply(withWidth(this.options.state(), drag.key, drag.width), 'resize', drag.key);
    this.announceWidth(column, drag.width);
  }

  /**
   * The width that shows the whole text of the header and of the rows rendered now (the rows in view and a few
   * around them — the grid never lays out the others), px; undefined when nothing can be measured.
   */
  fittedWidth(key: string): number | undefined {
    const cells = this.options.columnCells(key);
    const root = this.host.shadowRoot;
    if (cells.length === 0 || !root) return undefined;
    // Copies of the cells in one max-content column, out of sight: the grid's own rules lay them out, so the width
    // is what the cells need (padding, sort indicator, badges) — measured once, on the user's double-click.
    const measure = document.createElement('div');
    measure.setAttribute('aria-hidden', 'true');
    Object.assign(measure.style, {
      position: 'absolute',
      visibility: 'hidden',
      insetInlineStart: '0',
      insetBlockStart: '0',
      display: 'grid',
      gridTemplateColumns: 'max-content',
      contain: 'layout style',
    });
    for (const cell of cells) {
      const copy = cell.cloneNode(true) as HTMLElement;
      copy.removeAttribute('id');
      Object.assign(copy.style, { position: 'static', maxInlineSize: 'none' });
      measure.append(copy);
    }
    root.append(measure);
    const width = measure.getBoundingClientRect().width;
    measure.remove();
    return clampWidth(Math.ceil(width) + 1);
  }

  /** Double-click on the edge: the column fits its content (see {@link fittedWidth}). */
  private handleResizeDoubleClick(event: MouseEvent, column: GridColumn<T>): void {
    event.preventDefault();
    event.stopPropagation();
    const width = this.fittedWidth(column.key);
    if (width === undefined) return;
    this.options.apply(withWidth(this.options.state(), column.key, width), 'resize', column.key);
    this.announceWidth(column, width);
  }

  /** The drag handle at the end edge of a header cell (hidden from assistive technology: the keys do the same). */
  renderResizeHandle(column: GridColumn<T>): TemplateResult {
    return html`<span
      class="resize-handle"
      part="resize-handle"
      aria-hidden="true"
      @pointerdown=${(e: PointerEvent) => this.handleResizePointerDown(e, column)}
      @pointermove=${(e: PointerEvent) => this.handleResizePointerMove(e)}
      @pointerup=${(e: PointerEvent) => this.handleResizePointerUp(e, column)}
      @pointercancel=${(e: PointerEvent) => this.handleResizePointerUp(e, column)}
      @click=${(e: Event) => e.stopPropagation()}
      @dblclick=${(e: MouseEvent) => this.handleResizeDoubleClick(e, column)}
    ></span>`;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Column chooser

  /** Opens or closes the column chooser. */
  toggleChooser(): void {
    if (this.chooserOpen) this.closeChooser(true);
    else {
      this.chooserOpen = true;
      this.focusFirstOption = true;
      this.host.requestUpdate();
    }
  }

  /** Closes the column chooser; with `returnFocus`, its button gets the focus back. */
  closeChooser(returnFocus: boolean): void {
    if (!this.chooserOpen) return;
    this.chooserOpen = false;
    this.focusButton = returnFocus;
    this.host.requestUpdate();
  }

  private readonly handleDocumentPointerDown = (event: PointerEvent): void => {
    if (!this.chooserOpen) return;
    const chooser = this.host.shadowRoot?.querySelector('.column-chooser');
    if (chooser && !event.composedPath().includes(chooser)) this.closeChooser(false);
  };

  private readonly handleChooserKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.chooserOpen) {
      event.preventDefault();
      event.stopPropagation();
      this.closeChooser(true);
    }
  };

  private readonly handleChooserFocusOut = (event: FocusEvent): void => {
    const chooser = event.currentTarget as HTMLElement;
    const next = event.relatedTarget as Node | null;
    // Focus left the chooser (Tab past its last option, or elsewhere): close it, leaving the focus where it went.
    if (this.chooserOpen && next && !chooser.contains(next)) this.closeChooser(false);
  };

  private handleToggleColumn(event: Event, column: GridColumn<T>): void {
    const input = event.target as HTMLInputElement;
    const keys = this.options.columns().map((c) => c.key);
    const next = withVisibility(this.options.state(), keys, column.key, input.checked);
    // The last shown column cannot be hidden (its box is disabled, so this only guards a scripted change).
    input.checked = !isHidden(next, column.key);
    if (next !== this.options.state()) this.options.apply(next, 'visibility', column.key);
  }

  private readonly handleReset = (): void => {
    const state = this.options.state();
    if (!isDefaultState(state)) this.options.apply({}, 'reset');
    this.options.announce(this.options.l10n.t('grid.columnsWereReset'));
  };

  /** The toolbar's "Columns" button and, when open, its menu of checkboxes and "Reset columns". */
  renderChooser(): TemplateResult {
    const { l10n } = this.options;
    const columns = this.options.columns();
    const state = this.options.state();
    const keys = columns.map((c) => c.key);
    return html`<div
      class="column-chooser"
      @keydown=${this.handleChooserKeyDown}
      @focusout=${this.handleChooserFocusOut}
    >
      <button
        part="column-chooser-button"
        class="action"
        type="button"
        aria-expanded=${this.chooserOpen ? 'true' : 'false'}
        aria-controls="column-menu"
        @click=${() => this.toggleChooser()}
      >
        ${l10n.t('grid.columns')}
      </button>
      ${
        this.chooserOpen
          ? html`<div id="column-menu" part="column-chooser" class="column-menu">
              <fieldset>
                <legend>${l10n.t('grid.showColumns')}</legend>
                ${columns.map((column) => {
                  const shown = !isHidden(state, column.key);
                  const locked = shown && !canHide(state, keys, column.key);
                  return html`<label class="option">
                    <input
                      type="checkbox"
                      .checked=${shown}
                      ?disabled=${locked}
                      aria-describedby=${locked ? 'column-locked' : nothing}
                      @change=${(e: Event) => this.handleToggleColumn(e, column)}
                    />
                    <span>${column.header}</span>
                  </label>`;
                })}
              </fieldset>
              <p id="column-locked" class="hint">${l10n.t('grid.oneColumnStays')}</p>
              <button class="action" type="button" @click=${this.handleReset}>
                ${l10n.t('grid.resetColumns')}
              </button>
            </div>`
          : nothing
      }
    </div>`;
  }
}
