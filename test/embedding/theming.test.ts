/**
 * Theming: the public tokens, set on `:root` alone, reach every element of the library; the defaults follow the
 * page's colour scheme; every token is documented (descriptions, README).
 */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define.js';
import { TOKEN_DOCS } from '../../src/styles/token-docs.js';
import { tokens, TOKEN_NAMES } from '../../src/styles/tokens.js';
import { ALL_TAGS } from './helpers.js';

/** Every element, with no data (each shows its own state); in a wrapper with `lang` and an optional style. */
async function everyElement(style = ''): Promise<HTMLElement> {
  const wrapper = document.createElement('div');
  wrapper.lang = 'en';
  wrapper.setAttribute('style', style);
  for (const tag of ALL_TAGS) wrapper.append(document.createElement(tag));
  document.body.append(wrapper);
  for (const el of wrapper.children) await (el as LitElement).updateComplete;
  return wrapper;
}

/** A `<style>` with one `:root` rule, in the document's head. */
function rootRule(declarations: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = `:root { ${declarations} }`;
  document.head.append(style);
  return style;
}

let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.forEach((f) => f());
  cleanup = [];
  for (const el of document.body.querySelectorAll(':scope > div')) el.remove();
});

describe('theming', () => {
  it('every tag is registered (the rest of this file renders all of them)', () => {
    for (const tag of ALL_TAGS) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('tokens set on :root alone re-theme every element', async () => {
    const style = rootRule(`
      --ca-color-text: rgb(1, 2, 3);
      --ca-font-family: "Theme Test Font", monospace;
      --ca-font-size-m: 19px;
      --ca-color-accent: rgb(200, 0, 100);
    `);
    cleanup.push(() => style.remove());
    const wrapper = await everyElement();
    for (const el of wrapper.children) {
      const computed = getComputedStyle(el);
      expect(computed.color, `${el.localName} color`).to.equal('rgb(1, 2, 3)');
      expect(computed.fontFamily, `${el.localName} font`).to.contain('Theme Test Font');
      expect(computed.fontSize, `${el.localName} font size`).to.equal('19px');
    }
    // Inside the shadow roots too: a meter with no threshold fills with the accent.
    const meter = wrapper.querySelector('ca-meter')!;
    Object.assign(meter, { value: 5, max: 10, label: 'Hours' });
    await (meter as LitElement).updateComplete;
    const fill = meter.shadowRoot!.querySelector('[part~="fill"]')!;
    expect(getComputedStyle(fill).backgroundColor).to.equal('rgb(200, 0, 100)');
    await expect(meter).to.be.accessible();
  });

  it('with no token set, the defaults follow the colour scheme: light, then dark', async () => {
    const light = await everyElement('color-scheme: light');
    const dark = await everyElement('color-scheme: dark');
    for (const el of light.children)
      expect(getComputedStyle(el).color, el.localName).to.equal('rgb(31, 35, 40)');
    for (const el of dark.children)
      expect(getComputedStyle(el).color, el.localName).to.equal('rgb(230, 233, 237)');
  });

  it('a token set on an ancestor themes only the elements below it', async () => {
    const themed = await everyElement('--ca-color-text: rgb(9, 9, 9)');
    const plain = await everyElement('color-scheme: light');
    expect(getComputedStyle(themed.querySelector('ca-state-panel')!).color).to.equal('rgb(9, 9, 9)');
    expect(getComputedStyle(plain.querySelector('ca-state-panel')!).color).to.equal('rgb(31, 35, 40)');
  });

  it('every token is read by the shared styles and described', () => {
    const css = tokens.cssText;
    for (const name of TOKEN_NAMES) {
      expect(css, name).to.match(new RegExp(`var\\(\\s*${name},`));
      expect(TOKEN_DOCS[name], name).to.be.a('string').and.not.equal('');
    }
    expect(Object.keys(TOKEN_DOCS).sort()).to.deep.equal([...TOKEN_NAMES].sort());
    // And nothing public is read that is not a documented token (per-element properties excepted).
    const read = new Set([...css.matchAll(/var\(\s*(--ca-[a-z0-9-]+)/g)].map((m) => m[1]));
    expect([...read].sort()).to.deep.equal([...TOKEN_NAMES].sort());
  });

  it('the README lists every token', async () => {
    const readme = await (await fetch('/README.md')).text();
    const missing = TOKEN_NAMES.filter((name) => !readme.includes(`\`${name}\``));
    expect(missing, 'tokens missing from README.md').to.deep.equal([]);
  });
});
