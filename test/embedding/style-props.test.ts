/**
 * `styleProps`: dynamic styles through the CSSOM only, so a page with `style-src 'self'` (no 'unsafe-inline')
 * reports nothing. Lit's `styleMap` writes its first value with `setAttribute('style', …)`, which such a page
 * refuses.
 */
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { styleProps } from '../../src/components/shared/style-props.js';

/** Every `setAttribute('style', …)` made while `run` runs. */
function styleAttributeWrites(run: () => void): string[] {
  const writes: string[] = [];
  const original = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
    if (name.toLowerCase() === 'style') writes.push(value);
    original.call(this, name, value);
  };
  try {
    run();
  } finally {
    Element.prototype.setAttribute = original;
  }
  return writes;
}

describe('styleProps', () => {
  let container: HTMLDivElement;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  it("Lit's styleMap writes a style attribute on its first render (why styleProps exists)", () => {
    const writes = styleAttributeWrites(() =>
      render(html`<div style=${styleMap({ width: '40%' })}></div>`, container),
    );
    expect(writes).to.deep.equal(['width:40%;']);
  });

  it('sets every value through the CSSOM, first render included, and never writes the attribute', () => {
    const view = (props: Parameters<typeof styleProps>[0]) => html`<div style=${styleProps(props)}></div>`;
    const writes = styleAttributeWrites(() => {
      render(view({ width: '40%', '--x': '3px', backgroundColor: 'red' }), container);
      const div = container.querySelector('div')!;
      expect(div.style.width).to.equal('40%');
      expect(div.style.getPropertyValue('--x')).to.equal('3px');
      expect(div.style.backgroundColor).to.equal('red');
      render(view({ width: '60%', backgroundColor: null }), container);
      expect(div.style.width).to.equal('60%');
      expect(div.style.getPropertyValue('--x')).to.equal('');
      expect(div.style.backgroundColor).to.equal('');
    });
    expect(writes).to.deep.equal([]);
  });

  it('takes numbers as they are (unitless properties)', () => {
    render(html`<div style=${styleProps({ opacity: 0.5, zIndex: 2 })}></div>`, container);
    const div = container.querySelector('div')!;
    expect(div.style.opacity).to.equal('0.5');
    expect(div.style.zIndex).to.equal('2');
  });

  it('refuses any other place than the whole style attribute', () => {
    expect(() => render(html`<div title=${styleProps({ width: '1px' })}></div>`, container)).to.throw();
  });
});
