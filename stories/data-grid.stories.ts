import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { args, argTypes, render, syntheticSource, type Args } from './helpers/data-grid.js';

// The states (one million rows, empty, no match, error, loading, pt-BR) are in states/data-grid.stories.ts.
const meta: Meta<Args> = {
  title: 'Playground/Data grid',
  component: 'ca-data-grid',
  args,
  argTypes,
  render,
};
export default meta;

type Story = StoryObj<Args>;

/** 100,000 synthetic rows: sort by a header, search (accents ignored: try "educacao"), scroll, export. */
export const Playground: Story = { args: { source: syntheticSource(100_000) } };
