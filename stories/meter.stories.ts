import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { args, argTypes, render, type Args } from './helpers/meter.js';
import './helpers/register.js';

// The states (every threshold, the term elapsed, themed, pt-BR) are in states/meter.stories.ts.
const meta: Meta<Args> = {
  title: 'Playground/Meter',
  component: 'ca-meter',
  args,
  argTypes,
  render,
};
export default meta;

type Story = StoryObj<Args>;

/** Every control: 62 of 100 hours consumed, 48 % of the term elapsed. */
export const Playground: Story = {};
