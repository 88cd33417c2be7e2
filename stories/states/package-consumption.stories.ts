import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { CustomerActivityAdapter } from '../../src/data/adapter.js';
import { never, unreachable, withOverrides } from '../helpers/adapters.js';
import {
  args,
  argTypes,
  demoAdapter,
  parameters,
  render,
  type Args,
} from '../helpers/package-consumption.js';
import { withOutlookPackages } from '../helpers/outlook.js';
import '../helpers/register.js';

/** The admin's demo adapter with some methods replaced. */
const withDemo = (overrides: Partial<CustomerActivityAdapter>): CustomerActivityAdapter =>
  withOverrides(demoAdapter(), overrides);

/** An adapter whose packages never arrive (until the story is left). */
const pendingAdapter = (): CustomerActivityAdapter =>
  withDemo({
    listPackages: (_query, options) => never(options),
  });

/** An adapter whose server cannot be reached. */
const failingAdapter = (): CustomerActivityAdapter => withDemo({ listPackages: unreachable });

// The playground (with autodocs) is in ../package-consumption.stories.ts.
const meta: Meta<Args> = {
  title: 'States/Package consumption',
  component: 'package-consumption',
  tags: ['!autodocs'],
  args,
  argTypes,
  parameters,
  render,
};
export default meta;

type Story = StoryObj<Args>;

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

/**
 * Every outlook in words, each a disclosure with its figures: on track, runs out early, would expire largely unused,
 * used up, over the purchase, as needed (none), not started and ended.
 */
export const EveryOutlook: Story = {
  name: 'Every outlook',
  render: (args, context) => meta.render!({ ...args, adapter: withOutlookPackages(demoAdapter()) }, context),
};

/** Every outlook in Brazilian Portuguese. */
export const EveryOutlookPortuguese: Story = {
  name: 'Every outlook (Português)',
  args: { lang: 'pt-BR' },
  render: (args, context) => meta.render!({ ...args, adapter: withOutlookPackages(demoAdapter()) }, context),
};
