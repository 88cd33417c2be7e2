/** What the meter stories share (the playground and the states): their args, controls and template. */
import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Threshold } from '../../src/domain/types.js';

export interface Args {
  value: number;
  max: number | null;
  threshold?: Threshold;
  label: string;
  marker: number | null;
}

export const args: Meta<Args>['args'] = {
  value: 62,
  max: 100,
  threshold: 'ok',
  label: 'Reactive support hours',
  marker: 0.48,
};

export const argTypes: Meta<Args>['argTypes'] = {
  threshold: { control: 'select', options: ['ok', 'warning', 'critical', 'over', 'unlimited', 'benefit'] },
  value: { control: { type: 'number', min: 0 } },
  max: { control: { type: 'number', min: 0 } },
  marker: { control: { type: 'range', min: 0, max: 1, step: 0.01 } },
};

export const render: Meta<Args>['render'] = (args) => html`
  <ca-meter
    style="max-width: 24rem"
    .value=${args.value}
    .max=${args.max}
    .threshold=${args.threshold}
    .label=${args.label}
    .marker=${args.marker}
  ></ca-meter>
`;
