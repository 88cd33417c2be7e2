/**
 * Timing helpers shared by the bench pages. Everything is measured with `performance.now()` in the page, so the
 * figures do not include the driver's round trips.
 */

/** Resolves at the next animation frame with its timestamp. */
export function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

/** A task queued with no delay (a MessageChannel message: not clamped like nested timers). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Resolves once the next frame has been produced: an animation frame, then a task after it, which runs after that
 * frame's style, layout and paint. Resolves with `performance.now()` at that point.
 */
export async function afterPaint(): Promise<number> {
  await nextFrame();
  await nextTask();
  return performance.now();
}

/**
 * Resolves as soon as `check()` holds: checked now, after every DOM mutation under `roots` (a MutationObserver
 * answers in the microtask after the change, so no frame is waited for) and at every frame. Resolves with
 * `performance.now()` at the moment the check first held; rejects after `timeoutMs`.
 */
export function waitFor(
  check: () => boolean,
  roots: Node[],
  timeoutMs = 60_000,
  what = 'a condition',
): Promise<number> {
  return new Promise((resolve, reject) => {
    if (check()) {
      resolve(performance.now());
      return;
    }
    let done = false;
    let frame = 0;
    const finish = (ok: boolean): void => {
      if (done) return;
      done = true;
      observer.disconnect();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      if (ok) resolve(performance.now());
      else reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    };
    const observer = new MutationObserver(() => {
      if (check()) finish(true);
    });
    for (const root of roots) {
      observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
    }
    const poll = (): void => {
      if (check()) finish(true);
      else frame = requestAnimationFrame(poll);
    };
    frame = requestAnimationFrame(poll);
    const timer = setTimeout(() => finish(check()), timeoutMs);
  });
}

/** Long tasks (≥ 50 ms, the browser's own definition) seen between `start()` and `stop()`. */
export class LongTasks {
  private observer?: PerformanceObserver;
  private entries: PerformanceEntry[] = [];
  private from = 0;

  start(): void {
    this.entries = [];
    this.from = performance.now();
    this.observer = new PerformanceObserver((list) => this.entries.push(...list.getEntries()));
    this.observer.observe({ type: 'longtask' });
  }

  /** Stops observing (after a frame, so the last task's entry is delivered) and summarizes. */
  async stop(): Promise<{ longestMs: number; count: number; totalMs: number }> {
    await afterPaint();
    const observer = this.observer;
    if (observer) {
      this.entries.push(...observer.takeRecords());
      observer.disconnect();
    }
    const mine = this.entries.filter((e) => e.startTime + e.duration >= this.from);
    return {
      longestMs: round(Math.max(0, ...mine.map((e) => e.duration))),
      count: mine.length,
      totalMs: round(mine.reduce((sum, e) => sum + e.duration, 0)),
    };
  }
}

/** Every element in a tree, through open shadow roots (the element itself included). */
export function countElements(root: Element): number {
  let count = 1;
  const shadow = root.shadowRoot;
  if (shadow) for (const child of shadow.children) count += countElements(child);
  for (const child of root.children) count += countElements(child);
  return count;
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

/** A small deterministic PRNG (mulberry32), so both grids scroll to the same places. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
