import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/define.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    lang: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Language',
        items: [
          { value: 'en', title: 'English' },
          { value: 'pt-BR', title: 'Português (Brasil)' },
        ],
      },
    },
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
      },
    },
  },
  initialGlobals: { lang: 'en', theme: 'light' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = String(context.globals.lang ?? 'en');
      const dark = context.globals.theme === 'dark';
      // The elements follow the page's colour scheme (their tokens use light-dark()).
      document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
      document.body.style.background = dark ? '#0b0d10' : '#ffffff';
      document.body.style.color = dark ? '#e6e9ed' : '#1f2328';
      return story();
    },
  ],
  parameters: {
    a11y: { test: 'error' },
    options: { storySort: { order: ['Playground', 'States', 'Theming', 'Accessibility'] } },
  },
};

export default preview;
