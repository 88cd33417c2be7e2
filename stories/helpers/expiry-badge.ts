/** What the expiry-badge stories share (the playground and the states): their args, controls and template. */
import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ExpiryState } from '../../src/domain/types.js';

export interface Args {
  daysLeft: number;
  expiry?: ExpiryState;
  endDate?: string;
}

export const args: Meta<Args>['args'] = { daysLeft: 240, endDate: '2027-07-24' };

export const argTypes: Meta<Args>['argTypes'] = {
  expiry: { control: 'inline-radio', options: [undefined, 'active', 'expiring', 'expired'] },
};

export const render: Meta<Args>['render'] = (args) => html`
  <ca-expiry-badge
    .daysLeft=${args.daysLeft}
    .expiry=${args.expiry}
    .endDate=${args.endDate}
  ></ca-expiry-badge>
`;
