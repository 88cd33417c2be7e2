/**
 * What the entitlement-detail stories share (the playground and the states): their args, controls and template,
 * over the demo dataset.
 */
import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { fn } from 'storybook/test';
import type { CustomerActivityAdapter } from '../../src/data/adapter.js';
import { createDemoDataset } from '../../src/data/demo-dataset.js';
import { createMemoryAdapter } from '../../src/data/memory-adapter.js';
import type { Dataset } from '../../src/domain/types.js';

export interface Args {
  adapter?: CustomerActivityAdapter;
  viewerId: string;
  entitlementId?: string;
  workspaceIds: string[];
  lang: 'en' | 'pt-BR';
  onExport: (event: Event) => void;
  onError: (event: Event) => void;
}

// The demo dataset (today is 2026-11-20). Contract ctr-2025 has an enterprise package (pkg-2025-ent) with one
// entitlement of every kind, and add-on packages; ent-sec-proactive carries the dataset's one `javascript:` URL.
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

const ENTITLEMENTS = [
  'ent-2025-reactive',
  'ent-2025-advisory',
  'ent-2025-proactive',
  'ent-2025-workshop',
  'ent-2025-credits',
  'ent-2025-dse',
  'ent-2025-sta',
  'ent-2025-contacts',
  'ent-2025-education',
  'ent-2025-assessments',
  'ent-sap-migration',
  'ent-2025-csam',
  'ent-sec-proactive',
  'ent-finops-credits',
  'ent-2027-advisory',
];

export const args: Meta<Args>['args'] = {
  viewerId: 'u-admin',
  entitlementId: 'ent-2025-advisory',
  workspaceIds: [],
  lang: 'en',
  onExport: fn(),
  onError: fn(),
};

export const argTypes: Meta<Args>['argTypes'] = {
  adapter: { control: false },
  viewerId: {
    control: 'select',
    options: ['u-admin', 'u-ws-admin', 'u-activity', 'u-learning', 'u-viewall', 'u-none'],
  },
  entitlementId: { control: 'select', options: [undefined, ...ENTITLEMENTS] },
  lang: { control: 'inline-radio', options: ['en', 'pt-BR'] },
};

export const parameters: Meta<Args>['parameters'] = { layout: 'padded' };

export const render: Meta<Args>['render'] = (args) => html`
  <div lang=${args.lang} style="max-width: 72rem">
    <entitlement-detail
      .adapter=${args.adapter ?? demoAdapter(args.viewerId)}
      .entitlementId=${args.entitlementId}
      .workspaceIds=${args.workspaceIds}
      @ca-export=${args.onExport}
      @ca-error=${args.onError}
    ></entitlement-detail>
  </div>
`;
