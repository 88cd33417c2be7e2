import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { fn } from 'storybook/test';
import type { CustomerActivityAdapter } from '../src/data/adapter.js';
import { createDemoDataset, DEMO_VIEWERS } from '../src/data/demo-dataset.js';
import { createMemoryAdapter } from '../src/data/memory-adapter.js';
import { REASONS, type Dataset, type Reason } from '../src/domain/types.js';
import './helpers/register.js';

interface Args {
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
function demoAdapter(viewerId = 'u-admin'): CustomerActivityAdapter {
  let adapter = adapters.get(viewerId);
  if (!adapter) {
    adapter = createMemoryAdapter(demoDataset(), { viewerId });
    adapters.set(viewerId, adapter);
  }
  return adapter;
}

/** The admin's demo adapter with some methods replaced. */
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

/** An adapter whose cases never arrive (until the story is left). */
const pendingAdapter = (): CustomerActivityAdapter =>
  withOverrides({
    queryAdditionalCases: (_query, options) =>
      new Promise((_resolve, reject) => {
        options?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
      }),
  });

/** An adapter whose server cannot be reached. */
const failingAdapter = (): CustomerActivityAdapter =>
  withOverrides({ queryAdditionalCases: () => Promise.reject(new TypeError('Failed to fetch')) });

/** An adapter with no additional case at all. */
const emptyAdapter = (): CustomerActivityAdapter =>
  withOverrides({
    queryAdditionalCases: () => Promise.resolve({ rows: [], total: 0, hiddenByPermissions: 0 }),
  });

const meta: Meta<Args> = {
  title: 'Elements/Additional cases',
  component: 'additional-cases',
  args: {
    viewerId: 'u-admin',
    workspaceIds: [],
    reasons: [],
    lang: 'en',
    onFilterChange: fn(),
    onExport: fn(),
    onError: fn(),
  },
  argTypes: {
    adapter: { control: false },
    viewerId: { control: 'select', options: DEMO_VIEWERS.map((v) => v.id) },
    workspaceIds: {
      control: 'check',
      options: ['ws-sp-ops', 'ws-rj-fin', 'ws-bh-ti', 'ws-poa-dados', 'ws-lis-eu'],
    },
    reasons: { control: 'check', options: [...REASONS] },
    lang: { control: 'inline-radio', options: ['en', 'pt-BR'] },
  },
  parameters: { layout: 'padded' },
  render: (args) => html`
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
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Every control, over the demo dataset: the customer admin on São Paulo, where every reason is present. */
export const Playground: Story = {};

/** A viewer with the Customer Activity role: only the cases granted to her, and how many are hidden. */
export const HiddenByPermissions: Story = {
  name: 'As a Customer Activity user (hidden cases)',
  args: { viewerId: 'u-activity' },
};

/** The reason filter narrowed to missing contracts and classified cases. */
export const Filtered: Story = {
  args: { reasons: ['missing-contract', 'classified'] },
};

/** No additional case at all in the selected workspaces. */
export const Empty: Story = {
  name: 'No additional cases',
  render: (args, context) => meta.render!({ ...args, adapter: emptyAdapter() }, context),
};

/** A filter that no case matches: the grid says so, and the filter stays to widen it. */
export const NoMatch: Story = {
  name: 'No case matches the filter',
  args: { viewerId: 'u-activity', reasons: ['missing-service'] },
};

/** While the counts and the cases are on their way. */
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
  args: { viewerId: 'u-none' },
};

/** São Paulo's additional cases, in Brazilian Portuguese. */
export const Portuguese: Story = {
  name: 'Português (Brasil)',
  args: { lang: 'pt-BR' },
};
