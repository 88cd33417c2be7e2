/**
 * The demo host portal: builds a memory adapter over the embedded demo dataset, and shows the Customer Activity
 * content for the chosen viewer, language and theme. The query string keeps the choices (?viewer=&lang=&theme=).
 */
import { html, nothing, render } from 'lit';
import '../src/define.js';
import {
  createDemoDataset,
  createMemoryAdapter,
  DEMO_VIEWERS,
  packageExpiry,
  todayOf,
  type ContractView,
  type CustomerActivityAdapter,
  type Session,
} from '../src/index.js';
import { portalText, type PortalLang } from './portal-text.js';

const params = new URLSearchParams(location.search);
const dataset = createDemoDataset();

const viewerSelect = document.querySelector<HTMLSelectElement>('#viewer')!;
const langSelect = document.querySelector<HTMLSelectElement>('#lang')!;
const themeSelect = document.querySelector<HTMLSelectElement>('#theme')!;
const app = document.querySelector<HTMLElement>('#app')!;

let viewerId = params.get('viewer') ?? 'u-admin';
if (!DEMO_VIEWERS.some((v) => v.id === viewerId)) viewerId = 'u-admin';
let lang: PortalLang = params.get('lang') === 'pt-BR' ? 'pt-BR' : 'en';
let theme = params.get('theme') === 'dark' ? 'dark' : 'light';

function saveChoices(): void {
  const next = new URLSearchParams(location.search);
  next.set('viewer', viewerId);
  next.set('lang', lang);
  next.set('theme', theme);
  history.replaceState(null, '', `?${next.toString()}${location.hash}`);
}

function applyPortalChrome(): void {
  document.documentElement.lang = lang;
  document.documentElement.dataset.theme = theme;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = portalText(lang, el.dataset.i18n as Parameters<typeof portalText>[1]);
  }
  viewerSelect.replaceChildren(
    ...DEMO_VIEWERS.map((v) => {
      const option = new Option(v.label[lang], v.id, false, v.id === viewerId);
      return option;
    }),
  );
  langSelect.value = lang;
  themeSelect.value = theme;
}

// --- the "Manage" menu of the host portal --------------------------------------------------------------------
const manageButton = document.querySelector<HTMLButtonElement>('#manage-button')!;
const manageMenu = document.querySelector<HTMLElement>('#manage-menu')!;
function setMenu(open: boolean): void {
  manageMenu.hidden = !open;
  manageButton.setAttribute('aria-expanded', String(open));
}
manageButton.addEventListener('click', () => setMenu(manageMenu.hasAttribute('hidden')));
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !manageMenu.hasAttribute('hidden')) {
    setMenu(false);
    manageButton.focus();
  }
});
document.addEventListener('click', (e) => {
  if (!manageButton.parentElement!.contains(e.target as Node)) setMenu(false);
});

// --- the content ---------------------------------------------------------------------------------------------
let adapter: CustomerActivityAdapter;
let controller: AbortController | undefined;

interface Loaded {
  session: Session;
  workspaceIds: string[];
  contracts: ContractView[];
}

function showState(state: 'loading' | 'error' | 'no-access', error?: unknown): void {
  render(
    html`<div class="card">
      <ca-state-panel state=${state} .error=${error} @ca-retry=${() => void load()}></ca-state-panel>
    </div>`,
    app,
  );
}

async function load(workspaceIds?: string[]): Promise<void> {
  controller?.abort();
  controller = new AbortController();
  const { signal } = controller;
  showState('loading');
  try {
    const session = await adapter.getSession({ signal });
    if (!session.permissions.viewPage) {
      showState('no-access');
      return;
    }
    const selected = workspaceIds ?? (session.currentWorkspaceId ? [session.currentWorkspaceId] : []);
    const contracts = await adapter.listContracts({ workspaceIds: selected }, { signal });
    if (signal.aborted) return;
    show({ session, workspaceIds: selected, contracts });
  } catch (error) {
    if (signal.aborted) return;
    showState('error', error);
  }
}

function show({ session, workspaceIds, contracts }: Loaded): void {
  const t = (key: Parameters<typeof portalText>[1]) => portalText(lang, key);
  const dateFmt = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
  const day = (iso: string) => dateFmt.format(Date.parse(`${iso}T00:00:00Z`));
  const asOf = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(
    Date.parse(session.asOf),
  );
  const today = todayOf(session.asOf);
  render(
    html`<section class="card" aria-labelledby="session-h">
        <h2 id="session-h">${session.customer.name}</h2>
        <dl class="facts">
          <dt>${t('viewer')}</dt>
          <dd>${session.viewer.name}</dd>
          <dt>${t('asOf')}</dt>
          <dd>${asOf}</dd>
          <dt>${t('workspaces')}</dt>
          <dd>
            <ca-workspace-filter
              .workspaces=${session.workspaces}
              .selected=${workspaceIds}
              @ca-filter-change=${(e: CustomEvent<{ workspaceIds: string[] }>) =>
                void load(e.detail.workspaceIds)}
            ></ca-workspace-filter>
          </dd>
          <dt>${t('permissions')}</dt>
          <dd>
            ${
              [
                session.permissions.exportEducation ? t('permExport') : null,
                session.permissions.viewAllCases ? t('permAllCases') : null,
              ]
                .filter(Boolean)
                .join(' · ') || '—'
            }
          </dd>
        </dl>
      </section>
      <section class="card" aria-labelledby="contracts-h">
        <h2 id="contracts-h">${t('contracts')}</h2>
        ${
          contracts.length === 0
            ? html`<ca-state-panel state="empty" message=${t('noContracts')}></ca-state-panel>`
            : html`<table>
                <thead>
                  <tr>
                    <th scope="col">${t('number')}</th>
                    <th scope="col">${t('name')}</th>
                    <th scope="col">${t('start')}</th>
                    <th scope="col">${t('end')}</th>
                    <th scope="col">${t('status')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${contracts.map((c) => {
                    const { daysLeft, expiry } = packageExpiry(c, today);
                    return html`<tr>
                      <td>${c.number}</td>
                      <td>${c.name}</td>
                      <td>${day(c.startDate)}</td>
                      <td>${day(c.endDate)}</td>
                      <td>
                        <span class="status">${t(c.status)}</span>
                        ${
                          c.status === 'upcoming'
                            ? nothing
                            : html`<ca-expiry-badge
                                .daysLeft=${daysLeft}
                                expiry=${expiry}
                                end-date=${c.endDate}
                              ></ca-expiry-badge>`
                        }
                      </td>
                    </tr>`;
                  })}
                </tbody>
              </table>`
        }
      </section>`,
    app,
  );
}

function start(): void {
  adapter = createMemoryAdapter(dataset, { viewerId });
  void load();
}

viewerSelect.addEventListener('change', () => {
  viewerId = viewerSelect.value;
  saveChoices();
  start();
});
langSelect.addEventListener('change', () => {
  lang = langSelect.value === 'pt-BR' ? 'pt-BR' : 'en';
  saveChoices();
  applyPortalChrome();
  start();
});
themeSelect.addEventListener('change', () => {
  theme = themeSelect.value === 'dark' ? 'dark' : 'light';
  saveChoices();
  applyPortalChrome();
});

applyPortalChrome();
start();
