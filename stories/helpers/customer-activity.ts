/** What the playground and the state stories of <customer-activity> share. */
import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { fn } from 'storybook/test';
import type { CustomerActivityAdapter } from '../../src/data/adapter.js';
import { never, unreachable, withOverrides } from './adapters.js';
import { createDemoDataset, DEMO_VIEWERS } from '../../src/data/demo-dataset.js';
import { createMemoryAdapter } from '../../src/data/memory-adapter.js';
import type { CustomerActivityView } from '../../src/domain/route.js';
import type { Dataset } from '../../src/domain/types.js';
import './register.js';

export interface Args {
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
export function demoAdapter(viewerId = 'u-admin'): CustomerActivityAdapter {
  let adapter = adapters.get(viewerId);
  if (!adapter) {
    adapter = createMemoryAdapter(demoDataset(), { viewerId });
    adapters.set(viewerId, adapter);
  }
  return adapter;
}

/** The admin's demo adapter with some methods replaced. */
const withDemo = (overrides: Partial<CustomerActivityAdapter>): CustomerActivityAdapter =>
  withOverrides(demoAdapter(), overrides);

/** An adapter whose enterprise summary never arrives. */
export const pendingAdapter = (): CustomerActivityAdapter =>
  withDemo({ getEnterpriseSummary: (_query, options) => never(options) });

/** An adapter whose server cannot be reached once the session is known. */
export const failingAdapter = (): CustomerActivityAdapter =>
  withDemo({
    getEnterpriseSummary: unreachable,
    queryAdditionalCases: unreachable,
  });

/** The stories' common annotations; each file adds its own title. */
export const base: Omit<Meta<Args>, 'title'> = {
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
