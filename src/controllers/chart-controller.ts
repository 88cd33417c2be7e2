import type { Chart, ChartConfiguration } from 'chart.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadChart } from './chart-loader.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Where the chart library stands for this host. */
export type ChartStatus = 'loading' | 'ready' | 'failed';

/**
 * Owns one chart.js chart on a canvas of the host: loads chart.js when a chart is first shown, creates the chart,
 * updates it in place when the configuration changes, and destroys it when the host disconnects.
 */
export class ChartController implements ReactiveController {
  /** 'loading' until the first chart is drawn; 'failed' when chart.js could not be loaded (show a table). */
  status: ChartStatus = 'loading';
  private chart?: Chart;
  private chartType?: string;
  private generation = 0;

  constructor(
    private readonly host: Host,
    private readonly canvas: () => HTMLCanvasElement | null | undefined,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.generation += 1;
    this.chart?.destroy();
    this.chart = undefined;
  }

  /** Draws `config` (or removes the chart when null). Call it from the host's `updated()`. */
  async render(config: ChartConfiguration | null): Promise<void> {
    const generation = ++this.generation;
    const canvas = this.canvas();
    if (!config || !canvas) {
      this.chart?.destroy();
      this.chart = undefined;
      return;
    }
    let ChartClass: typeof Chart;
    try {
      ChartClass = await loadChart();
    } catch {
      if (generation === this.generation) this.setStatus('failed');
      return;
    }
    if (generation !== this.generation || !this.host.isConnected) return;
    const type = 'type' in config ? String(config.type) : '';
    if (this.chart && this.chart.canvas === canvas && this.chartType === type) {
      this.chart.data = config.data;
      if (config.options) this.chart.options = config.options;
      this.chart.update();
    } else {
      this.chart?.destroy();
      this.chart = new ChartClass(canvas, config);
      this.chartType = type;
    }
    this.setStatus('ready');
  }

  private setStatus(status: ChartStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.host.requestUpdate();
  }
}
