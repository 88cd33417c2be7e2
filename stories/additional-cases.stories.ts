import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { args, argTypes, parameters, render, type Args } from './helpers/additional-cases.js';
import './helpers/register.js';

// The states (loading, error, empty, no access, filtered …) are in states/additional-cases.stories.ts.
const meta: Meta<Args> = {
  title: 'Playground/Additional cases',
  component: 'additional-cases',
  args,
  argTypes,
  parameters,
  render,
};
export default meta;

type Story = StoryObj<Args>;

/** Every control, over the demo dataset: the customer admin on São Paulo, where every reason is present. */
export const Playground: Story = {};
