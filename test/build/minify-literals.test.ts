/**
 * The library build's minification of css`` and html`` templates (scripts/minify-literals-plugin.mjs) changes no
 * meaning: every stylesheet of the library parses to the same rules as before (compared through the browser's
 * CSSOM), and markup keeps its elements, attributes and text (whitespace collapsed as HTML renders it).
 */
import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { minifyCss as css, minifyMarkup as markup } from '../../scripts/minify-literals-plugin.mjs';
import { additionalCasesStyles } from '../../src/components/additional-cases/additional-cases.styles.js';
import { chartStyles } from '../../src/components/chart/chart.styles.js';
import { customerActivityStyles } from '../../src/components/customer-activity/customer-activity.styles.js';
import { dataGridStyles } from '../../src/components/data-grid/data-grid.styles.js';
import { entitlementDetailStyles } from '../../src/components/entitlement-detail/entitlement-detail.styles.js';
import { expiryBadgeStyles } from '../../src/components/expiry-badge/expiry-badge.styles.js';
import { meterStyles } from '../../src/components/meter/meter.styles.js';
import { packageConsumptionStyles } from '../../src/components/package-consumption/package-consumption.styles.js';
import { entitlementLinkStyles } from '../../src/components/shared/entitlement-link.styles.js';
import { statePanelStyles } from '../../src/components/state-panel/state-panel.styles.js';
import { workspaceFilterStyles } from '../../src/components/workspace-filter/workspace-filter.styles.js';
import { tokens } from '../../src/styles/tokens.js';

const STYLES: Record<string, CSSResult> = {
  additionalCasesStyles,
  chartStyles,
  customerActivityStyles,
  dataGridStyles,
  entitlementDetailStyles,
  expiryBadgeStyles,
  meterStyles,
  packageConsumptionStyles,
  entitlementLinkStyles,
  statePanelStyles,
  workspaceFilterStyles,
  tokens,
};

/**
 * The rules of a stylesheet as the browser parsed them. A value holding var() keeps its tokens as written
 * (whitespace included), so whitespace next to commas and parentheses is normalised on both sides.
 */
function rulesOf(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((r) =>
    r.cssText
      .replace(/\s+/g, ' ')
      .replace(/\s*([,(])\s*/g, '$1')
      .replace(/\s*\)/g, ')'),
  );
}

describe('minified template literals', () => {
  for (const [name, style] of Object.entries(STYLES)) {
    it(`${name} parses to the same rules, shorter`, () => {
      const text = style.cssText;
      const min = css(text);
      expect(min.length).to.be.below(text.length);
      expect(rulesOf(min)).to.deep.equal(rulesOf(text));
    });
  }

  it('keeps strings, calc() operators and descendant pseudo-classes; drops comments', () => {
    const min = css(
      `/* note */\n:host {\n  width: calc(100% - 2px);\n}\n.a :hover, .b > .c::after { content: ', ' ; }`,
    );
    expect(min).to.equal(" :host{width:calc(100% - 2px);}.a :hover,.b>.c::after{content:', ';}");
  });

  it('collapses markup whitespace with line breaks to one space and drops comments, keeping text and attributes', () => {
    const source =
      '\n  <div class="a\n    b">\n    <span>a</span> <span>b</span>\n    <!-- gone -->\n  </div>';
    const min = markup(source);
    expect(min).to.equal(' <div class="a b"> <span>a</span> <span>b</span> </div>');
    const before = document.createElement('div');
    before.innerHTML = source;
    const after = document.createElement('div');
    after.innerHTML = min;
    expect(after.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      before.textContent.replace(/\s+/g, ' ').trim(),
    );
    expect(after.querySelector('div')!.className).to.equal('a b');
  });
});
