import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { AccessDeniedError, DatasetError, NotFoundError } from '../../src/data/errors.js';
import { args, argTypes, render, type Args } from '../helpers/state-panel.js';
import '../helpers/register.js';

// The playground (with autodocs) is in ../state-panel.stories.ts.
const meta: Meta<Args> = {
  title: 'States/State panel',
  component: 'ca-state-panel',
  tags: ['!autodocs'],
  args,
  argTypes,
  render,
};
export default meta;

type Story = StoryObj<Args>;

export const Error: Story = { args: { state: 'error' } };

export const ErrorAccessDenied: Story = {
  name: 'Error: access denied',
  args: { state: 'error', error: new AccessDeniedError(), noRetry: true },
};

export const ErrorNotFound: Story = {
  name: 'Error: not found',
  args: { state: 'error', error: new NotFoundError() },
};

export const ErrorInvalidData: Story = {
  name: 'Error: invalid data',
  args: {
    state: 'error',
    error: new DatasetError([
      { path: 'entitlements[12].purchased', message: 'expected number, received string' },
    ]),
  },
};

export const ErrorNetwork: Story = {
  name: 'Error: network',
  args: { state: 'error', error: new TypeError('Failed to fetch') },
};

export const Empty: Story = { args: { state: 'empty' } };

export const EmptyWithAction: Story = {
  name: 'Empty, with an action',
  args: { state: 'empty', heading: 'No additional cases', message: 'No case matches the chosen reasons.' },
  render: (args) => html`
    <ca-state-panel state=${args.state} heading=${args.heading ?? ''} message=${args.message ?? ''}>
      <button type="button">Clear the reason filter</button>
    </ca-state-panel>
  `,
};

export const NoAccess: Story = { name: 'No access', args: { state: 'no-access' } };

export const Portuguese: Story = {
  name: 'Português (Brasil)',
  args: { state: 'error', error: new NotFoundError() },
  render: (args) => html`
    <div lang="pt-BR">
      <ca-state-panel state=${args.state} .error=${args.error} @ca-retry=${args.onRetry}></ca-state-panel>
    </div>
  `,
};
