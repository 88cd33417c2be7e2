import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MeterElement } from '../../src/components/meter/meter.js';
import { defineOnce } from '../helpers/define.js';
import { wrapper } from '../helpers/wrapper.js';

defineOnce('ca-meter', MeterElement);

/** Renders a `<ca-meter>` template, inside a wrapper `<div>` with the given `lang` and `style`. */
async function meter(
  template: ReturnType<typeof html>,
  around: { lang?: string; style?: string } = {},
): Promise<MeterElement> {
  return fixture<MeterElement>(template, { parentNode: wrapper(around) });
}

function role(el: MeterElement): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>('[role="meter"]');
}

function part(el: MeterElement, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

function visibleText(el: MeterElement): string {
  return (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Width of `node` as a share (0–1) of the track's width. */
function share(el: MeterElement, node: HTMLElement): number {
  return node.getBoundingClientRect().width / part(el, 'track')!.getBoundingClientRect().width;
}

/** Left edge of `node` as a share (0–1) of the track's width. */
function offset(el: MeterElement, node: HTMLElement): number {
  const track = part(el, 'track')!.getBoundingClientRect();
  const box = node.getBoundingClientRect();
  return (box.left + box.width / 2 - track.left) / track.width;
}

describe('<ca-meter>', () => {
  it('is a meter named by its label, with value, range and a value text', async () => {
    const el = await meter(
      html`<ca-meter
        style="width: 300px"
        label="Reactive support hours"
        value="62"
        max="100"
        threshold="ok"
      ></ca-meter>`,
    );
    const m = role(el)!;
    expect(m.getAttribute('aria-label')).to.equal('Reactive support hours');
    expect(m.getAttribute('aria-valuemin')).to.equal('0');
    expect(m.getAttribute('aria-valuemax')).to.equal('100');
    expect(m.getAttribute('aria-valuenow')).to.equal('62');
    expect(m.getAttribute('aria-valuetext')).to.equal('62% used — within limit');
    expect(share(el, part(el, 'fill')!)).to.be.closeTo(0.62, 0.01);
    await expect(el).to.be.accessible();
  });

  it('has a default accessible name', async () => {
    const el = await meter(html`<ca-meter value="1" max="4"></ca-meter>`);
    expect(role(el)!.getAttribute('aria-label')).to.equal('Utilisation');
    await expect(el).to.be.accessible();
  });

  const thresholds: [string, number, string, string][] = [
    ['ok', 40, 'within limit', '--ca-color-ok'],
    ['warning', 85, 'warning', '--ca-color-warning'],
    ['critical', 96, 'critical', '--ca-color-critical'],
    ['over', 130, 'over limit', '--ca-color-over'],
  ];
  for (const [threshold, value, words, token] of thresholds) {
    it(`shows ${threshold} in its colour and in words beside an icon`, async () => {
      const el = await meter(html`<ca-meter value=${value} max="100" threshold=${threshold}></ca-meter>`, {
        style: `${token}: rgb(1, 2, 3)`,
      });
      expect(getComputedStyle(part(el, 'fill')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(visibleText(el)).to.contain(words);
      expect(el.shadowRoot!.querySelector('.caption svg')!.getAttribute('aria-hidden')).to.equal('true');
      expect(role(el)!.getAttribute('aria-valuetext')).to.contain(`— ${words}`);
      await expect(el).to.be.accessible();
    });
  }

  it('shows over-consumption: a full bar, a line at the purchased amount, and the excess', async () => {
    const el = await meter(
      html`<ca-meter style="width: 400px" value="125" max="100" threshold="over"></ca-meter>`,
    );
    const m = role(el)!;
    expect(m.getAttribute('aria-valuenow')).to.equal('100');
    expect(m.getAttribute('aria-valuetext')).to.equal('125% used — over limit');
    expect(share(el, part(el, 'fill')!)).to.be.closeTo(1, 0.01);
    const limit = el.shadowRoot!.querySelector<HTMLElement>('.limit')!;
    expect(offset(el, limit)).to.be.closeTo(0.8, 0.01);
    expect(share(el, el.shadowRoot!.querySelector<HTMLElement>('.overflow')!)).to.be.closeTo(0.2, 0.01);
    await expect(el).to.be.accessible();
  });

  it('never reads 100% before the purchased amount is used up, nor after it is passed', async () => {
    const below = await meter(html`<ca-meter value="99.6" max="100" threshold="critical"></ca-meter>`);
    expect(role(below)!.getAttribute('aria-valuetext')).to.equal('99% used — critical');
    const above = await meter(html`<ca-meter value="100.4" max="100" threshold="over"></ca-meter>`);
    expect(role(above)!.getAttribute('aria-valuetext')).to.equal('101% used — over limit');
    const exact = await meter(html`<ca-meter value="100" max="100" threshold="critical"></ca-meter>`);
    expect(role(exact)!.getAttribute('aria-valuetext')).to.equal('100% used — critical');
  });

  it('does not let floating-point noise tip a whole percent over', async () => {
    // 110 / 100 is 1.1000000000000001 in binary floating point.
    const el = await meter(html`<ca-meter value="110" max="100" threshold="over"></ca-meter>`);
    expect(role(el)!.getAttribute('aria-valuetext')).to.equal('110% used — over limit');
  });

  it('draws the term-elapsed marker and says it in words', async () => {
    const el = await meter(
      html`<ca-meter style="width: 300px" value="30" max="100" threshold="ok" marker="0.58"></ca-meter>`,
    );
    expect(offset(el, part(el, 'marker')!)).to.be.closeTo(0.58, 0.01);
    expect(role(el)!.getAttribute('aria-valuetext')).to.equal(
      '30% used — within limit; 58% of the term elapsed',
    );
    expect(visibleText(el)).to.contain('58% of the term elapsed');
    await expect(el).to.be.accessible();
  });

  it('places the marker on the same scale as the excess when over-consumed', async () => {
    const el = await meter(
      html`<ca-meter style="width: 400px" value="200" max="100" threshold="over" marker="0.5"></ca-meter>`,
    );
    expect(offset(el, part(el, 'marker')!)).to.be.closeTo(0.25, 0.01);
  });

  it('draws no marker without one, and clamps it to the term', async () => {
    const none = await meter(html`<ca-meter value="30" max="100"></ca-meter>`);
    expect(part(none, 'marker')).to.equal(null);
    const clamped = await meter(
      html`<ca-meter style="width: 300px" value="30" max="100" marker="1.7"></ca-meter>`,
    );
    expect(offset(clamped, part(clamped, 'marker')!)).to.be.closeTo(1, 0.01);
  });

  it('draws the bar in the accent colour, with no threshold words, when no threshold is given', async () => {
    const el = await meter(html`<ca-meter value="50" max="100"></ca-meter>`, {
      style: '--ca-color-accent: rgb(4, 5, 6)',
    });
    expect(getComputedStyle(part(el, 'fill')!).backgroundColor).to.equal('rgb(4, 5, 6)');
    expect(role(el)!.getAttribute('aria-valuetext')).to.equal('50% used');
    await expect(el).to.be.accessible();
  });

  it('shows "As needed" and no bar when max is null', async () => {
    const el = await meter(html`<ca-meter value="12" threshold="unlimited"></ca-meter>`);
    expect(role(el)).to.equal(null);
    expect(part(el, 'track')).to.equal(null);
    expect(visibleText(el)).to.equal('As needed');
    await expect(el).to.be.accessible();
  });

  it('shows "As needed" for the unlimited threshold even with a max', async () => {
    const el = await meter(html`<ca-meter value="12" max="10" threshold="unlimited"></ca-meter>`);
    expect(role(el)).to.equal(null);
    expect(visibleText(el)).to.equal('As needed');
  });

  it('says a benefit is not metered, with no bar', async () => {
    const el = await meter(html`<ca-meter value="0" max="1" threshold="benefit"></ca-meter>`);
    expect(role(el)).to.equal(null);
    expect(visibleText(el)).to.equal('Benefit — consumption is not tracked');
    await expect(el).to.be.accessible();
  });

  it('follows --ca-meter-height and --ca-meter-track', async () => {
    const el = await meter(html`
      <ca-meter style="--ca-meter-height: 14px; --ca-meter-track: rgb(7, 8, 9)" value="5" max="10"></ca-meter>
    `);
    const track = part(el, 'track')!;
    expect(track.getBoundingClientRect().height).to.equal(14);
    expect(getComputedStyle(track).backgroundColor).to.equal('rgb(7, 8, 9)');
  });

  it('updates when its properties change', async () => {
    const el = await meter(html`<ca-meter value="10" max="100" threshold="ok"></ca-meter>`);
    el.value = 90;
    el.threshold = 'warning';
    await el.updateComplete;
    expect(role(el)!.getAttribute('aria-valuetext')).to.equal('90% used — warning');
    el.max = null;
    await el.updateComplete;
    expect(visibleText(el)).to.equal('As needed');
  });

  describe('Brazilian Portuguese', () => {
    it('speaks Portuguese under lang="pt-BR"', async () => {
      const first = await meter(
        html`
          <ca-meter value="85" max="100" threshold="warning" marker="0.5"></ca-meter>
          <ca-meter value="3" threshold="unlimited"></ca-meter>
          <ca-meter threshold="benefit"></ca-meter>
        `,
        { lang: 'pt-BR' },
      );
      const box = first.parentElement!;
      const [bar, asNeeded, benefit] = [...box.querySelectorAll('ca-meter')];
      await Promise.all([bar, asNeeded, benefit].map((m) => m.updateComplete));
      expect(role(bar)!.getAttribute('aria-label')).to.equal('Utilização');
      expect(role(bar)!.getAttribute('aria-valuetext')).to.equal(
        '85% utilizado — atenção; 50% do prazo decorrido',
      );
      expect(visibleText(asNeeded)).to.equal('Sob demanda');
      expect(visibleText(benefit)).to.equal('Benefício — o consumo não é medido');
      await expect(box).to.be.accessible();
    });

    it('re-renders when lang changes at runtime', async () => {
      const el = await meter(html`<ca-meter value="130" max="100" threshold="over"></ca-meter>`);
      expect(role(el)!.getAttribute('aria-valuetext')).to.equal('130% used — over limit');
      el.parentElement!.lang = 'pt-BR';
      await waitUntil(
        () => role(el)!.getAttribute('aria-valuetext') === '130% utilizado — acima do limite',
        'value text not translated',
        { timeout: 5000 },
      );
    });
  });
});
