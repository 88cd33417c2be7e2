/**
 * The print report carries the outlook and the figures behind it for every entitlement: on screen the figures sit
 * one key away in a closed disclosure; printed, they are shown.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { ExpiryBadgeElement } from '../../src/components/expiry-badge/expiry-badge.js';
import { MeterElement } from '../../src/components/meter/meter.js';
import { PackageConsumptionElement } from '../../src/components/package-consumption/package-consumption.js';
import { StatePanelElement } from '../../src/components/state-panel/state-panel.js';
import { createMemoryAdapter } from '../../src/data/memory-adapter.js';
import { defineOnce } from '../helpers/define.js';
import { has, overrideMedia, skipUnless } from '../helpers/engine.js';
import { makeDataset } from '../helpers/fixtures.js';
import { wrapper } from '../helpers/wrapper.js';

defineOnce('ca-state-panel', StatePanelElement);
defineOnce('ca-meter', MeterElement);
defineOnce('ca-expiry-badge', ExpiryBadgeElement);
defineOnce('package-consumption', PackageConsumptionElement);

async function render(): Promise<PackageConsumptionElement> {
  const adapter = createMemoryAdapter(makeDataset(), { viewerId: 'u-admin' });
  const el = await fixture<PackageConsumptionElement>(
    html`<package-consumption
      .adapter=${adapter}
      .workspaceIds=${['ws-a', 'ws-b']}
      contract-id="ct-1"
      status="all"
    ></package-consumption>`,
    { parentNode: wrapper({ lang: 'en', style: 'width: 960px' }) },
  );
  await waitUntil(
    () => el.shadowRoot!.querySelectorAll('[part="outlook"]').length > 0,
    'no outlook was rendered',
  );
  return el;
}

/** The figures of every outlook, and whether each is shown. */
function figures(el: PackageConsumptionElement): { text: string; shown: boolean }[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="outlook"] .outlook-figures')].map((dl) => ({
    text: dl.textContent.replace(/\s+/g, ' ').trim(),
    shown: dl.checkVisibility() && dl.getBoundingClientRect().height > 0,
  }));
}

/** What the print report must show, given a way to switch print media on and off. */
async function checkPrint(
  el: PackageConsumptionElement,
  print: () => Promise<void>,
  screen: () => Promise<void>,
) {
  const onScreen = figures(el);
  expect(onScreen.length).to.be.greaterThan(0);
  expect(onScreen.every((f) => !f.shown)).to.equal(true);

  await print();
  const printed = figures(el);
  expect(printed.map((f) => f.shown)).to.deep.equal(printed.map(() => true));
  // pk-add-1 (2026-01-01 to 2026-04-30): 73 of 119 days elapsed, 8 of 40 hours used.
  expect(printed[0].text).to.contain('Term elapsed 61%');
  expect(printed[0].text).to.contain('Consumed so far (all workspaces) 8 hours');
  expect(printed[0].text).to.contain('Expected by now at an even pace');
  // The disclosure stays closed: printing opens nothing on screen.
  await screen();
  expect(figures(el).every((f) => !f.shown)).to.equal(true);
}

describe('outlook figures in print', () => {
  afterEach(async () => {
    if (await has('emulateMedia')) await emulateMedia({ media: 'screen' });
  });

  it('are one key away on screen, and printed with the outlook', async function () {
    await skipUnless(this, 'emulateMedia', 'print media is emulated through CDP; the next test covers it');
    const el = await render();
    await checkPrint(
      el,
      () => emulateMedia({ media: 'print' }),
      () => emulateMedia({ media: 'screen' }),
    );
  });

  it("are printed with the outlook, in any engine (the elements' own print rules switched on)", async () => {
    const el = await render();
    let undo = (): void => undefined;
    await checkPrint(
      el,
      () => {
        undo = overrideMedia(el, { on: ['print'], off: ['screen'] });
        return el.updateComplete.then(() => undefined);
      },
      () => {
        undo();
        return el.updateComplete.then(() => undefined);
      },
    );
  });
});
