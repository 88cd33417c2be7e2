import type { CustomerActivityAdapter } from '../../data/adapter.js';
import { throwIfAborted } from '../../data/errors.js';
import { consumptionTimeline, type TimelinePoint, type TimelineRange } from '../../domain/timeline.js';

/** Rows asked for per `queryConsumption` call when the timeline is folded from the history. */
export const TIMELINE_CHUNK_SIZE = 5000;

/** The most history rows folded into a chart; beyond it the chart is unavailable (the grid still has them all). */
export const TIMELINE_ROW_CAP = 200_000;

/** What to load the timeline of. */
export interface TimelineQuery {
  entitlementId: string;
  /** The selected workspaces: `consumed` and `cumulative` count these. */
  workspaceIds: string[];
  /**
   * The workspaces the history fallback folds into `consumedTotal` and `cumulativeTotal`: every workspace the viewer
   * may select (`Session.workspaces`). The selected ones are added when missing. Default: `workspaceIds`. Unused when
   * the adapter has `getConsumptionTimeline`, whose totals count every workspace.
   */
  totalWorkspaceIds?: string[];
  /** The months to cover (`packageTimelineRange` of the entitlement's package). */
  range: TimelineRange;
}

/** Options of {@link loadTimeline}. */
export interface LoadTimelineOptions {
  signal?: AbortSignal;
  /** Rows per `queryConsumption` call (default {@link TIMELINE_CHUNK_SIZE}). */
  chunkSize?: number;
  /** The most rows folded (default {@link TIMELINE_ROW_CAP}). */
  cap?: number;
}

/** A timeline, and where it came from. */
export interface TimelineLoaded {
  status: 'complete';
  points: TimelinePoint[];
  /**
   * `adapter`: from `getConsumptionTimeline`, every record counted. `history`: folded from the rows of
   * `queryConsumption`, so only the rows the viewer may see; `hiddenByPermissions` says how many were left out.
   */
  source: 'adapter' | 'history';
  /** Rows of the selected workspaces the viewer may not see and that the timeline therefore leaves out. */
  hiddenByPermissions: number;
  /**
   * How far `consumedTotal` / `cumulativeTotal` reach. `complete` (source `adapter`): every record of every
   * workspace, so the last `cumulativeTotal` is the balance's `consumedTotal`. `partial` (source `history`): only
   * the rows the viewer may see in `totalWorkspaceIds` — `queryConsumption` answers nothing else, so rows of a
   * workspace the viewer may not select, and hidden rows (`totalsHiddenByPermissions`), are left out; the
   * balance's `consumedTotal` remains the contract's figure.
   */
  totals: 'complete' | 'partial';
  /** Rows of the total workspaces the viewer may not see, left out of the totals (0 for source `adapter`). */
  totalsHiddenByPermissions: number;
}

/** The history is longer than the cap: no timeline. */
export interface TimelineTooLong {
  status: 'too-long';
  /** Rows in the history. */
  rowCount: number;
  cap: number;
}

export type TimelineResult = TimelineLoaded | TimelineTooLong;

/**
 * The monthly consumption timeline of an entitlement. Uses the adapter's optional `getConsumptionTimeline` when it
 * has one; otherwise pages through `queryConsumption` over `totalWorkspaceIds` (date ascending, `chunkSize` rows at
 * a time, honouring the signal between and during calls), sums the quantities per month as the rows arrive — apart
 * for the selected workspaces and the others, so memory stays two numbers per month — and folds them with
 * `consumptionTimeline`. When the total workspaces are more than the selected ones, one more one-row query of the
 * selected workspaces tells how many of their rows are hidden. A history longer than `cap` rows (over the total
 * workspaces) is not read past its first page: the result says it is too long. Rejects with the adapter's error, or
 * an `AbortError` when aborted.
 */
export async function loadTimeline(
  adapter: CustomerActivityAdapter,
  query: TimelineQuery,
  options: LoadTimelineOptions = {},
): Promise<TimelineResult> {
  const { signal } = options;
  const { entitlementId, workspaceIds, range } = query;
  throwIfAborted(signal);
  if (typeof adapter.getConsumptionTimeline === 'function') {
    const points = await adapter.getConsumptionTimeline({ entitlementId, workspaceIds }, { signal });
    throwIfAborted(signal);
    return {
      status: 'complete',
      points,
      source: 'adapter',
      hiddenByPermissions: 0,
      totals: 'complete',
      totalsHiddenByPermissions: 0,
    };
  }

  const selected = new Set(workspaceIds);
  const totalIds = [...workspaceIds];
  for (const id of query.totalWorkspaceIds ?? [])
    if (!selected.has(id) && !totalIds.includes(id)) totalIds.push(id);
  const chunkSize = Math.max(1, Math.floor(options.chunkSize ?? TIMELINE_CHUNK_SIZE));
  const cap = Math.max(0, Math.floor(options.cap ?? TIMELINE_ROW_CAP));
  /** Per month `YYYY-MM`: [quantity in the selected workspaces, quantity in the others]. */
  const perMonth = new Map<string, [number, number]>();
  let offset = 0;
  let total = Number.POSITIVE_INFINITY;
  let totalsHidden = 0;
  while (offset < total) {
    const page = await adapter.queryConsumption(
      {
        entitlementId,
        workspaceIds: totalIds,
        offset,
        limit: chunkSize,
        sort: [{ key: 'date', direction: 'asc' }],
      },
      { signal },
    );
    throwIfAborted(signal);
    if (total === Number.POSITIVE_INFINITY) {
      total = page.total;
      totalsHidden = page.hiddenByPermissions;
      if (total > cap) return { status: 'too-long', rowCount: total, cap };
    }
    if (page.rows.length === 0) break;
    for (const row of page.rows) {
      const month = row.date.slice(0, 7);
      let sums = perMonth.get(month);
      if (sums === undefined) perMonth.set(month, (sums = [0, 0]));
      sums[selected.has(row.workspaceId) ? 0 : 1] += row.quantity;
    }
    offset += page.rows.length;
  }
  let hidden = totalsHidden;
  if (totalIds.length > workspaceIds.length) {
    const probe = await adapter.queryConsumption(
      { entitlementId, workspaceIds, offset: 0, limit: 1 },
      { signal },
    );
    throwIfAborted(signal);
    hidden = probe.hiddenByPermissions;
  }
  const monthly: { date: string; quantity: number; selected: boolean }[] = [];
  for (const [month, [inSelection, others]] of perMonth) {
    monthly.push({ date: `${month}-01`, quantity: inSelection, selected: true });
    if (others !== 0) monthly.push({ date: `${month}-01`, quantity: others, selected: false });
  }
  return {
    status: 'complete',
    points: consumptionTimeline(monthly, range.from, range.to, (m) => m.selected),
    source: 'history',
    hiddenByPermissions: hidden,
    totals: 'partial',
    totalsHiddenByPermissions: totalsHidden,
  };
}
