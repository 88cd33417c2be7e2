import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { buildingBlockData, everyElement } from './helpers/every-element.js';
import './helpers/register.js';

type Data = Awaited<ReturnType<typeof buildingBlockData>>;

const meta: Meta = {
  title: 'Accessibility/Keyboard and forced colours',
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'How the elements work with a keyboard alone, in forced colours (Windows contrast themes) and with ' +
          'reduced motion. The Accessibility panel (addon-a11y) runs axe on every story of this Storybook.',
      },
    },
  },
  loaders: [async () => ({ data: await buildingBlockData() })],
};
export default meta;

type Story = StoryObj;

function notes(title: string, items: TemplateResult): TemplateResult {
  return html`
    <section
      class="a11y-notes"
      aria-label=${title}
      style="font-family: system-ui, sans-serif; max-width: 62rem; line-height: 1.5; margin-bottom: 2rem"
    >
      <h2>${title}</h2>
      ${items}
    </section>
  `;
}

/** What each key does, then every element to try it on. */
export const Keyboard: Story = {
  render: (_args, { loaded }) => html`
    ${notes(
      'Keyboard',
      html`<dl style="display: grid; grid-template-columns: max-content 1fr; gap: 0.5rem 1.5rem">
        <dt>Tab / Shift+Tab</dt>
        <dd>
          Move through the controls in reading order. Every control shows a focus ring in
          <code>--ca-color-focus</code>; a data grid is one tab stop.
        </dd>
        <dt>Enter or Space on an entitlement's name</dt>
        <dd>
          Opens its detail (<code>ca-entitlement-select</code>, then <code>ca-navigate</code>). Focus moves to
          the detail's heading; "Back" returns it to the name you chose, at the same scroll position.
        </dd>
        <dt>Workspace filter</dt>
        <dd>
          Enter, Space, ↓ or ↑ on its button opens the list; ↑ ↓ Home End move between workspaces; Space ticks
          one; Enter applies; Escape closes it and returns focus to the button.
        </dd>
        <dt>Data grid</dt>
        <dd>
          Arrow keys move cell by cell, Home / End to the first / last cell of the row, Ctrl+Home / Ctrl+End
          to the first / last cell of the grid, Page Up / Page Down by a screenful; the header row is part of
          the grid and a sortable header is a button (Enter or Space sorts). In the search field Enter
          searches at once and Escape clears it.
        </dd>
        <dt>Chart</dt>
        <dd>
          "Show as table" (a button) shows the same figures as a table, for screen readers and keyboards
          alike.
        </dd>
      </dl>`,
    )}
    ${everyElement(loaded.data as Data)}
  `,
};

/** What changes in forced colours, how to see it, and the elements to look at. */
export const ForcedColours: Story = {
  name: 'Forced colours',
  render: (_args, { loaded }) => html`
    ${notes(
      'Forced colours (high contrast)',
      html`<p>
          To see it here: Chrome DevTools → More tools → Rendering → "Emulate CSS media feature forced-colors:
          active" (or turn on a contrast theme in Windows). The library's checks take a screenshot of every
          element in this mode on each build.
        </p>
        <ul>
          <li>
            Text, borders and surfaces take the system colours (<code>CanvasText</code>, <code>Canvas</code>);
            the tokens switch to them in one place (<code>src/styles/tokens.ts</code>).
          </li>
          <li>
            Meters keep their bar: the fill, the limit and the term-elapsed marker are drawn in
            <code>CanvasText</code>, the over-consumed part in <code>Highlight</code>, so the share stays
            visible where background colours are dropped.
          </li>
          <li>
            Chosen chips and segments (status and reason filters) use <code>Highlight</code> /
            <code>HighlightText</code>; expiry badges keep a <code>CanvasText</code> outline; the focus ring
            is <code>Highlight</code>.
          </li>
          <li>
            Thresholds are never told by colour alone: each meter says "84% used — warning" in text, each
            badge says "expires in 23 days".
          </li>
          <li>
            Under <code>prefers-reduced-motion</code> the loading spinner stands still and charts do not
            animate.
          </li>
        </ul>`,
    )}
    ${everyElement(loaded.data as Data)}
  `,
};
