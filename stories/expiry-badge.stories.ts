import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { args, argTypes, render, type Args } from './helpers/expiry-badge.js';
import './helpers/register.js';

// The states (expiring, expired, every wording, pt-BR) are in states/expiry-badge.stories.ts.
const meta: Meta<Args> = {
  title: 'Playground/Expiry badge',
  component: 'ca-expiry-badge',
  args,
  argTypes,
  render,
};
export default meta;

type Story = StoryObj<Args>;

/** Every control: an active entitlement, 240 days before its end date. */
export const Playground: Story = {};
