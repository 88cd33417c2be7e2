import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { fn } from 'storybook/test';
import type { Workspace } from '../src/domain/types.js';
import './helpers/register.js';

const WORKSPACES: Workspace[] = [
  { id: 'w-br', name: 'Contoso Brasil' },
  { id: 'w-us', name: 'Contoso US' },
  { id: 'w-de', name: 'Contoso Deutschland' },
  { id: 'w-jp', name: 'Contoso Japan' },
  { id: 'w-in', name: 'Contoso India' },
];

interface Args {
  workspaces: Workspace[];
  selected: string[];
  onFilterChange: (event: Event) => void;
}

const meta: Meta<Args> = {
  title: 'Building blocks/Workspace filter',
  component: 'ca-workspace-filter',
  args: { workspaces: WORKSPACES, selected: [], onFilterChange: fn() },
  parameters: { layout: 'padded' },
  render: (args) => html`
    <div style="min-height: 22rem">
      <ca-workspace-filter
        .workspaces=${args.workspaces}
        .selected=${args.selected}
        @ca-filter-change=${args.onFilterChange}
      ></ca-workspace-filter>
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const AllWorkspaces: Story = { name: 'All workspaces' };
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
