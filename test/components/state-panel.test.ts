import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { AccessDeniedError, DatasetError, NotFoundError } from '../../src/data/errors.js';
import { RetryEvent, StatePanelElement } from '../../src/components/state-panel/state-panel.js';
import { defineOnce } from '../helpers/define.js';
import { overrideMedia, skipUnless } from '../helpers/engine.js';
import { wrapper } from '../helpers/wrapper.js';

defineOnce('ca-state-panel', StatePanelElement);

function part(el: StatePanelElement, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

function text(node: Element | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

async function panel(template: ReturnType<typeof html>): Promise<StatePanelElement> {
  const el = await fixture<StatePanelElement>(template);
  await el.updateComplete;
  return el;
}

describe('<ca-state-panel>', () => {
  describe('loading', () => {
    it('is a polite status with a decorative spinner and "Loading…"', async () => {
      const el = await panel(html`<ca-state-panel state="loading"></ca-state-panel>`);
      const box = part(el, 'panel')!;
      expect(box.getAttribute('role')).to.equal('status');
      expect(text(part(el, 'heading'))).to.equal('Loading…');
      expect(el.shadowRoot!.querySelector('.spinner')!.getAttribute('aria-hidden')).to.equal('true');
      expect(part(el, 'retry')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('is the default state', async () => {
      const el = await panel(html`<ca-state-panel></ca-state-panel>`);
      expect(part(el, 'panel')!.getAttribute('role')).to.equal('status');
    });

    it('keeps the spinner still when the user prefers reduced motion', async function () {
      await skipUnless(
        this,
        'emulateMedia',
        'emulates prefers-reduced-motion through CDP; covered by the media-rule override test',
      );
      const el = await panel(html`<ca-state-panel state="loading"></ca-state-panel>`);
      const spinner = el.shadowRoot!.querySelector('.spinner')!;
      try {
        await emulateMedia({ reducedMotion: 'no-preference' });
        expect(getComputedStyle(spinner).animationName).to.equal('spin');
        await emulateMedia({ reducedMotion: 'reduce' });
        expect(getComputedStyle(spinner).animationName).to.equal('none');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('keeps the spinner still under its reduced-motion rule (media-rule override, every engine)', async () => {
      const el = await panel(html`<ca-state-panel state="loading"></ca-state-panel>`);
      const spinner = el.shadowRoot!.querySelector('.spinner')!;
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'the engine prefers motion').to.equal(
        false,
      );
      expect(getComputedStyle(spinner).animationName).to.equal('spin');
      const undo = overrideMedia(el, {
        on: ['(prefers-reduced-motion: reduce)'],
        off: ['(prefers-reduced-motion: no-preference)'],
      });
      try {
        expect(getComputedStyle(spinner).animationName).to.equal('none');
      } finally {
        undo();
      }
      expect(getComputedStyle(spinner).animationName).to.equal('spin');
    });

    it('shows a heading and message override', async () => {
      const el = await panel(
        html`<ca-state-panel
          state="loading"
          heading="Loading history"
          message="This may take a moment"
        ></ca-state-panel>`,
      );
      expect(text(part(el, 'heading'))).to.equal('Loading history');
      expect(text(part(el, 'message'))).to.equal('This may take a moment');
      await expect(el).to.be.accessible();
    });
  });

  describe('error', () => {
    it('is an alert with a heading, a generic message and a "Try again" button', async () => {
      const el = await panel(html`<ca-state-panel state="error"></ca-state-panel>`);
      expect(part(el, 'panel')!.getAttribute('role')).to.equal('alert');
      const heading = part(el, 'heading')!;
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('2');
      expect(text(heading)).to.equal('Something went wrong');
      expect(text(part(el, 'message'))).to.equal('The data could not be loaded.');
      expect(text(part(el, 'retry'))).to.equal('Try again');
      expect(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('fires a bubbling, composed ca-retry when "Try again" is clicked', async () => {
      const el = await panel(html`<ca-state-panel state="error"></ca-state-panel>`);
      setTimeout(() => part(el, 'retry')!.click());
      const event = await oneEvent<RetryEvent>(document, 'ca-retry');
      expect(event).to.be.instanceOf(RetryEvent);
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
    });

    for (const key of ['Enter', 'Space']) {
      it(`fires ca-retry when ${key} is pressed on "Try again"`, async () => {
        const el = await panel(html`<ca-state-panel state="error"></ca-state-panel>`);
        part(el, 'retry')!.focus();
        const fired = oneEvent<RetryEvent>(el, 'ca-retry');
        await sendKeys({ press: key });
        expect(await fired).to.be.instanceOf(RetryEvent);
      });
    }

    it('never fires ca-retry when code changes the state', async () => {
      const el = await panel(html`<ca-state-panel state="loading"></ca-state-panel>`);
      let count = 0;
      el.addEventListener('ca-retry', () => (count += 1));
      el.state = 'error';
      await el.updateComplete;
      el.state = 'empty';
      await el.updateComplete;
      expect(count).to.equal(0);
    });

    const cases: [string, unknown, string][] = [
      [
        'AccessDeniedError',
        new AccessDeniedError('403 on /contracts'),
        'You do not have access to this information.',
      ],
      ['NotFoundError', new NotFoundError('no contract c-9'), 'This item was not found.'],
      [
        'DatasetError',
        new DatasetError([{ path: 'entitlements[1].purchased', message: 'expected number' }]),
        'The data received is not valid.',
      ],
      ['a network TypeError', new TypeError('Failed to fetch'), 'The server could not be reached.'],
      [
        'a timeout',
        new DOMException('signal timed out', 'TimeoutError'),
        'The server took too long to answer.',
      ],
      ['anything else', new Error('boom at line 12'), 'The data could not be loaded.'],
    ];
    for (const [name, error, message] of cases) {
      it(`explains ${name} in words, without the technical message`, async () => {
        const el = await panel(html`<ca-state-panel state="error" .error=${error}></ca-state-panel>`);
        expect(text(part(el, 'message'))).to.equal(message);
        await expect(el).to.be.accessible();
      });
    }

    it('prefers a message override over the error description', async () => {
      const el = await panel(
        html`<ca-state-panel
          state="error"
          message="Export failed."
          .error=${new NotFoundError()}
        ></ca-state-panel>`,
      );
      expect(text(part(el, 'message'))).to.equal('Export failed.');
    });

    it('hides "Try again" with no-retry', async () => {
      const el = await panel(html`<ca-state-panel state="error" no-retry></ca-state-panel>`);
      expect(part(el, 'retry')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('uses heading-level for the heading', async () => {
      const el = await panel(html`<ca-state-panel state="error" heading-level="3"></ca-state-panel>`);
      expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('3');
    });
  });

  describe('empty', () => {
    it('shows a heading, a message, an icon and slotted content', async () => {
      const el = await panel(
        html`<ca-state-panel state="empty"><button type="button">Clear filters</button></ca-state-panel>`,
      );
      const box = part(el, 'panel')!;
      expect(box.hasAttribute('role')).to.equal(false);
      expect(text(part(el, 'heading'))).to.equal('Nothing to show');
      expect(text(part(el, 'message'))).to.equal('There is nothing here for the current selection.');
      expect(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      const slot = el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements()[0].textContent).to.equal('Clear filters');
      expect(part(el, 'retry')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows heading and message overrides', async () => {
      const el = await panel(
        html`<ca-state-panel
          state="empty"
          heading="No cases"
          message="No additional cases match."
        ></ca-state-panel>`,
      );
      expect(text(part(el, 'heading'))).to.equal('No cases');
      expect(text(part(el, 'message'))).to.equal('No additional cases match.');
      await expect(el).to.be.accessible();
    });
  });

  describe('no access', () => {
    it('explains who has access', async () => {
      const el = await panel(html`<ca-state-panel state="no-access"></ca-state-panel>`);
      expect(text(part(el, 'heading'))).to.equal('You do not have access');
      expect(text(part(el, 'message'))).to.contain('“Customer Activity” role');
      expect(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      expect(part(el, 'retry')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('Brazilian Portuguese', () => {
    it('speaks Portuguese in every state under lang="pt-BR"', async () => {
      const first = await fixture<StatePanelElement>(
        html`
          <ca-state-panel state="loading"></ca-state-panel>
          <ca-state-panel state="error" .error=${new AccessDeniedError()}></ca-state-panel>
          <ca-state-panel state="empty"></ca-state-panel>
          <ca-state-panel state="no-access"></ca-state-panel>
        `,
        { parentNode: wrapper({ lang: 'pt-BR' }) },
      );
      const box = first.parentElement!;
      const [loading, error, empty, noAccess] = [...box.querySelectorAll('ca-state-panel')];
      await Promise.all([loading, error, empty, noAccess].map((p) => p.updateComplete));
      expect(text(part(loading, 'heading'))).to.equal('Carregando…');
      expect(text(part(error, 'heading'))).to.equal('Algo deu errado');
      expect(text(part(error, 'message'))).to.equal('Você não tem acesso a estas informações.');
      expect(text(part(error, 'retry'))).to.equal('Tentar novamente');
      expect(text(part(empty, 'heading'))).to.equal('Nada para mostrar');
      expect(text(part(empty, 'message'))).to.equal('Não há nada aqui para a seleção atual.');
      expect(text(part(noAccess, 'heading'))).to.equal('Você não tem acesso');
      await expect(box).to.be.accessible();
    });

    it('re-renders when lang changes at runtime', async () => {
      const el = await fixture<StatePanelElement>(html`<ca-state-panel state="error"></ca-state-panel>`, {
        parentNode: wrapper({ lang: 'en' }),
      });
      expect(text(part(el, 'retry'))).to.equal('Try again');
      el.parentElement!.setAttribute('lang', 'pt-BR');
      await waitUntil(() => text(part(el, 'retry')) === 'Tentar novamente', 'retry label not translated', {
        timeout: 5000,
      });
      el.parentElement!.setAttribute('lang', 'en');
      await waitUntil(() => text(part(el, 'retry')) === 'Try again', 'retry label not back in English', {
        timeout: 5000,
      });
    });
  });
});
