import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ExpiryBadgeElement } from '../../src/components/expiry-badge/expiry-badge.js';
import { defineOnce } from '../helpers/define.js';
import { wrapper } from '../helpers/wrapper.js';

defineOnce('ca-expiry-badge', ExpiryBadgeElement);

function badge(el: ExpiryBadgeElement): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('[part="badge"]')!;
}

/** The text a sighted user reads (without the visually hidden end date). */
function visibleText(el: ExpiryBadgeElement): string {
  const clone = badge(el).cloneNode(true) as HTMLElement;
  clone.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function allText(el: ExpiryBadgeElement): string {
  return (badge(el).textContent ?? '').replace(/\s+/g, ' ').trim();
}

async function badges(lang: string, days: number[]): Promise<ExpiryBadgeElement[]> {
  const first = await fixture<ExpiryBadgeElement>(
    html`${days.map((d) => html`<ca-expiry-badge .daysLeft=${d}></ca-expiry-badge>`)}`,
    { parentNode: wrapper({ lang }) },
  );
  const els = [...first.parentElement!.querySelectorAll('ca-expiry-badge')];
  await Promise.all(els.map((e) => e.updateComplete));
  return els;
}

describe('<ca-expiry-badge>', () => {
  const english: [number, string][] = [
    [23, 'expires in 23 days'],
    [1, 'expires in 1 day'],
    [0, 'expires today'],
    [-1, 'expired 1 day ago'],
    [-4, 'expired 4 days ago'],
    [1234, 'expires in 1,234 days'],
  ];
  it('says when it expires, in English', async () => {
    const els = await badges(
      'en',
      english.map(([d]) => d),
    );
    expect(els.map(visibleText)).to.deep.equal(english.map(([, t]) => t));
  });

  const portuguese: [number, string][] = [
    [23, 'vence em 23 dias'],
    [1, 'vence em 1 dia'],
    [0, 'vence hoje'],
    [-1, 'venceu há 1 dia'],
    [-4, 'venceu há 4 dias'],
    [1234, 'vence em 1.234 dias'],
  ];
  it('says when it expires, in Brazilian Portuguese', async () => {
    const els = await badges(
      'pt-BR',
      portuguese.map(([d]) => d),
    );
    expect(els.map(visibleText)).to.deep.equal(portuguese.map(([, t]) => t));
    await expect(els[0].parentElement!).to.be.accessible();
  });

  const states: [string, number, string | undefined, string][] = [
    ['active', 120, undefined, '--ca-color-ok'],
    ['expiring', 30, undefined, '--ca-color-warning'],
    ['expiring', 0, undefined, '--ca-color-warning'],
    ['expired', -2, undefined, '--ca-color-neutral'],
    ['expiring (given)', 120, 'expiring', '--ca-color-warning'],
  ];
  for (const [name, days, expiry, token] of states) {
    it(`is ${name} at ${days} days, in its colour, with an icon`, async () => {
      const el = await fixture<ExpiryBadgeElement>(
        html`<ca-expiry-badge days-left=${days} expiry=${expiry ?? 'unknown'}></ca-expiry-badge>`,
        { parentNode: wrapper({ style: `${token}: rgb(1, 2, 3)` }) },
      );
      expect(getComputedStyle(badge(el)).borderTopColor).to.equal('rgb(1, 2, 3)');
      expect(badge(el).querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      await expect(el).to.be.accessible();
    });
  }

  it('gives the end date to screen readers and as a tooltip', async () => {
    const el = await fixture<ExpiryBadgeElement>(
      html`<ca-expiry-badge days-left="23" end-date="2026-03-01"></ca-expiry-badge>`,
    );
    expect(allText(el)).to.equal('expires in 23 days (End date: March 1, 2026)');
    expect(visibleText(el)).to.equal('expires in 23 days');
    expect(badge(el).title).to.equal('End date: March 1, 2026');
    await expect(el).to.be.accessible();
  });

  it('has no tooltip without an end date', async () => {
    const el = await fixture<ExpiryBadgeElement>(html`<ca-expiry-badge days-left="3"></ca-expiry-badge>`);
    expect(badge(el).hasAttribute('title')).to.equal(false);
  });

  it('re-renders when lang changes at runtime', async () => {
    const el = await fixture<ExpiryBadgeElement>(
      html`<ca-expiry-badge days-left="-4" end-date="2026-03-01"></ca-expiry-badge>`,
      { parentNode: wrapper({ lang: 'en' }) },
    );
    expect(visibleText(el)).to.equal('expired 4 days ago');
    el.parentElement!.setAttribute('lang', 'pt-BR');
    await waitUntil(() => visibleText(el) === 'venceu há 4 dias', 'badge not translated', { timeout: 5000 });
    expect(badge(el).title).to.equal('Data de término: 1 de março de 2026');
    await expect(el).to.be.accessible();
  });
});
