/** What the state-panel stories share (the playground and the states): their args, controls and template. */
import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { fn } from 'storybook/test';
import type { StatePanelState } from '../../src/components/state-panel/state-panel.js';

export interface Args {
  state: StatePanelState;
  heading?: string;
  message?: string;
  error?: unknown;
  noRetry: boolean;
  headingLevel: number;
  onRetry: (event: Event) => void;
}

export const args: Meta<Args>['args'] = { state: 'loading', noRetry: false, headingLevel: 2, onRetry: fn() };

export const argTypes: Meta<Args>['argTypes'] = {
  state: { control: 'inline-radio', options: ['loading', 'error', 'empty', 'no-access'] },
  error: { control: false },
};

export const render: Meta<Args>['render'] = (args) => html`
  <ca-state-panel
    state=${args.state}
    .heading=${args.heading}
    .message=${args.message}
    .error=${args.error}
    ?no-retry=${args.noRetry}
    heading-level=${args.headingLevel}
    @ca-retry=${args.onRetry}
  ></ca-state-panel>
`;
