/**
 * The user's layout of a grid's columns — widths set by resizing and columns hidden with the column chooser — as
 * pure functions, so the rules can be tested without a browser. A column is named by its `key`. What is not in the
 * state keeps the column's own definition (its width, shown).
 *
 * Rules:
 * - a width is a whole number of CSS pixels, at least {@link MIN_COLUMN_WIDTH_PX} and at most
 *   {@link MAX_COLUMN_WIDTH_PX} (wider or narrower values are clamped, non-numbers are an error);
 * - at least one column stays visible: hiding the last visible column does nothing, and a state that hides every
 *   column shows them all;
 * - keys that name no column are kept (a column may come back when the host changes its columns) but have no
 *   effect.
 */

/** Widths and visibility of a grid's columns, by column key. */
export interface ColumnState {
  /** Widths in CSS pixels, by column key (only the columns the user resized). */
  widths?: Readonly<Record<string, number>>;
  /** The keys of the hidden columns. */
  hidden?: readonly string[];
}

/** The narrowest a column can be resized to, px. */
export const MIN_COLUMN_WIDTH_PX = 48;

/** The widest a column can be resized to, px. */
export const MAX_COLUMN_WIDTH_PX = 2000;

/** One keyboard resize step, px (Shift: {@link LARGE_RESIZE_STEP_PX}). */
export const RESIZE_STEP_PX = 10;

/** One keyboard resize step with Shift held, px. */
export const LARGE_RESIZE_STEP_PX = 50;

/** A width rounded to whole pixels and clamped to the allowed range. */
export function clampWidth(width: number): number {
  if (!Number.isFinite(width)) return MIN_COLUMN_WIDTH_PX;
  return Math.min(MAX_COLUMN_WIDTH_PX, Math.max(MIN_COLUMN_WIDTH_PX, Math.round(width)));
}

/** The state with `key`'s width set (clamped). */
export function withWidth(state: ColumnState, key: string, width: number): ColumnState {
  return { ...state, widths: { ...state.widths, [key]: clampWidth(width) } };
}

/** The state with `key`'s width back to the column's own. */
export function withoutWidth(state: ColumnState, key: string): ColumnState {
  if (!state.widths || !(key in state.widths)) return state;
  const widths = { ...state.widths };
  delete widths[key];
  return { ...state, widths };
}

/** Whether `key` is hidden in the state. */
export function isHidden(state: ColumnState, key: string): boolean {
  return state.hidden?.includes(key) ?? false;
}

/**
 * The state with `key` shown or hidden. Hiding is refused (the state comes back unchanged) when `key` is the last
 * visible one of `keys` (the grid's columns, in order).
 */
export function withVisibility(
  state: ColumnState,
  keys: readonly string[],
  key: string,
  visible: boolean,
): ColumnState {
  const hidden = new Set(state.hidden);
  if (visible) {
    if (!hidden.delete(key)) return state;
  } else {
    if (hidden.has(key)) return state;
    const remaining = keys.filter((k) => k !== key && !hidden.has(k));
    if (keys.includes(key) && remaining.length === 0) return state;
    hidden.add(key);
  }
  return { ...state, hidden: [...hidden] };
}

/** The columns shown, in order: those not hidden; all of them when the state would hide every one. */
export function visibleColumns<C extends { key: string }>(columns: readonly C[], state: ColumnState): C[] {
  if (!state.hidden || state.hidden.length === 0) return [...columns];
  const hidden = new Set(state.hidden);
  const shown = columns.filter((c) => !hidden.has(c.key));
  return shown.length > 0 ? shown : [...columns];
}

/** Whether `key` may be hidden: it is shown and another of `keys` is shown too. */
export function canHide(state: ColumnState, keys: readonly string[], key: string): boolean {
  const hidden = new Set(state.hidden);
  return !hidden.has(key) && keys.some((k) => k !== key && !hidden.has(k));
}

/** Whether the state changes nothing (no width, nothing hidden). */
export function isDefaultState(state: ColumnState): boolean {
  return Object.keys(state.widths ?? {}).length === 0 && (state.hidden?.length ?? 0) === 0;
}

/**
 * Checks a column state that came from outside (a host's `columnState`, a stored session value) and returns it
 * in canonical form (widths clamped, hidden keys once each). Throws a `TypeError` naming `where` and the field
 * when the shape is wrong.
 */
export function parseColumnState(input: unknown, where: string): ColumnState {
  if (input === null || input === undefined) return {};
  if (typeof input !== 'object' || Array.isArray(input)) {
    throw new TypeError(
      `${where}: a column state must be an object { widths?, hidden? }, got ${describe(input)}.`,
    );
  }
  const { widths, hidden } = input as { widths?: unknown; hidden?: unknown };
  const out: { widths?: Record<string, number>; hidden?: string[] } = {};
  if (widths !== undefined) {
    if (widths === null || typeof widths !== 'object' || Array.isArray(widths)) {
      throw new TypeError(
        `${where}: "widths" must be an object of pixel widths by column key, got ${describe(widths)}.`,
      );
    }
    out.widths = {};
    for (const [key, width] of Object.entries(widths as Record<string, unknown>)) {
      if (typeof width !== 'number' || !Number.isFinite(width)) {
        throw new TypeError(
          `${where}: "widths.${key}" must be a finite number of pixels, got ${describe(width)}.`,
        );
      }
      out.widths[key] = clampWidth(width);
    }
  }
  if (hidden !== undefined) {
    if (!Array.isArray(hidden)) {
      throw new TypeError(`${where}: "hidden" must be an array of column keys, got ${describe(hidden)}.`);
    }
    const keys = new Set<string>();
    hidden.forEach((key: unknown, i) => {
      if (typeof key !== 'string') {
        throw new TypeError(
          `${where}: "hidden[${i}]" must be a column key (a string), got ${describe(key)}.`,
        );
      }
      keys.add(key);
    });
    out.hidden = [...keys];
  }
  return out;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.slice(0, 40))}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${value}`;
  return typeof value === 'object' ? 'an object' : typeof value;
}
