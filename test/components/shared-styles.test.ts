import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { additionalCasesStyles } from '../../src/components/additional-cases/additional-cases.styles.js';
import { chartStyles } from '../../src/components/chart/chart.styles.js';
import { customerActivityStyles } from '../../src/components/customer-activity/customer-activity.styles.js';
import { dataGridStyles } from '../../src/components/data-grid/data-grid.styles.js';
import { entitlementDetailStyles } from '../../src/components/entitlement-detail/entitlement-detail.styles.js';
import { expiryBadgeStyles } from '../../src/components/expiry-badge/expiry-badge.styles.js';
import { meterStyles } from '../../src/components/meter/meter.styles.js';
import { packageConsumptionStyles } from '../../src/components/package-consumption/package-consumption.styles.js';
import { outlookStyles } from '../../src/components/shared/outlook.styles.js';
import { statePanelStyles } from '../../src/components/state-panel/state-panel.styles.js';
import { workspaceFilterStyles } from '../../src/components/workspace-filter/workspace-filter.styles.js';
import { TOKEN_NAMES, tokens } from '../../src/styles/tokens.js';

const ELEMENTS: [string, CSSResult][] = [
  ['state-panel', statePanelStyles],
  ['meter', meterStyles],
  ['expiry-badge', expiryBadgeStyles],
  ['workspace-filter', workspaceFilterStyles],
  ['chart', chartStyles],
  ['data-grid', dataGridStyles],
  ['package-consumption', packageConsumptionStyles],
  ['entitlement-detail', entitlementDetailStyles],
  ['additional-cases', additionalCasesStyles],
  ['customer-activity', customerActivityStyles],
  // Shared by the elements that show a balance's outlook.
  ['outlook', outlookStyles],
];

/** Private variables an element sets from script (through a style directive) rather than in its stylesheet. */
const SET_BY_SCRIPT: Record<string, string[]> = {
  'data-grid': ['--_row-height', '--_columns', '--_min-width'],
};

const names = (text: string, pattern: RegExp): Set<string> =>
  new Set([...text.matchAll(pattern)].map((m) => m[1]));

/** Every element's stylesheet follows the token rules of STYLE.md: one test for all of them. */
describe('element styles', () => {
  for (const [element, styles] of ELEMENTS) {
    describe(element, () => {
      const own = styles.cssText;
      const all = `${tokens.cssText}\n${own}`;

      it('uses only private variables that are defined', () => {
        const used = names(all, /var\(\s*(--_[\w-]+)/g);
        const defined = names(all, /(--_[\w-]+)\s*:/g);
        for (const name of SET_BY_SCRIPT[element] ?? []) defined.add(name);
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
