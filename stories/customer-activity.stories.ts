import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { fn } from 'storybook/test';
import type { CustomerActivityAdapter } from '../src/data/adapter.js';
import { createDemoDataset, DEMO_VIEWERS } from '../src/data/demo-dataset.js';
import { createMemoryAdapter } from '../src/data/memory-adapter.js';
import type { CustomerActivityView } from '../src/domain/route.js';
import type { Dataset } from '../src/domain/types.js';
import './helpers/register.js';

interface Args {
  viewerId: string;
  adapter?: CustomerActivityAdapter;
  workspaceIds: string[];
  contractId?: string;
  view: CustomerActivityView;
  entitlementId?: string;
  lang: 'en' | 'pt-BR';
  theme: 'light' | 'dark';
  onNavigate: (event: Event) => void;
  onEntitlementSelect: (event: Event) => void;
  onFilterChange: (event: Event) => void;
  onExport: (event: Event) => void;
}

// The demo dataset (today is 2026-11-20): Aurora Logística, five workspaces, the current agreement ctr-2025
// (USC-2025-0412) with an enterprise-wide package and five add-on packages, the expired ctr-2023, the upcoming
// ctr-2027, and additional cases of every reason. Each demo viewer sees what their roles allow.
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

/** A promise that never settles until the story is left (its signal aborts). */
function never<T>(options?: { signal?: AbortSignal }): Promise<T> {
  return new Promise((_resolve, reject) => {
    options?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
  });
}

/** An adapter whose enterprise summary never arrives. */
const pendingAdapter = (): CustomerActivityAdapter =>
  withOverrides({ getEnterpriseSummary: (_query, options) => never(options) });

/** An adapter whose server cannot be reached once the session is known. */
const failingAdapter = (): CustomerActivityAdapter =>
  withOverrides({
    getEnterpriseSummary: () => Promise.reject(new TypeError('Failed to fetch')),
    queryAdditionalCases: () => Promise.reject(new TypeError('Failed to fetch')),
  });

const meta: Meta<Args> = {
  title: 'Elements/Customer activity',
  component: 'customer-activity',
  args: {
    viewerId: 'u-admin',
    workspaceIds: [],
    view: 'summary',
    lang: 'en',
    theme: 'light',
    onNavigate: fn(),
    onEntitlementSelect: fn(),
    onFilterChange: fn(),
    onExport: fn(),
  },
  argTypes: {
    viewerId: {
      name: 'viewer',
      control: 'select',
      options: DEMO_VIEWERS.map((v) => v.id),
      labels: Object.fromEntries(DEMO_VIEWERS.map((v) => [v.id, v.label.en])),
    },
    adapter: { control: false },
    view: { control: 'inline-radio', options: ['summary', 'entitlement', 'additional-cases'] },
    entitlementId: {
      control: 'select',
      options: [
        undefined,
        'ent-2025-advisory',
        'ent-2025-proactive',
        'ent-2025-education',
        'ent-2025-contacts',
      ],
    },
    contractId: { control: 'select', options: [undefined, 'ctr-2023', 'ctr-2025', 'ctr-2027'] },
    lang: { control: 'inline-radio', options: ['en', 'pt-BR'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  parameters: { layout: 'padded' },
  render: (args) => html`
    <div
      lang=${args.lang}
      style="max-width: 80rem; padding: 1rem; color-scheme: ${args.theme}; background: Canvas; color: CanvasText"
    >
      <customer-activity
        .adapter=${args.adapter ?? demoAdapter(args.viewerId)}
        .workspaceIds=${args.workspaceIds}
        .contractId=${args.contractId}
        .view=${args.view}
        .entitlementId=${args.entitlementId}
        @ca-navigate=${args.onNavigate}
        @ca-entitlement-select=${args.onEntitlementSelect}
        @ca-filter-change=${args.onFilterChange}
        @ca-export=${args.onExport}
      ></customer-activity>
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Every control, over the demo dataset: pick a demo viewer to see the page as they do. */
export const Playground: Story = {};

/** The customer admin: every workspace is selectable; the page opens on the current one. */
export const CustomerAdmin: Story = { name: 'As the customer admin', args: { viewerId: 'u-admin' } };

/** A workspace admin of Rio de Janeiro and Belo Horizonte. */
export const WorkspaceAdmin: Story = { name: 'As a workspace admin', args: { viewerId: 'u-ws-admin' } };

/** A user with the Customer Activity role: sees the page, but only the support cases shared with them. */
export const ActivityRole: Story = { name: 'As a Customer Activity user', args: { viewerId: 'u-activity' } };

/** A learning manager. */
export const LearningManager: Story = { name: 'As a learning manager', args: { viewerId: 'u-learning' } };

/** A user who may view every support request. */
export const ViewAll: Story = {
  name: 'As a viewer of all support requests',
  args: { viewerId: 'u-viewall' },
};

/** Every workspace of the customer admin at once. */
export const AllWorkspaces: Story = {
  name: 'All workspaces',
  args: { workspaceIds: ['ws-sp-ops', 'ws-rj-fin', 'ws-bh-ti', 'ws-poa-dados', 'ws-lis-eu'] },
};

/** An entitlement's detail, opened in place. */
export const Detail: Story = {
  name: 'Entitlement detail',
  args: { view: 'entitlement', entitlementId: 'ent-2025-advisory' },
};

/** The additional cases, opened in place. */
export const AdditionalCases: Story = { name: 'Additional cases', args: { view: 'additional-cases' } };

/** While the enterprise summary is on its way. */
export const Loading: Story = {
  render: (args, context) => meta.render!({ ...args, adapter: pendingAdapter() }, context),
};

/** The server cannot be reached: errors with "Try again". */
export const ErrorState: Story = {
  name: 'Error',
  render: (args, context) => meta.render!({ ...args, adapter: failingAdapter() }, context),
};

/** A viewer who may not see the page: who can grant the role, and nothing else is asked for. */
export const NoAccess: Story = { name: 'No access', args: { viewerId: 'u-none' } };

/** The page in Brazilian Portuguese. */
export const Portuguese: Story = { name: 'Português (Brasil)', args: { lang: 'pt-BR' } };

/** The dark theme: `color-scheme: dark` on an ancestor (the tokens use `light-dark()`). */
export const Dark: Story = { args: { theme: 'dark' } };
