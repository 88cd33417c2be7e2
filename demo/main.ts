/**
 * The demo host portal: embeds <customer-activity> over an adapter for the chosen viewer, with the portal's own
 * language, theme and data-source switchers. The query string keeps the choices (?viewer=&lang=&theme=&source=);
 * the element keeps its own view in the URL hash (sync-url).
 *
 * Data sources: `memory` answers in the browser from the embedded demo dataset; `http`, `http-large` and
 * `http-postgres` go through the HTTP adapter to the request handler that `npm start` mounts as a Vite middleware
 * (the demo dataset, one of 1,000,000 consumption rows built on the server, or the demo dataset in PostgreSQL
 * embedded in the dev server, answered in SQL by `createPostgresAdapter`). The static build has no server: only
 * `memory` works there.
 */
import { html, render } from 'lit';
import '../src/define.js';
import {
  createDemoDataset,
  createHttpAdapter,
  createMemoryAdapter,
  DEMO_VIEWERS,
  type CustomerActivityAdapter,
} from '../src/index.js';
import { portalText, type PortalLang } from './portal-text.js';

const SOURCES = ['memory', 'http', 'http-large', 'http-postgres'] as const;
/** Where the dev server serves each HTTP source (demo/vite-plugin-api.ts). */
const API_BASES: Readonly<Record<Exclude<Source, 'memory'>, string>> = {
  http: '/api/demo',
  'http-large': '/api/large',
  'http-postgres': '/api/postgres',
};
type Source = (typeof SOURCES)[number];

const params = new URLSearchParams(location.search);
let dataset: ReturnType<typeof createDemoDataset> | undefined;

const viewerSelect = document.querySelector<HTMLSelectElement>('#viewer')!;
const langSelect = document.querySelector<HTMLSelectElement>('#lang')!;
const themeSelect = document.querySelector<HTMLSelectElement>('#theme')!;
const sourceSelect = document.querySelector<HTMLSelectElement>('#source')!;
const app = document.querySelector<HTMLElement>('#app')!;

let viewerId = params.get('viewer') ?? 'u-admin';
if (!DEMO_VIEWERS.some((v) => v.id === viewerId)) viewerId = 'u-admin';
let lang: PortalLang = params.get('lang') === 'pt-BR' ? 'pt-BR' : 'en';
let theme = params.get('theme') === 'dark' ? 'dark' : 'light';
let source: Source = (SOURCES as readonly string[]).includes(params.get('source') ?? '')
  ? (params.get('source') as Source)
  : 'memory';

function saveChoices(): void {
  const next = new URLSearchParams(location.search);
  next.set('viewer', viewerId);
  next.set('lang', lang);
  next.set('theme', theme);
  next.set('source', source);
  history.replaceState(history.state, '', `?${next.toString()}${location.hash}`);
}

function applyPortalChrome(): void {
  document.documentElement.lang = lang;
  document.documentElement.dataset.theme = theme;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = portalText(lang, el.dataset.i18n as Parameters<typeof portalText>[1]);
  }
  viewerSelect.replaceChildren(
    ...DEMO_VIEWERS.map((v) => new Option(v.label[lang], v.id, false, v.id === viewerId)),
  );
  langSelect.value = lang;
  themeSelect.value = theme;
  sourceSelect.value = source;
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

// --- the element ---------------------------------------------------------------------------------------------
function adapterFor(): CustomerActivityAdapter {
  if (source === 'memory') {
    dataset ??= createDemoDataset();
    return createMemoryAdapter(dataset, { viewerId });
  }
  return createHttpAdapter({
    baseUrl: API_BASES[source],
    // The dev server opens and loads its embedded PostgreSQL on the first request: give that one time.
    ...(source === 'http-postgres' ? { timeoutMs: 60_000 } : {}),
    headers: { 'x-demo-viewer': viewerId },
  });
}

function start(): void {
  // A new element per viewer or source: nothing of the previous viewer's state may survive.
  render(html``, app);
  render(html`<customer-activity sync-url .adapter=${adapterFor()}></customer-activity>`, app);
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
});
themeSelect.addEventListener('change', () => {
  theme = themeSelect.value === 'dark' ? 'dark' : 'light';
  saveChoices();
  applyPortalChrome();
});
sourceSelect.addEventListener('change', () => {
  source = sourceSelect.value as Source;
  saveChoices();
  start();
});

applyPortalChrome();
start();
