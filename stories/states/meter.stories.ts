import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { args, argTypes, render, type Args } from '../helpers/meter.js';
import '../helpers/register.js';

// The playground (with autodocs) is in ../meter.stories.ts.
const meta: Meta<Args> = {
  title: 'States/Meter',
  component: 'ca-meter',
  tags: ['!autodocs'],
  args,
  argTypes,
  render,
};
export default meta;

type Story = StoryObj<Args>;

export const Warning: Story = { args: { value: 84, threshold: 'warning' } };
export const Critical: Story = { args: { value: 97, threshold: 'critical' } };
export const Over: Story = { name: 'Over-consumed', args: { value: 128, threshold: 'over' } };
export const BurnDown: Story = {
  name: 'With the term elapsed',
  args: { value: 40, threshold: 'ok', marker: 0.58 },
};
export const OverWithBurnDown: Story = {
  name: 'Over-consumed, with the term elapsed',
  args: { value: 150, threshold: 'over', marker: 0.75 },
};
export const NoThreshold: Story = { name: 'No threshold given', args: { value: 35, threshold: undefined } };
export const AsNeeded: Story = {
  name: 'As needed (unlimited)',
  args: { value: 37, max: null, threshold: 'unlimited' },
};
export const Benefit: Story = { args: { value: 0, max: 1, threshold: 'benefit' } };
export const Themed: Story = {
  args: { value: 84, threshold: 'warning', marker: 0.5 },
  render: (args) => html`
    <ca-meter
      style="max-width: 24rem; --ca-meter-height: 1rem; --ca-meter-track: #e8e0ff; --ca-color-warning: #8a3ffc"
      .value=${args.value}
      .max=${args.max}
      .threshold=${args.threshold}
      .label=${args.label}
      .marker=${args.marker}
    ></ca-meter>
  `,
};
export const Portuguese: Story = {
  name: 'Português (Brasil)',
  args: { value: 84, threshold: 'warning', marker: 0.5 },
  render: (args) => html`
    <div lang="pt-BR" style="max-width: 24rem">
      <ca-meter
        .value=${args.value}
        .max=${args.max}
        .threshold=${args.threshold}
        .marker=${args.marker}
      ></ca-meter>
    </div>
  `,
};
