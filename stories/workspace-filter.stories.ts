import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { args, parameters, render, type Args } from './helpers/workspace-filter.js';
import './helpers/register.js';

// The states (one, several or many workspaces, a single one, pt-BR) are in states/workspace-filter.stories.ts.
const meta: Meta<Args> = {
  title: 'Playground/Workspace filter',
  component: 'ca-workspace-filter',
  args,
  parameters,
  render,
};
export default meta;

type Story = StoryObj<Args>;

/** Every control: five workspaces, none selected (all of them count). */
export const Playground: Story = {};
