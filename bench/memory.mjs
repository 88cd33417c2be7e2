// The memory bench: the JS heap and DOM counters after mounting and unmounting <customer-activity> ten times over
// the memory adapter (default demo dataset), in the headless system Chromium (bench/pages/memory.ts). Garbage is
// collected through the DevTools protocol (HeapProfiler.collectGarbage, twice) before each reading of
// Runtime.getHeapUsage and Memory.getDOMCounters. The first cycles load code and fill caches (chart.js, Lit's
// template cache, Intl formatters, the adapter's indexes, compiled code), so the leak check is twofold: after
// ten more cycles no instance of any element class of the library may still be alive (Runtime.queryObjects), and
// the heap may grow by no more than LEAK_LIMIT_KB a cycle over those ten.
//
// Alone: `node bench/memory.mjs` (builds the pages first).
import { buildPages, openPage, round, withBrowser } from './common.mjs';

const CYCLES = 10;
/** Growth per cycle (after the first) above which the bench reports a probable leak. */
export const LEAK_LIMIT_KB = 50;

/** How many instances of each element class are still alive (Runtime.queryObjects collects garbage first). */
async function liveInstances(cdp, tags) {
  const out = {};
  for (const tag of tags) {
    const { result: proto } = await cdp.send('Runtime.evaluate', {
      expression: `customElements.get(${JSON.stringify(tag)}).prototype`,
    });
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId,
      functionDeclaration: 'function () { return this.length; }',
      returnByValue: true,
    });
    out[tag] = result.value;
  }
  return out;
}

export async function runMemoryBench({ browser, url, log = console.log }) {
  const { page, errors, close } = await openPage(browser, `${url}/memory.html`, 'memoryBench');
  try {
    const { registered, registeredBy } = await page.evaluate(() => window.memoryBench.setup());
    if (!registered) {
      log('  <customer-activity> could not be registered: not measured');
      return { measured: false, reason: '<customer-activity> could not be registered' };
    }
    const cdp = await page.context().newCDPSession(page);
    const read = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const dom = await cdp.send('Memory.getDOMCounters');
      return { heapKB: round(usedSize / 1024), nodes: dom.nodes, listeners: dom.jsEventListeners };
    };
    const before = await read();
    const cycle = () => page.evaluate(() => window.memoryBench.cycle());
    const cycles = [await cycle()];
    const afterFirst = await read();
    for (let i = 1; i < CYCLES; i++) cycles.push(await cycle());
    const after = await read();
    // Another ten cycles: the growth of the first ten is mostly warm-up (compiled code, inline caches, type
    // feedback) and shrinks cycle after cycle; a leak keeps growing.
    for (let i = 0; i < CYCLES; i++) cycles.push(await cycle());
    const afterMore = await read();
    const growthPerCycleKB = round((afterMore.heapKB - after.heapKB) / CYCLES);
    const live = await liveInstances(cdp, await page.evaluate(() => window.memoryBench.tags()));
    const liveTotal = Object.values(live).reduce((a, b) => a + b, 0);
    const result = {
      measured: true,
      // 'page' until src/define.ts registers <customer-activity>: the bench page registers the class itself.
      registeredBy,
      cycles: CYCLES,
      allSettled: cycles.every((c) => c.settled),
      elementsWhenMounted: cycles.at(-1).elements,
      settleMs: round(cycles.map((c) => c.ms).sort((a, b) => a - b)[cycles.length >> 1]),
      before,
      afterFirst,
      after,
      afterMore,
      deltaKB: round(after.heapKB - before.heapKB),
      growthPerCycleKB,
      nodesLeft: after.nodes - afterFirst.nodes,
      liveInstances: live,
      leak: liveTotal > 0 || growthPerCycleKB > LEAK_LIMIT_KB,
      pageErrors: errors,
    };
    log(
      `  heap ${before.heapKB} KB → ${afterFirst.heapKB} KB after 1 cycle → ${after.heapKB} KB after ${CYCLES}` +
        ` → ${afterMore.heapKB} KB after ${2 * CYCLES} (${growthPerCycleKB} KB a cycle); ` +
        `elements of the library still alive: ${liveTotal}; DOM nodes ${before.nodes} → ${after.nodes}`,
    );
    return result;
  } catch (error) {
    const message = String(error?.message ?? error).split('\n')[0];
    log(`  error: ${message}`);
    return { measured: false, reason: `error: ${message}`, pageErrors: errors };
  } finally {
    await close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildPages();
  const result = await withBrowser(({ browser, url }) => runMemoryBench({ browser, url }));
  console.log(JSON.stringify(result, null, 2));
}
