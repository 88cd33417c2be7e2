import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { args, parameters, render, WORKSPACES, type Args } from '../helpers/workspace-filter.js';
import '../helpers/register.js';

// The playground (with autodocs) is in ../workspace-filter.stories.ts.
const meta: Meta<Args> = {
  title: 'States/Workspace filter',
  component: 'ca-workspace-filter',
  tags: ['!autodocs'],
  args,
  parameters,
  render,
};
export default meta;

type Story = StoryObj<Args>;

export const OneWorkspace: Story = { name: 'One workspace selected', args: { selected: ['w-us'] } };
export const Several: Story = { name: 'Several selected', args: { selected: ['w-br', 'w-de', 'w-in'] } };
export const SingleSelectable: Story = {
  name: 'Only one selectable (static text)',
  args: { workspaces: WORKSPACES.slice(0, 1) },
};
export const ManyWorkspaces: Story = {
  name: 'Many workspaces (scrolls)',
  args: {
    workspaces: Array.from({ length: 40 }, (_, i) => ({ id: `w-${i}`, name: `Workspace ${i + 1}` })),
    selected: ['w-3'],
  },
};
export const Portuguese: Story = {
  name: 'Português (Brasil)',
  args: { selected: ['w-br', 'w-us'] },
  render: (args) => html`
    <div lang="pt-BR" style="min-height: 22rem">
      <ca-workspace-filter
        .workspaces=${args.workspaces}
        .selected=${args.selected}
        @ca-filter-change=${args.onFilterChange}
      ></ca-workspace-filter>
    </div>
  `,
};
