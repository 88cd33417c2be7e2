import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { TOKEN_DOCS } from '../src/styles/token-docs.js';
import { TOKEN_NAMES } from '../src/styles/tokens.js';
import { buildingBlockData, everyElement } from './helpers/every-element.js';
import './helpers/register.js';

/** The tokens a host sets in the stories below (a subset: every other token keeps its default). */
interface Args {
  surface: string;
  surfaceRaised: string;
  surfaceSunken: string;
  border: string;
  text: string;
  textMuted: string;
  accent: string;
  onAccent: string;
  focus: string;
  ok: string;
  warning: string;
  critical: string;
  over: string;
  fontFamily: string;
  radiusS: string;
  radiusM: string;
  chart1: string;
}

const TOKEN_OF: Record<keyof Args, (typeof TOKEN_NAMES)[number]> = {
  surface: '--ca-color-surface',
  surfaceRaised: '--ca-color-surface-raised',
  surfaceSunken: '--ca-color-surface-sunken',
  border: '--ca-color-border',
  text: '--ca-color-text',
  textMuted: '--ca-color-text-muted',
  accent: '--ca-color-accent',
  onAccent: '--ca-color-on-accent',
  focus: '--ca-color-focus',
  ok: '--ca-color-ok',
  warning: '--ca-color-warning',
  critical: '--ca-color-critical',
  over: '--ca-color-over',
  fontFamily: '--ca-font-family',
  radiusS: '--ca-radius-s',
  radiusM: '--ca-radius-m',
  chart1: '--ca-chart-series-1',
};

/**
 * One `<style>` element with one `:root` rule: the only place the theme is written. It is part of the story's DOM,
 * so it goes away with the story.
 */
function rootTheme(args: Args): HTMLStyleElement {
  const style = document.createElement('style');
  style.dataset.theme = 'root';
  const declarations = (Object.keys(TOKEN_OF) as (keyof Args)[])
    .map((key) => `  ${TOKEN_OF[key]}: ${args[key]};`)
    .join('\n');
  style.textContent = `:root {\n${declarations}\n}`;
  return style;
}

const meta: Meta<Args> = {
  title: 'Theming/Re-theme from :root',
  args: {
    surface: '#fffdf7',
    surfaceRaised: '#f5efe1',
    surfaceSunken: '#ebe3d0',
    border: '#c9bda3',
    text: '#2b2118',
    textMuted: '#6b5d4d',
    accent: '#0f6b5c',
    onAccent: '#ffffff',
    focus: '#b4235a',
    ok: '#2f7d32',
    warning: '#9a5b00',
    critical: '#b23c17',
    over: '#a4161a',
    fontFamily: "Georgia, 'Times New Roman', serif",
    radiusS: '2px',
    radiusM: '14px',
    chart1: '#0f6b5c',
  },
  argTypes: Object.fromEntries(
    (Object.keys(TOKEN_OF) as (keyof Args)[]).map((key) => [
      key,
      {
        name: TOKEN_OF[key],
        description: TOKEN_DOCS[TOKEN_OF[key]],
        control:
          TOKEN_OF[key].startsWith('--ca-color') || TOKEN_OF[key].startsWith('--ca-chart') ? 'color' : 'text',
      },
    ]),
  ),
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'A host themes every element by setting the public `--ca-*` tokens once, on `:root` (or any ancestor): no ' +
          'per-element CSS, no `::part` rules. These stories write one `:root { … }` rule and render every element ' +
          'of the library under it; the controls change the tokens live.',
      },
    },
  },
  loaders: [async () => ({ data: await buildingBlockData() })],
  render: (args, { loaded }) => html`
    ${rootTheme(args)} ${everyElement(loaded.data as Awaited<ReturnType<typeof buildingBlockData>>)}
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** A warm, serif brand theme, set on `:root` alone. */
export const BrandTheme: Story = { name: 'Brand theme' };

/** A dark brand theme: the same `:root` rule with dark values (the page's `color-scheme` is dark too). */
export const DarkBrandTheme: Story = {
  name: 'Dark brand theme',
  globals: { theme: 'dark' },
  args: {
    surface: '#14201d',
    surfaceRaised: '#1b2b27',
    surfaceSunken: '#0d1513',
    border: '#35504a',
    text: '#e8f1ee',
    textMuted: '#a9bfb8',
    accent: '#5fd4bd',
    onAccent: '#06201b',
    focus: '#ff8fb8',
    ok: '#6fd37a',
    warning: '#f0b95a',
    critical: '#ff9466',
    over: '#ff7b7b',
    chart1: '#5fd4bd',
  },
};

/**
 * No token set at all, dark colour scheme: the defaults follow the page's `color-scheme` through `light-dark()`, so
 * a dark host gets the dark theme with no other change.
 */
export const DefaultsInDark: Story = {
  name: 'Defaults, dark colour scheme',
  globals: { theme: 'dark' },
  render: (_args, { loaded }) => everyElement(loaded.data as Awaited<ReturnType<typeof buildingBlockData>>),
};

/** Every public token and what it does (the same list as in the README and in each element's docs). */
export const TokenReference: Story = {
  name: 'Token reference',
  parameters: { controls: { disable: true } },
  render: () => html`
    <table class="token-reference">
      <caption>
        Design tokens: set them on
        <code>:root</code>
        or any ancestor of the elements
      </caption>
      <thead>
        <tr>
          <th scope="col">Token</th>
          <th scope="col">What it sets</th>
        </tr>
      </thead>
      <tbody>
        ${TOKEN_NAMES.map(
          (name) =>
            html`<tr>
              <th scope="row"><code>${name}</code></th>
              <td>${TOKEN_DOCS[name]}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  `,
};
