import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { args, argTypes, parameters, render, type Args } from './helpers/entitlement-detail.js';
import './helpers/register.js';

// The states (every kind of entitlement, loading, error, no access, pt-BR …) are in
// states/entitlement-detail.stories.ts.
const meta: Meta<Args> = {
  title: 'Playground/Entitlement detail',
  component: 'entitlement-detail',
  args,
  argTypes,
  parameters,
  render,
};
export default meta;

type Story = StoryObj<Args>;

/** Every control, over the demo dataset: the admin's current workspace. */
export const Playground: Story = {};
