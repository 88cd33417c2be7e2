import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { fn } from 'storybook/test';
import type { CustomerActivityAdapter } from '../src/data/adapter.js';
import { createDemoDataset } from '../src/data/demo-dataset.js';
import { createMemoryAdapter } from '../src/data/memory-adapter.js';
import type { Dataset, PackageStatusFilter } from '../src/domain/types.js';
import './helpers/register.js';

interface Args {
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
function demoAdapter(viewerId = 'u-admin'): CustomerActivityAdapter {
  let adapter = adapters.get(viewerId);
  if (!adapter) {
    adapter = createMemoryAdapter(demoDataset(), { viewerId });
    adapters.set(viewerId, adapter);
  }
  return adapter;
}

/** The demo adapter with some methods replaced. */
function withOverrides(overrides: Partial<CustomerActivityAdapter>): CustomerActivityAdapter {
  const inner = demoAdapter();
  return {
    getSession: (o) => inner.getSession(o),
    listContracts: (q, o) => inner.listContracts(q, o),
    getEnterpriseSummary: (q, o) => inner.getEnterpriseSummary(q, o),
    listPackages: (q, o) => inner.listPackages(q, o),
    getEntitlement: (q, o) => inner.getEntitlement(q, o),
    queryConsumption: (q, o) => inner.queryConsumption(q, o),
    queryAdditionalCases: (q, o) => inner.queryAdditionalCases(q, o),
    ...overrides,
  };
}

/** An adapter whose packages never arrive (until the story is left). */
const pendingAdapter = (): CustomerActivityAdapter =>
  withOverrides({
    listPackages: (_query, options) =>
      new Promise((_resolve, reject) => {
        options?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
      }),
  });

/** An adapter whose server cannot be reached. */
const failingAdapter = (): CustomerActivityAdapter =>
  withOverrides({ listPackages: () => Promise.reject(new TypeError('Failed to fetch')) });

const meta: Meta<Args> = {
  title: 'Elements/Package consumption',
  component: 'package-consumption',
  args: {
    workspaceIds: [],
    status: 'active',
    lang: 'en',
    onFilterChange: fn(),
    onEntitlementSelect: fn(),
  },
  argTypes: {
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
  },
  parameters: { layout: 'padded' },
  render: (args) => html`
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
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Every control, over the demo dataset: the admin's current workspace, the first active contract. */
export const Playground: Story = {};

/** The active add-on packages of the current contract. */
export const Active: Story = { name: 'Active packages' };

/** One package ending within 90 days: the renewal to plan. */
export const Expiring: Story = {
  name: 'Expiring (within 90 days)',
  args: { packageId: 'pkg-2025-sec' },
};

/** An inactive package whose term has ended. */
export const Expired: Story = {
  args: { status: 'inactive', packageId: 'pkg-2025-sap' },
};

/** The status filter narrowed to inactive packages. */
export const Filtered: Story = {
  name: 'Filtered (inactive)',
  args: { status: 'inactive' },
};

/** Filters that match nothing: the empty state says so and offers to reset them. */
export const Empty: Story = {
  name: 'No package matches the filters',
  args: { status: 'active', packageId: 'pkg-2025-sap' },
};

/** A contract with no add-on package at all. */
export const NoPackages: Story = {
  name: 'Contract without add-on packages',
  args: { contractId: 'ctr-2027' },
};

/** While the packages are on their way. */
export const Loading: Story = {
  render: (args, context) => meta.render!({ ...args, adapter: pendingAdapter() }, context),
};

/** The server cannot be reached: an error with "Try again". */
export const ErrorState: Story = {
  name: 'Error',
  render: (args, context) => meta.render!({ ...args, adapter: failingAdapter() }, context),
};

/** A viewer who may not see the page. */
export const NoAccess: Story = {
  name: 'No access',
  render: (args, context) => meta.render!({ ...args, adapter: demoAdapter('u-none') }, context),
};

/** Every add-on package of the contract, in Brazilian Portuguese. */
export const Portuguese: Story = {
  name: 'Português (Brasil)',
  args: { lang: 'pt-BR', status: 'all' },
};
