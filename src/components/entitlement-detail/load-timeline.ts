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
  workspaceIds: string[];
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
 * has one; otherwise pages through `queryConsumption` (date ascending, `chunkSize` rows at a time, honouring the
 * signal between and during calls), sums the quantities per month as the rows arrive (memory stays one number per
 * month) and folds them with `consumptionTimeline`. A history longer than `cap` rows is not read past its first
 * page: the result says it is too long. Rejects with the adapter's error, or an `AbortError` when aborted.
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
    return { status: 'complete', points, source: 'adapter', hiddenByPermissions: 0 };
  }

  const chunkSize = Math.max(1, Math.floor(options.chunkSize ?? TIMELINE_CHUNK_SIZE));
  const cap = Math.max(0, Math.floor(options.cap ?? TIMELINE_ROW_CAP));
  const perMonth = new Map<string, number>();
  let offset = 0;
  let total = Number.POSITIVE_INFINITY;
  let hidden = 0;
  while (offset < total) {
    const page = await adapter.queryConsumption(
      {
        entitlementId,
        workspaceIds,
        offset,
        limit: chunkSize,
        sort: [{ key: 'date', direction: 'asc' }],
      },
      { signal },
    );
    throwIfAborted(signal);
    if (total === Number.POSITIVE_INFINITY) {
      total = page.total;
      hidden = page.hiddenByPermissions;
      if (total > cap) return { status: 'too-long', rowCount: total, cap };
    }
    if (page.rows.length === 0) break;
    for (const row of page.rows) {
      const month = row.date.slice(0, 7);
      perMonth.set(month, (perMonth.get(month) ?? 0) + row.quantity);
    }
    offset += page.rows.length;
  }
  const monthly = Array.from(perMonth, ([month, quantity]) => ({ date: `${month}-01`, quantity }));
  return {
    status: 'complete',
    points: consumptionTimeline(monthly, range.from, range.to),
    source: 'history',
    hiddenByPermissions: hidden,
  };
}
