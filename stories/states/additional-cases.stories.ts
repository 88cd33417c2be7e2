import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { CustomerActivityAdapter } from '../../src/data/adapter.js';
import { never, unreachable, withOverrides } from '../helpers/adapters.js';
import { args, argTypes, demoAdapter, parameters, render, type Args } from '../helpers/additional-cases.js';
import '../helpers/register.js';

/** The admin's demo adapter with some methods replaced. */
const withDemo = (overrides: Partial<CustomerActivityAdapter>): CustomerActivityAdapter =>
  withOverrides(demoAdapter(), overrides);

/** An adapter whose cases never arrive (until the story is left). */
const pendingAdapter = (): CustomerActivityAdapter =>
  withDemo({
    queryAdditionalCases: (_query, options) => never(options),
  });

/** An adapter whose server cannot be reached. */
const failingAdapter = (): CustomerActivityAdapter => withDemo({ queryAdditionalCases: unreachable });

/** An adapter with no additional case at all. */
const emptyAdapter = (): CustomerActivityAdapter =>
  withDemo({
    queryAdditionalCases: () => Promise.resolve({ rows: [], total: 0, hiddenByPermissions: 0 }),
  });

// The playground (with autodocs) is in ../additional-cases.stories.ts.
const meta: Meta<Args> = {
  title: 'States/Additional cases',
  component: 'additional-cases',
  tags: ['!autodocs'],
  args,
  argTypes,
  parameters,
  render,
};
export default meta;

type Story = StoryObj<Args>;

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
