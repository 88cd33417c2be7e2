import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { expiryBadgeStyles } from '../../src/components/expiry-badge/expiry-badge.styles.js';
import { meterStyles } from '../../src/components/meter/meter.styles.js';
import { statePanelStyles } from '../../src/components/state-panel/state-panel.styles.js';
import { workspaceFilterStyles } from '../../src/components/workspace-filter/workspace-filter.styles.js';
import { TOKEN_NAMES, tokens } from '../../src/styles/tokens.js';

const ELEMENTS: [string, CSSResult][] = [
  ['state-panel', statePanelStyles],
  ['meter', meterStyles],
  ['expiry-badge', expiryBadgeStyles],
  ['workspace-filter', workspaceFilterStyles],
];

const names = (text: string, pattern: RegExp): Set<string> =>
  new Set([...text.matchAll(pattern)].map((m) => m[1]));

describe('building-block styles', () => {
  for (const [element, styles] of ELEMENTS) {
    describe(element, () => {
      const own = styles.cssText;
      const all = `${tokens.cssText}\n${own}`;

      it('uses only private variables that are defined', () => {
        const used = names(all, /var\(\s*(--_[\w-]+)/g);
        const defined = names(all, /(--_[\w-]+)\s*:/g);
        const undefinedOnes = [...used].filter((n) => !defined.has(n));
        expect(undefinedOnes, `undefined private variables in ${element}`).to.deep.equal([]);
      });

      it(`reads only its own --ca-${element}-* variables, each copied once into a private one`, () => {
        const publicRefs = [...own.matchAll(/var\(\s*(--ca-[\w-]+)/g)].map((m) => m[1]);
        const foreign = publicRefs.filter((n) => !n.startsWith(`--ca-${element}-`));
        expect(foreign, 'design tokens are read through the private --_ copies').to.deep.equal([]);
        expect(new Set(publicRefs).size, 'each public variable is read once').to.equal(publicRefs.length);
        const copies = [...own.matchAll(/(--_[\w-]+)\s*:\s*var\(\s*(--ca-[\w-]+)/g)].map((m) => m[2]);
        expect(copies.sort()).to.deep.equal([...publicRefs].sort());
      });

      it('does not redefine a design token', () => {
        const tokenPrivates = new Set(TOKEN_NAMES.map((n) => n.replace('--ca-', '--_')));
        const redefined = [...names(own, /(--_[\w-]+)\s*:/g)].filter((n) => tokenPrivates.has(n));
        expect(redefined).to.deep.equal([]);
      });
    });
  }
});
