import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { base, type Args } from './helpers/customer-activity.js';

// The states (every viewer, loading, error, no access, pt-BR, dark) are in ./states/customer-activity.stories.ts.
const meta: Meta<Args> = { ...base, title: 'Playground/Customer activity', component: 'customer-activity' };
export default meta;

type Story = StoryObj<Args>;

/** Every control, over the demo dataset: pick a demo viewer to see the page as they do. */
export const Playground: Story = {};
