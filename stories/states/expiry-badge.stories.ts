import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { args, argTypes, render, type Args } from '../helpers/expiry-badge.js';
import '../helpers/register.js';

// The playground (with autodocs) is in ../expiry-badge.stories.ts.
const meta: Meta<Args> = {
  title: 'States/Expiry badge',
  component: 'ca-expiry-badge',
  tags: ['!autodocs'],
  args,
  argTypes,
  render,
};
export default meta;

type Story = StoryObj<Args>;

export const Expiring: Story = { args: { daysLeft: 23, endDate: '2026-12-19' } };
export const ExpiresTomorrow: Story = {
  name: 'Expires tomorrow',
  args: { daysLeft: 1, endDate: '2026-11-27' },
};
export const ExpiresToday: Story = { name: 'Expires today', args: { daysLeft: 0, endDate: '2026-11-26' } };
export const Expired: Story = { args: { daysLeft: -4, endDate: '2026-11-22' } };
export const AllStates: Story = {
  name: 'Every wording',
  render: () => html`
    <div style="display: grid; gap: 0.5rem; justify-items: start">
      ${[400, 90, 23, 1, 0, -1, -4].map((d) => html`<ca-expiry-badge .daysLeft=${d}></ca-expiry-badge>`)}
    </div>
  `,
};
export const Portuguese: Story = {
  name: 'Português (Brasil)',
  render: () => html`
    <div lang="pt-BR" style="display: grid; gap: 0.5rem; justify-items: start">
      ${[400, 23, 1, 0, -1, -4].map(
        (d) => html`<ca-expiry-badge .daysLeft=${d} end-date="2026-03-01"></ca-expiry-badge>`,
      )}
    </div>
  `,
};
