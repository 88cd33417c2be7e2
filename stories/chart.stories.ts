import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ChartSeries } from '../src/components/chart/chart.js';
import './helpers/register.js';

interface Args {
  heading: string;
  type: 'line' | 'bar';
  categoryHeader: string;
  stacked: boolean;
  labels: string[];
  series: ChartSeries[];
}

const months = ['Jun 2026', 'Jul 2026', 'Aug 2026', 'Sep 2026', 'Oct 2026', 'Nov 2026'];

const meta: Meta<Args> = {
  title: 'Playground/Chart',
  component: 'ca-chart',
  args: {
    heading: 'Reactive support hours over time',
    type: 'line',
    categoryHeader: 'Month',
    stacked: false,
    labels: months,
    series: [
      { label: 'Consumed (cumulative)', data: [40, 95, 130, 210, 260, 312] },
      { label: 'Consumed in the month', data: [40, 55, 35, 80, 50, 52], kind: 'bar', color: 2 },
      { label: 'Purchased', data: months.map(() => 400), dashed: true, color: 4 },
    ],
  },
  argTypes: {
    type: { control: 'inline-radio', options: ['line', 'bar'] },
    labels: { control: 'object' },
    series: { control: 'object' },
  },
  render: (args) =>
    html`<ca-chart
      heading=${args.heading}
      type=${args.type}
      category-header=${args.categoryHeader}
      ?stacked=${args.stacked}
      .labels=${args.labels}
      .series=${args.series}
    ></ca-chart>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A line chart with monthly bars and a dashed "purchased" line; "Show as table" gives the same figures. */
export const Playground: Story = {};
