import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { CustomerActivityAdapter } from '../../src/data/adapter.js';
import { never, unreachable, withOverrides } from '../helpers/adapters.js';
import { args, argTypes, demoAdapter, parameters, render, type Args } from '../helpers/entitlement-detail.js';
import '../helpers/register.js';

/** The admin's demo adapter with some methods replaced. */
const withDemo = (overrides: Partial<CustomerActivityAdapter>): CustomerActivityAdapter =>
  withOverrides(demoAdapter(), overrides);

/** An adapter whose entitlement never arrives (until the story is left). */
const pendingAdapter = (): CustomerActivityAdapter =>
  withDemo({
    getEntitlement: (_query, options) => never(options),
  });

/** An adapter whose server cannot be reached. */
const failingAdapter = (): CustomerActivityAdapter => withDemo({ getEntitlement: unreachable });

// The playground (with autodocs) is in ../entitlement-detail.stories.ts.
const meta: Meta<Args> = {
  title: 'States/Entitlement detail',
  component: 'entitlement-detail',
  tags: ['!autodocs'],
  args,
  argTypes,
  parameters,
  render,
};
export default meta;

type Story = StoryObj<Args>;

/** Reactive support: as needed (no purchased amount), thousands of cases; the services grid names them "Case". */
export const Reactive: Story = { name: 'Reactive support', args: { entitlementId: 'ent-2025-reactive' } };

/** Advisory support at 83 % of the hours purchased: the meter warns. */
export const Advisory: Story = { name: 'Advisory support', args: { entitlementId: 'ent-2025-advisory' } };

/** Proactive services at 95 %: critical; hours done in the figures and the grid. */
export const Proactive: Story = { name: 'Proactive services', args: { entitlementId: 'ent-2025-proactive' } };

/** Workshops over the purchased amount, with a mailto: action link. */
export const Workshop: Story = { name: 'Workshops (over)', args: { entitlementId: 'ent-2025-workshop' } };

/** Proactive credits: service, date, credits. */
export const ProactiveCredits: Story = {
  name: 'Proactive credits',
  args: { entitlementId: 'ent-2025-credits' },
};

/** Designated support engineering: the services columns with hours done. */
export const DesignatedEngineering: Story = {
  name: 'Designated support engineering',
  args: { entitlementId: 'ent-2025-dse' },
};

/** Support technology advisor: the services columns with hours done. */
export const SupportTechnologyAdvisor: Story = {
  name: 'Support technology advisor',
  args: { entitlementId: 'ent-2025-sta' },
};

/** Support contacts: name, e-mail, added. */
export const SupportContacts: Story = {
  name: 'Support contacts',
  args: { entitlementId: 'ent-2025-contacts' },
};

/** Education on demand, for an administrator: learner, activity, date, status, and the export. */
export const Education: Story = {
  name: 'Education on demand',
  args: { entitlementId: 'ent-2025-education' },
};

/** Education on demand for a viewer without `exportEducation`: no export button, a note says who may export. */
export const EducationNoExport: Story = {
  name: 'Education on demand — export not allowed',
  args: { entitlementId: 'ent-2025-education', viewerId: 'u-activity' },
};

/** Assessments on demand: assessment, date, status. */
export const Assessments: Story = {
  name: 'Assessments on demand',
  args: { entitlementId: 'ent-2025-assessments' },
};

/** An "other" consumable of an inactive, expired add-on package: the services columns. */
export const Other: Story = { name: 'Other service', args: { entitlementId: 'ent-sap-migration' } };

/** An additional benefit: no meter, chart or grid — an explanation instead. */
export const Benefit: Story = { name: 'Additional benefit', args: { entitlementId: 'ent-2025-csam' } };

/** A `javascript:` action URL from the data: written out as text, never a link. */
export const UnsafeLink: Story = { name: 'Unsafe action link', args: { entitlementId: 'ent-sec-proactive' } };

/** A consumable with no consumption yet: the chart says so and the grid is empty. */
export const Empty: Story = { name: 'Empty history', args: { entitlementId: 'ent-finops-credits' } };

/** No entitlement chosen. */
export const NoEntitlement: Story = { name: 'No entitlement selected', args: { entitlementId: undefined } };

/** An entitlement of a contract that has not started: nothing can have been consumed. */
export const Upcoming: Story = { name: 'Upcoming contract', args: { entitlementId: 'ent-2027-advisory' } };

/** While the entitlement is on its way. */
export const Loading: Story = {
  render: (args, context) => meta.render!({ ...args, adapter: pendingAdapter() }, context),
};

/** The server cannot be reached: an error with "Try again" (and a `ca-error` event). */
export const ErrorState: Story = {
  name: 'Error',
  render: (args, context) => meta.render!({ ...args, adapter: failingAdapter() }, context),
};

/** A viewer who may not see the page. */
export const NoAccess: Story = { name: 'No access', args: { viewerId: 'u-none' } };

/** Education on demand in Brazilian Portuguese, every workspace. */
export const Portuguese: Story = {
  name: 'Português (Brasil)',
  args: {
    lang: 'pt-BR',
    entitlementId: 'ent-2025-education',
    workspaceIds: ['ws-sp-ops', 'ws-rj-fin', 'ws-bh-ti', 'ws-poa-dados', 'ws-lis-eu'],
  },
};

/**
 * Runs out early: the outlook says when, its figures one click away; the chart draws the contract-wide consumption
 * (229 of 240 hours) against the purchase, the even pace and the projection past the purchase, with the selected
 * workspace's own line beside it.
 */
export const RunsOut: Story = {
  name: 'Outlook: runs out early',
  args: { entitlementId: 'ent-2025-proactive' },
};

/** Would expire largely unused, in Brazilian Portuguese. */
export const UnderusedPortuguese: Story = {
  name: 'Outlook: underused (Português)',
  args: { entitlementId: 'ent-sec-proactive', lang: 'pt-BR' },
};

/** Every workspace selected: the chart has no separate selected-workspaces line. */
export const AllWorkspacesChart: Story = {
  name: 'Chart over every workspace',
  args: {
    entitlementId: 'ent-2025-proactive',
    workspaceIds: ['ws-sp-ops', 'ws-rj-fin', 'ws-bh-ti', 'ws-poa-dados', 'ws-lis-eu'],
  },
};
