import { expect, fixtureSync, html } from '@open-wc/testing';
import { safeLink } from '../../src/components/shared/safe-link.js';

describe('safeLink', () => {
  it('renders a link for a safe URL', async () => {
    const el = fixtureSync<HTMLDivElement>(
      html`<div>${safeLink('https://example.com/request', 'Request a service')}</div>`,
    );
    const a = el.querySelector('a')!;
    expect(a.getAttribute('href')).to.equal('https://example.com/request');
    expect(a.textContent).to.equal('Request a service');
    expect(a.getAttribute('part')).to.equal('link');
    expect(a.hasAttribute('target')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('opens a new tab with noopener and noreferrer when asked', () => {
    const el = fixtureSync<HTMLDivElement>(
      html`<div>${safeLink('mailto:tam@example.com', 'Write to us', { newTab: true, part: 'action' })}</div>`,
    );
    const a = el.querySelector('a')!;
    expect(a.target).to.equal('_blank');
    expect(a.rel).to.equal('noopener noreferrer');
    expect(a.getAttribute('part')).to.equal('action');
  });

  it('renders an unsafe URL as text, never as a link', async () => {
    const el = fixtureSync<HTMLDivElement>(
      html`<div>${safeLink(' javascript:alert(1)', 'Request a service')}</div>`,
    );
    expect(el.querySelector('a')).to.equal(null);
    expect(el.textContent.trim()).to.equal('Request a service');
    await expect(el).to.be.accessible();
  });

  it('renders the label as text, not markup', () => {
    const el = fixtureSync<HTMLDivElement>(
      html`<div>${safeLink('https://example.com/', '<img src=x onerror=alert(1)>')}</div>`,
    );
    expect(el.querySelector('img')).to.equal(null);
    expect(el.querySelector('a')!.textContent).to.equal('<img src=x onerror=alert(1)>');
  });
});
