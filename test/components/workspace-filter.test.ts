import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  WorkspaceFilterChangeEvent,
  WorkspaceFilterElement,
} from '../../src/components/workspace-filter/workspace-filter.js';
import type { Workspace } from '../../src/domain/types.js';
import { defineOnce } from '../helpers/define.js';
import { wrapper } from '../helpers/wrapper.js';

defineOnce('ca-workspace-filter', WorkspaceFilterElement);

const WORKSPACES: Workspace[] = [
  { id: 'w-br', name: 'Brazil' },
  { id: 'w-us', name: 'United States' },
  { id: 'w-de', name: 'Germany' },
  { id: 'w-jp', name: 'Japan' },
  { id: 'w-in', name: 'India' },
];

async function filter(
  selected: string[] = [],
  workspaces = WORKSPACES,
  lang = 'en',
): Promise<WorkspaceFilterElement> {
  return fixture<WorkspaceFilterElement>(
    html`
      <ca-workspace-filter .workspaces=${workspaces} .selected=${selected}></ca-workspace-filter>
      <button type="button" id="after">After</button>
    `,
    { parentNode: wrapper({ lang }) },
  );
}

const $ = <T extends Element = HTMLElement>(el: WorkspaceFilterElement, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);

const button = (el: WorkspaceFilterElement): HTMLButtonElement =>
  $<HTMLButtonElement>(el, '[part="button"]')!;
const panel = (el: WorkspaceFilterElement): HTMLElement => $(el, '[part="panel"]')!;
const checkboxes = (el: WorkspaceFilterElement): HTMLInputElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'),
];
const allToggle = (el: WorkspaceFilterElement): HTMLInputElement => checkboxes(el)[0];
const option = (el: WorkspaceFilterElement, name: string): HTMLInputElement =>
  [...el.shadowRoot!.querySelectorAll<HTMLLabelElement>('[part~="option"]')]
    .find((l) => l.textContent.trim() === name)!
    .querySelector('input')!;
const focused = (el: WorkspaceFilterElement): Element | null => el.shadowRoot!.activeElement;
const buttonText = (el: WorkspaceFilterElement): string =>
  $(el, '.summary')!.textContent.replace(/\s+/g, ' ').trim();
const isOpen = (el: WorkspaceFilterElement): boolean =>
  button(el).getAttribute('aria-expanded') === 'true' && getComputedStyle(panel(el)).display !== 'none';
const buttonByText = (el: WorkspaceFilterElement, label: string): HTMLButtonElement =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')].find(
    (b) => b.textContent.trim() === label,
  )!;

async function open(el: WorkspaceFilterElement): Promise<void> {
  button(el).click();
  await el.updateComplete;
  await waitUntil(() => focused(el)?.matches('input'), 'focus did not move into the panel', {
    timeout: 5000,
  });
}

/** Collects the ca-filter-change events fired at the document. */
function recordChanges(): { events: WorkspaceFilterChangeEvent[]; stop: () => void } {
  const events: WorkspaceFilterChangeEvent[] = [];
  const listener = (e: Event): void => {
    if (e instanceof WorkspaceFilterChangeEvent) events.push(e);
  };
  document.addEventListener('ca-filter-change', listener);
  return { events, stop: () => document.removeEventListener('ca-filter-change', listener) };
}

describe('<ca-workspace-filter>', () => {
  describe('the button', () => {
    it('summarises all workspaces, a single one, or a count', async () => {
      const el = await filter();
      expect(buttonText(el)).to.equal('All workspaces (5)');
      expect(button(el).getAttribute('aria-expanded')).to.equal('false');
      await expect(el).to.be.accessible();

      el.selected = ['w-us'];
      await el.updateComplete;
      expect(buttonText(el)).to.equal('United States');

      el.selected = ['w-jp', 'w-br', 'w-in'];
      await el.updateComplete;
      expect(buttonText(el)).to.equal('3 workspaces');

      el.selected = WORKSPACES.map((w) => w.id);
      await el.updateComplete;
      expect(buttonText(el)).to.equal('All workspaces (5)');
    });

    it('ignores unknown ids, and treats an empty selection as all', async () => {
      const el = await filter(['w-gone', 'w-de']);
      expect(buttonText(el)).to.equal('Germany');
      el.selected = ['w-gone'];
      await el.updateComplete;
      expect(buttonText(el)).to.equal('All workspaces (5)');
    });

    it('has an accessible name that starts with what it filters', async () => {
      const el = await filter(['w-br']);
      expect(button(el).textContent.replace(/\s+/g, ' ').trim()).to.equal('Workspaces: Brazil');
      expect(button(el).getAttribute('aria-controls')).to.equal(panel(el).id);
    });
  });

  it('shows a single selectable workspace as text, with no control', async () => {
    const el = await filter([], [{ id: 'w-br', name: 'Brazil' }]);
    expect($(el, 'button')).to.equal(null);
    expect(el.shadowRoot!.textContent.replace(/\s+/g, ' ').trim()).to.equal('Workspace: Brazil');
    await expect(el).to.be.accessible();
  });

  it('renders nothing without workspaces', async () => {
    const el = await filter([], []);
    expect(el.shadowRoot!.textContent.trim()).to.equal('');
    await expect(el).to.be.accessible();
  });

  describe('the panel', () => {
    it('opens on click with every option, focusing the first checked one', async () => {
      const el = await filter(['w-de', 'w-jp']);
      await open(el);
      expect(isOpen(el)).to.equal(true);
      expect(checkboxes(el).map((c) => c.checked)).to.deep.equal([false, false, false, true, true, false]);
      expect(allToggle(el).indeterminate).to.equal(true);
      expect(focused(el)).to.equal(option(el, 'Germany'));
      await expect(el).to.be.accessible();
    });

    it('focuses "All workspaces" when all are selected', async () => {
      const el = await filter();
      await open(el);
      expect(allToggle(el).checked).to.equal(true);
      expect(focused(el)).to.equal(allToggle(el));
    });

    it('applies a new selection: one bubbling, composed event, the new summary, focus on the button', async () => {
      const el = await filter();
      await open(el);
      allToggle(el).click();
      await el.updateComplete;
      option(el, 'Japan').click();
      option(el, 'Brazil').click();
      await el.updateComplete;
      setTimeout(() => buttonByText(el, 'Apply').click());
      const event = await oneEvent<WorkspaceFilterChangeEvent>(document, 'ca-filter-change');
      expect(event).to.be.instanceOf(WorkspaceFilterChangeEvent);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.workspaceIds).to.deep.equal(['w-br', 'w-jp']);
      await el.updateComplete;
      expect(el.selected).to.deep.equal(['w-br', 'w-jp']);
      expect(buttonText(el)).to.equal('2 workspaces');
      expect(isOpen(el)).to.equal(false);
      expect(focused(el)).to.equal(button(el));
      await expect(el).to.be.accessible();
    });

    it('fires nothing when the applied selection is unchanged', async () => {
      const el = await filter(['w-us']);
      const changes = recordChanges();
      try {
        await open(el);
        option(el, 'India').click();
        await el.updateComplete;
        option(el, 'India').click();
        await el.updateComplete;
        buttonByText(el, 'Apply').click();
        await el.updateComplete;
        expect(isOpen(el)).to.equal(false);
        expect(changes.events).to.have.length(0);
      } finally {
        changes.stop();
      }
    });

    it('discards the edit on Cancel', async () => {
      const el = await filter(['w-us']);
      const changes = recordChanges();
      try {
        await open(el);
        option(el, 'India').click();
        buttonByText(el, 'Cancel').click();
        await el.updateComplete;
        expect(isOpen(el)).to.equal(false);
        expect(focused(el)).to.equal(button(el));
        expect(buttonText(el)).to.equal('United States');
        await open(el);
        expect(option(el, 'India').checked).to.equal(false);
        expect(changes.events).to.have.length(0);
      } finally {
        changes.stop();
      }
    });

    it('cannot apply an empty selection, and says why', async () => {
      const el = await filter();
      const changes = recordChanges();
      try {
        await open(el);
        allToggle(el).click();
        await el.updateComplete;
        expect(checkboxes(el).every((c) => !c.checked)).to.equal(true);
        const error = $(el, '#error')!;
        expect(error.textContent.trim()).to.equal('Select at least one workspace.');
        const apply = buttonByText(el, 'Apply');
        expect(apply.getAttribute('aria-disabled')).to.equal('true');
        expect(apply.getAttribute('aria-describedby')).to.equal('error');
        await expect(el).to.be.accessible();
        apply.click();
        await el.updateComplete;
        expect(isOpen(el)).to.equal(true);
        expect(changes.events).to.have.length(0);

        allToggle(el).click();
        await el.updateComplete;
        expect(checkboxes(el).every((c) => c.checked)).to.equal(true);
        expect(error.textContent.trim()).to.equal('');
        expect(apply.getAttribute('aria-disabled')).to.equal('false');
      } finally {
        changes.stop();
      }
    });

    it('closes without applying on a click outside', async () => {
      const el = await filter();
      const changes = recordChanges();
      try {
        await open(el);
        option(el, 'Brazil').click();
        document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
        await el.updateComplete;
        expect(isOpen(el)).to.equal(false);
        expect(changes.events).to.have.length(0);
        expect(buttonText(el)).to.equal('All workspaces (5)');
      } finally {
        changes.stop();
      }
    });

    it('never fires when code sets workspaces or selected', async () => {
      const el = await filter();
      const changes = recordChanges();
      try {
        el.selected = ['w-br'];
        await el.updateComplete;
        el.workspaces = WORKSPACES.slice(0, 3);
        await el.updateComplete;
        expect(buttonText(el)).to.equal('Brazil');
        expect(changes.events).to.have.length(0);
      } finally {
        changes.stop();
      }
    });
  });

  describe('keyboard', () => {
    it('opens with Enter, moves with the arrows, Home and End, toggles with Space, applies with Enter', async () => {
      const el = await filter(['w-br']);
      button(el).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => focused(el) === option(el, 'Brazil'), 'focus not on the checked option', {
        timeout: 5000,
      });
      expect(isOpen(el)).to.equal(true);

      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(option(el, 'United States'));
      await sendKeys({ press: 'Space' });
      expect(option(el, 'United States').checked).to.equal(true);
      await sendKeys({ press: 'End' });
      expect(focused(el)).to.equal(option(el, 'India'));
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(allToggle(el));
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)).to.equal(option(el, 'India'));
      await sendKeys({ press: 'Home' });
      expect(focused(el)).to.equal(allToggle(el));
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(option(el, 'Germany'));
      await sendKeys({ press: 'Space' });

      const fired = oneEvent<WorkspaceFilterChangeEvent>(el, 'ca-filter-change');
      await sendKeys({ press: 'Enter' });
      expect((await fired).detail.workspaceIds).to.deep.equal(['w-br', 'w-us', 'w-de']);
      await el.updateComplete;
      expect(isOpen(el)).to.equal(false);
      expect(focused(el)).to.equal(button(el));
      expect(buttonText(el)).to.equal('3 workspaces');
    });

    it('opens with Space and with ArrowDown', async () => {
      const el = await filter();
      button(el).focus();
      await sendKeys({ press: 'Space' });
      await waitUntil(() => isOpen(el), 'Space did not open', { timeout: 5000 });
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(isOpen(el)).to.equal(false);
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => isOpen(el) && focused(el) === allToggle(el), 'ArrowDown did not open', {
        timeout: 5000,
      });
    });

    it('closes with Escape, discarding the edit and returning focus to the button', async () => {
      const el = await filter(['w-us']);
      const changes = recordChanges();
      try {
        button(el).focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => focused(el)?.matches('input'), 'panel did not take focus', { timeout: 5000 });
        await sendKeys({ press: 'ArrowDown' });
        await sendKeys({ press: 'Space' });
        await sendKeys({ press: 'Escape' });
        await el.updateComplete;
        expect(isOpen(el)).to.equal(false);
        expect(focused(el)).to.equal(button(el));
        expect(buttonText(el)).to.equal('United States');
        expect(changes.events).to.have.length(0);
      } finally {
        changes.stop();
      }
    });

    it('reaches Cancel and Apply with Tab, and closes when focus leaves the element', async () => {
      const el = await filter(['w-br']);
      await open(el);
      for (let i = 0; i < 6; i += 1) await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(buttonByText(el, 'Apply'));
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(document.activeElement?.id).to.equal('after');
      expect(isOpen(el)).to.equal(false);
    });
  });

  describe('Brazilian Portuguese', () => {
    it('speaks Portuguese under lang="pt-BR"', async () => {
      const el = await filter([], WORKSPACES, 'pt-BR');
      expect(buttonText(el)).to.equal('Todos os workspaces (5)');
      await open(el);
      expect($(el, 'legend')!.textContent.trim()).to.equal('Mostrar dados de');
      expect(allToggle(el).parentElement!.textContent.trim()).to.equal('Todos os workspaces');
      expect(buttonByText(el, 'Aplicar')).to.exist;
      expect(buttonByText(el, 'Cancelar')).to.exist;
      allToggle(el).click();
      await el.updateComplete;
      expect($(el, '#error')!.textContent.trim()).to.equal('Selecione pelo menos um workspace.');
      await expect(el).to.be.accessible();
      option(el, 'Brazil').click();
      option(el, 'Japan').click();
      buttonByText(el, 'Aplicar').click();
      await el.updateComplete;
      expect(buttonText(el)).to.equal('2 workspaces');
    });

    it('re-renders when lang changes at runtime', async () => {
      const el = await filter();
      expect(buttonText(el)).to.equal('All workspaces (5)');
      el.parentElement!.setAttribute('lang', 'pt-BR');
      await waitUntil(() => buttonText(el) === 'Todos os workspaces (5)', 'summary not translated', {
        timeout: 5000,
      });
    });
  });
});
