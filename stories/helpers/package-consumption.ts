/**
 * What the package-consumption stories share (the playground and the states): their args, controls and template,
 * over the demo dataset.
 */
import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { fn } from 'storybook/test';
import type { CustomerActivityAdapter } from '../../src/data/adapter.js';
import { createDemoDataset } from '../../src/data/demo-dataset.js';
import { createMemoryAdapter } from '../../src/data/memory-adapter.js';
import type { Dataset, PackageStatusFilter } from '../../src/domain/types.js';

export interface Args {
  adapter: CustomerActivityAdapter;
  workspaceIds: string[];
  contractId?: string;
  packageId?: string;
  status: PackageStatusFilter;
  lang: 'en' | 'pt-BR';
  onFilterChange: (event: Event) => void;
  onEntitlementSelect: (event: Event) => void;
}

// The demo dataset (today is 2026-11-20): contract ctr-2025 has five add-on packages — "Segurança e Identidade"
// (active, expires in 72 days), "Developer Support Assistance" (active, over-consumed), "Educação Avançada"
// (active), "SAP on Azure" (inactive, expired) and "Otimização de Nuvem" (inactive, starts next month).
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
  workspaceIds: [],
  status: 'active',
  lang: 'en',
  onFilterChange: fn(),
  onEntitlementSelect: fn(),
};

export const argTypes: Meta<Args>['argTypes'] = {
  adapter: { control: false },
  status: { control: 'inline-radio', options: ['active', 'inactive', 'all'] },
  lang: { control: 'inline-radio', options: ['en', 'pt-BR'] },
  contractId: { control: 'select', options: [undefined, 'ctr-2023', 'ctr-2025', 'ctr-2027'] },
  packageId: {
    control: 'select',
    options: [
      undefined,
      'pkg-2025-sec',
      'pkg-2025-dsa',
      'pkg-2025-sap',
      'pkg-2025-edu',
      'pkg-2025-finops',
      'pkg-2023-bc',
    ],
  },
};

export const parameters: Meta<Args>['parameters'] = { layout: 'padded' };

export const render: Meta<Args>['render'] = (args) => html`
  <div lang=${args.lang} style="max-width: 72rem">
    <package-consumption
      .adapter=${args.adapter ?? demoAdapter()}
      .workspaceIds=${args.workspaceIds}
      .contractId=${args.contractId}
      .packageId=${args.packageId}
      .status=${args.status}
      @ca-filter-change=${args.onFilterChange}
      @ca-entitlement-select=${args.onEntitlementSelect}
    ></package-consumption>
  </div>
`;
