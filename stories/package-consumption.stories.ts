import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { args, argTypes, parameters, render, type Args } from './helpers/package-consumption.js';
import './helpers/register.js';

// The states (expiring, expired, filtered, empty, loading, error, no access, pt-BR …) are in
// states/package-consumption.stories.ts.
const meta: Meta<Args> = {
  title: 'Playground/Package consumption',
  component: 'package-consumption',
  args,
  argTypes,
  parameters,
  render,
};
export default meta;

type Story = StoryObj<Args>;

/** Every control, over the demo dataset: the admin's current workspace, the first active contract. */
export const Playground: Story = {};
