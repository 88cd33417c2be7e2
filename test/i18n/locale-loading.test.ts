/**
 * Locales load on demand: English is static; pt-BR's messages are a chunk of their own, fetched the first time an
 * element renders in pt-BR. Until they arrive the element does not render (no flash of English), then it renders
 * once in pt-BR; every key exists in pt-BR once loaded. This file must not load pt-BR before its first test.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/ca-state-panel.js';
import type { StatePanelElement } from '../../src/components/state-panel/state-panel.js';
import { isLocaleLoaded, loadLocale, translate } from '../../src/i18n/locale.js';
import { EN, catalogOf, type MessageKey } from '../../src/i18n/messages.js';

const text = (el: HTMLElement): string => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('locale loading', () => {
  it('English is loaded from the start, pt-BR is not', () => {
    expect(isLocaleLoaded('en')).to.equal(true);
    expect(isLocaleLoaded('pt-BR')).to.equal(false);
    // A key asked in a locale not loaded yet gives English.
    expect(translate('pt-BR', 'statePanel.emptyMessage')).to.equal(EN['statePanel.emptyMessage']);
  });

  it('an element in pt-BR renders nothing until the messages arrive, then renders once, in pt-BR', async () => {
    const host = document.createElement('div');
    host.lang = 'pt-BR';
    document.body.append(host);
    const el: StatePanelElement = document.createElement('ca-state-panel');
    el.setAttribute('state', 'empty');
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(text(el)));
    host.append(el);
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    // Not rendered yet: the messages are being fetched.
    expect(text(el)).to.equal('');
    await el.updateComplete;
    observer.disconnect();
    expect(isLocaleLoaded('pt-BR')).to.equal(true);
    const expected = catalogOf('pt-BR')!['statePanel.emptyMessage'] as string;
    expect(expected).not.to.equal(EN['statePanel.emptyMessage']);
    expect(text(el)).to.include(expected);
    // Never any English on the way.
    for (const t of seen) expect(t).not.to.include(EN['statePanel.emptyMessage']);
    await expect(el).to.be.accessible();
    host.remove();
  });

  it('once loaded, every message key exists in pt-BR (none falls back to English silently)', async () => {
    await loadLocale('pt-BR');
    const pt = catalogOf('pt-BR')!;
    const missing = (Object.keys(EN) as MessageKey[]).filter((k) => pt[k] === undefined);
    expect(missing).to.deep.equal([]);
    expect(Object.keys(pt).filter((k) => !(k in EN))).to.deep.equal([]);
  });

  it('an element switched from en to pt-BR at runtime re-renders in pt-BR', async () => {
    const host = document.createElement('div');
    host.lang = 'en';
    document.body.append(host);
    const el = await fixture<StatePanelElement>(html`<ca-state-panel state="empty"></ca-state-panel>`, {
      parentNode: host,
    });
    expect(text(el)).to.include(EN['statePanel.emptyMessage']);
    host.lang = 'pt-BR';
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(text(el)).to.include(catalogOf('pt-BR')!['statePanel.emptyMessage']);
  });
});
