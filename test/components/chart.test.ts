import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { Chart } from 'chart.js';
import { ChartElement, type ChartSeries } from '../../src/components/chart/chart.js';
import { defineOnce } from '../helpers/define.js';
import { overrideMedia } from '../helpers/engine.js';
import { wrapper } from '../helpers/wrapper.js';

defineOnce('ca-chart', ChartElement);

const labels = ['Jan 2026', 'Feb 2026', 'Mar 2026'];
const series: ChartSeries[] = [
  { label: 'Consumed', data: [10, 25.5, 1234.5], fill: true },
  { label: 'Purchased', data: [2000, 2000, 2000], dashed: true },
];

async function chart(lang = 'en'): Promise<ChartElement> {
  const el = await fixture<ChartElement>(
    html`<ca-chart
      heading="Consumption over time"
      category-header="Month"
      .labels=${labels}
      .series=${series}
    ></ca-chart>`,
    { parentNode: wrapper({ lang }) },
  );
  await waitUntil(() => el.shadowRoot!.querySelector('.loading') === null, 'chart.js did not load', {
    timeout: 10000,
  });
  return el;
}

const toggle = (el: ChartElement) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
const cells = (el: ChartElement) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) =>
    [...tr.children].map((c) => c.textContent.trim()),
  );

describe('<ca-chart>', () => {
  it('draws the chart on a canvas named by its heading, with no table until asked', async () => {
    const el = await chart();
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(canvas.getAttribute('aria-label')).to.contain('Consumption over time');
    expect(canvas.width).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('shows the same figures as a table, formatted in the locale', async () => {
    const el = await chart();
    toggle(el).click();
    await el.updateComplete;
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
    const headers = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent.trim());
    expect(headers).to.deep.equal(['Month', 'Consumed', 'Purchased']);
    expect(cells(el)).to.deep.equal([
      ['Jan 2026', '10', '2,000'],
      ['Feb 2026', '25.5', '2,000'],
      ['Mar 2026', '1,234.5', '2,000'],
    ]);
    await expect(el).to.be.accessible();
    toggle(el).click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
  });

  it('speaks Brazilian Portuguese', async () => {
    const el = await chart('pt-BR');
    expect(toggle(el).textContent.trim()).to.equal('Mostrar como tabela');
    toggle(el).click();
    await el.updateComplete;
    expect(toggle(el).textContent.trim()).to.equal('Ocultar tabela');
    expect(cells(el)[2]).to.deep.equal(['Mar 2026', '1.234,5', '2.000']);
    await expect(el).to.be.accessible();
  });

  it('lets the keyboard scroll a long table', async () => {
    const el = await chart();
    el.labels = Array.from({ length: 36 }, (_, i) => `Month ${i + 1}`);
    el.series = [{ label: 'Consumed', data: el.labels.map((_, i) => i) }];
    await el.updateComplete;
    toggle(el).click();
    await el.updateComplete;
    const box = el.shadowRoot!.querySelector<HTMLElement>('.table-box')!;
    expect(box.tabIndex).to.equal(0);
    expect(box.getAttribute('aria-label')).to.equal('Consumption over time');
    await expect(el).to.be.accessible();
  });

  it('takes a custom value format', async () => {
    const el = await chart();
    el.formatValue = (v) => `${v} h`;
    el.series = [{ label: 'Hours', data: [1, null, 3] }];
    await el.updateComplete;
    toggle(el).click();
    await el.updateComplete;
    expect(cells(el)).to.deep.equal([
      ['Jan 2026', '1 h'],
      ['Feb 2026', '—'],
      ['Mar 2026', '3 h'],
    ]);
  });

  describe('under forced colours', () => {
    it('tells its lines apart by dash pattern and marker, not by colour alone', async () => {
      const lines: ChartSeries[] = [
        { label: 'All workspaces', data: [10, 20, 30] },
        { label: 'Selected', data: [5, 10, 15] },
        { label: 'Purchased', data: [40, 40, 40], dashed: true },
        { label: 'Projection', data: [null, 30, 45], dashed: true },
      ];
      const el = await fixture<ChartElement>(
        html`<ca-chart heading="Over time" .labels=${labels} .series=${lines}></ca-chart>`,
        { parentNode: wrapper({ lang: 'en' }) },
      );
      const canvas = el.shadowRoot!.querySelector('canvas')!;
      await waitUntil(() => Chart.getChart(canvas) !== undefined, 'the chart was not drawn', {
        timeout: 10000,
      });
      const looksOf = () =>
        (Chart.getChart(canvas)!.data.datasets as { borderDash?: number[]; pointStyle?: string }[]).map(
          (d) => `${JSON.stringify(d.borderDash ?? [])} ${String(d.pointStyle)}`,
        );
      // In colour, the two solid lines differ by their colour alone.
      expect(new Set(looksOf()).size).to.be.lessThan(lines.length);

      // Forced colours, in any engine: the element's own @media (forced-colors: active) rule applies.
      const undo = overrideMedia(el, { on: ['(forced-colors: active)'] });
      try {
        el.series = [...lines];
        await el.updateComplete;
        await waitUntil(() => new Set(looksOf()).size === lines.length, looksOf().join(' | '), {
          timeout: 5000,
        });
        expect(Chart.getChart(canvas)!.options.plugins?.legend?.labels?.usePointStyle).to.equal(true);
      } finally {
        undo();
      }
      // Checked once the page's own colours are back: the switched-on rules alone set system colours on a page that
      // is not in forced-colours mode, which no user sees.
      await expect(el).to.be.accessible();
    });
  });
});
