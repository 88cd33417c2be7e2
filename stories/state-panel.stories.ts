import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { args, argTypes, render, type Args } from './helpers/state-panel.js';
import './helpers/register.js';

// The states (every error, empty, no access, pt-BR) are in states/state-panel.stories.ts.
const meta: Meta<Args> = {
  title: 'Playground/State panel',
  component: 'ca-state-panel',
  args,
  argTypes,
  render,
};
export default meta;

type Story = StoryObj<Args>;

/** Every control: the panel starts in its loading state. */
export const Playground: Story = {};
