import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { base, failingAdapter, pendingAdapter, type Args } from '../helpers/customer-activity.js';

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
