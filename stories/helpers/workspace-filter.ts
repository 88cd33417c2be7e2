/** What the workspace-filter stories share (the playground and the states): their args and template. */
import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { fn } from 'storybook/test';
import type { Workspace } from '../../src/domain/types.js';

export const WORKSPACES: Workspace[] = [
  { id: 'w-br', name: 'Contoso Brasil' },
  { id: 'w-us', name: 'Contoso US' },
  { id: 'w-de', name: 'Contoso Deutschland' },
  { id: 'w-jp', name: 'Contoso Japan' },
  { id: 'w-in', name: 'Contoso India' },
];

export interface Args {
  workspaces: Workspace[];
  selected: string[];
  onFilterChange: (event: Event) => void;
}

export const args: Meta<Args>['args'] = { workspaces: WORKSPACES, selected: [], onFilterChange: fn() };

export const parameters: Meta<Args>['parameters'] = { layout: 'padded' };

export const render: Meta<Args>['render'] = (args) => html`
  <div style="min-height: 22rem">
    <ca-workspace-filter
      .workspaces=${args.workspaces}
      .selected=${args.selected}
      @ca-filter-change=${args.onFilterChange}
    ></ca-workspace-filter>
  </div>
`;
