import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { unreachable, withOverrides } from '../helpers/adapters.js';
import {
  base,
  demoAdapter,
  failingAdapter,
  pendingAdapter,
  type Args,
} from '../helpers/customer-activity.js';
import { withNothingToAttend, withOutlookPackages } from '../helpers/outlook.js';

// The playground (with autodocs) is in ../customer-activity.stories.ts.
const meta: Meta<Args> = {
  ...base,
  title: 'States/Customer activity',
  component: 'customer-activity',
  tags: ['!autodocs'],
};
export default meta;

type Story = StoryObj<Args>;

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
  render: (args, context) => base.render!({ ...args, adapter: pendingAdapter() }, context),
};

/** The server cannot be reached: errors with "Try again". */
export const ErrorState: Story = {
  name: 'Error',
  render: (args, context) => base.render!({ ...args, adapter: failingAdapter() }, context),
};

/** A viewer who may not see the page: who can grant the role, and nothing else is asked for. */
export const NoAccess: Story = { name: 'No access', args: { viewerId: 'u-none' } };

/** The page in Brazilian Portuguese. */
export const Portuguese: Story = { name: 'Português (Brasil)', args: { lang: 'pt-BR' } };

/** The dark theme: `color-scheme: dark` on an ancestor (the tokens use `light-dark()`). */
export const Dark: Story = { args: { theme: 'dark' } };

/**
 * "Needs attention" at the top of the page: over the purchase, runs out before the term ends, expiring with a large
 * share unused — each a button to its detail. The summary lines and the entitlement table show each outlook in words.
 */
export const NeedsAttention: Story = { name: 'Needs attention', args: { viewerId: 'u-admin' } };

/** "Needs attention" in Brazilian Portuguese. */
export const NeedsAttentionPortuguese: Story = {
  name: 'Needs attention (Português)',
  args: { viewerId: 'u-admin', lang: 'pt-BR' },
};

/** A contract where nothing needs attention: the calm line. */
export const NothingNeedsAttention: Story = {
  name: 'Nothing needs attention',
  render: (args, context) => base.render!({ ...args, adapter: withNothingToAttend(demoAdapter()) }, context),
};

/** The packages behind "Needs attention" cannot be read: an error with "Try again"; the rest of the page stands. */
export const AttentionError: Story = {
  name: 'Needs attention: error',
  render: (args, context) =>
    base.render!(
      {
        ...args,
        adapter: withOverrides(demoAdapter(), {
          listPackages: (query, options) =>
            query.scope === 'enterprise' ? unreachable() : demoAdapter().listPackages(query, options),
        }),
      },
      context,
    ),
};

/** A story package with an entitlement of every outlook, listed first among the add-on packages. */
export const EveryOutlook: Story = {
  name: 'Every outlook',
  render: (args, context) => base.render!({ ...args, adapter: withOutlookPackages(demoAdapter()) }, context),
};

/** Every outlook and "Needs attention" in the dark theme. */
export const EveryOutlookDark: Story = {
  name: 'Every outlook (dark)',
  args: { theme: 'dark' },
  render: (args, context) => base.render!({ ...args, adapter: withOutlookPackages(demoAdapter()) }, context),
};
