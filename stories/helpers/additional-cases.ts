/**
 * What the additional-cases stories share (the playground and the states): their args, controls and template,
 * over the demo dataset.
 */
import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { fn } from 'storybook/test';
import type { CustomerActivityAdapter } from '../../src/data/adapter.js';
import { createDemoDataset, DEMO_VIEWERS } from '../../src/data/demo-dataset.js';
import { createMemoryAdapter } from '../../src/data/memory-adapter.js';
import { REASONS, type Dataset, type Reason } from '../../src/domain/types.js';

export interface Args {
  adapter?: CustomerActivityAdapter;
  viewerId: string;
  workspaceIds: string[];
  reasons: Reason[];
  lang: 'en' | 'pt-BR';
  onFilterChange: (event: Event) => void;
  onExport: (event: Event) => void;
  onError: (event: Event) => void;
}

// The demo dataset (today is 2026-11-20) holds additional cases of every reason, alone and combined. The admin
// opens on São Paulo, where every reason is present; Camila Ferreira (u-activity) sees São Paulo's and Porto
// Alegre's cases only through her group, sharing or as primary contact, so some are "hidden by your permissions".
let demo: Dataset | undefined;
const demoDataset = (): Dataset => (demo ??= createDemoDataset());
const adapters = new Map<string, CustomerActivityAdapter>();

/** The memory adapter over the demo dataset for a viewer (one per viewer, created when first asked for). */
export function demoAdapter(viewerId = 'u-admin'): CustomerActivityAdapter {
  let adapter = adapters.get(viewerId);
  if (!adapter) {
    adapter = createMemoryAdapter(demoDataset(), { viewerId });
    adapters.set(viewerId, adapter);
  }
  return adapter;
}

export const args: Meta<Args>['args'] = {
  viewerId: 'u-admin',
  workspaceIds: [],
  reasons: [],
  lang: 'en',
  onFilterChange: fn(),
  onExport: fn(),
  onError: fn(),
};

export const argTypes: Meta<Args>['argTypes'] = {
  adapter: { control: false },
  viewerId: { control: 'select', options: DEMO_VIEWERS.map((v) => v.id) },
  workspaceIds: {
    control: 'check',
    options: ['ws-sp-ops', 'ws-rj-fin', 'ws-bh-ti', 'ws-poa-dados', 'ws-lis-eu'],
  },
  reasons: { control: 'check', options: [...REASONS] },
  lang: { control: 'inline-radio', options: ['en', 'pt-BR'] },
};

export const parameters: Meta<Args>['parameters'] = { layout: 'padded' };

export const render: Meta<Args>['render'] = (args) => html`
  <div lang=${args.lang} style="max-width: 90rem">
    <additional-cases
      .adapter=${args.adapter ?? demoAdapter(args.viewerId)}
      .workspaceIds=${args.workspaceIds}
      .reasons=${args.reasons}
      @ca-filter-change=${args.onFilterChange}
      @ca-export=${args.onExport}
      @ca-error=${args.onError}
    ></additional-cases>
  </div>
`;
