/**
 * A React host: the Customer Activity page through the React wrappers of `customer-activity-elements/react`. Props
 * go to the element as properties (the adapter is an object), events come back as typed callbacks, and React renders
 * what it hears in a panel beside the page.
 */
import { StrictMode, useCallback, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createDemoDataset, createMemoryAdapter, DEMO_VIEWERS } from '../../src/index.js';
import { CustomerActivity } from '../../src/react.js';

type Lang = 'en' | 'pt-BR';
type Theme = 'light' | 'dark';

interface LoggedEvent {
  id: number;
  type: string;
  detail: string;
}

const dataset = createDemoDataset();
let nextId = 1;

/** The serializable part of an event's detail (an error becomes its name and message). */
function describe(detail: unknown): string {
  return JSON.stringify(detail, (_key, value: unknown) =>
    value instanceof Error ? `${value.name}: ${value.message}` : value,
  );
}

function App() {
  const params = new URLSearchParams(location.search);
  const [lang, setLang] = useState<Lang>(params.get('lang') === 'pt-BR' ? 'pt-BR' : 'en');
  const [theme, setTheme] = useState<Theme>(params.get('theme') === 'dark' ? 'dark' : 'light');
  const [viewerId, setViewerId] = useState('u-admin');
  const [events, setEvents] = useState<LoggedEvent[]>([]);
  const [selected, setSelected] = useState<string | null>(null);

  const adapter = useMemo(() => createMemoryAdapter(dataset, { viewerId }), [viewerId]);

  const log = useCallback((event: Event & { detail?: unknown }) => {
    const entry = { id: nextId++, type: event.type, detail: describe(event.detail) };
    setEvents((previous) => [entry, ...previous].slice(0, 12));
  }, []);

  return (
    <div className="app" lang={lang} data-theme={theme}>
      <header className="top">
        <h1>Contoso partner hub (React)</h1>
        <form aria-label="Host settings" onSubmit={(e) => e.preventDefault()}>
          <label>
            Viewer
            <select value={viewerId} onChange={(e) => setViewerId(e.target.value)}>
              {DEMO_VIEWERS.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.label[lang]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Language
            <select value={lang} onChange={(e) => setLang(e.target.value === 'pt-BR' ? 'pt-BR' : 'en')}>
              <option value="en">English</option>
              <option value="pt-BR">Português (Brasil)</option>
            </select>
          </label>
          <label>
            Theme
            <select value={theme} onChange={(e) => setTheme(e.target.value === 'dark' ? 'dark' : 'light')}>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </select>
          </label>
        </form>
      </header>
      <div className="layout">
        <main>
          <CustomerActivity
            adapter={adapter}
            headingLevel={2}
            onEntitlementSelect={(event) => {
              setSelected(event.detail.entitlementId);
              log(event);
            }}
            onNavigate={log}
            onFilterChange={log}
            onExport={log}
            onError={log}
          />
        </main>
        <aside className="events" aria-labelledby="events-heading">
          <h2 id="events-heading">Events received by React</h2>
          <p className="selected" data-testid="selected">
            Selected entitlement: <strong>{selected ?? 'none yet'}</strong>
          </p>
          {events.length === 0 ? (
            <p>Nothing yet: choose an entitlement, a workspace or a contract.</p>
          ) : (
            <ol reversed data-testid="event-log">
              {events.map((e) => (
                <li key={e.id}>
                  <code>{e.type}</code> {e.detail}
                </li>
              ))}
            </ol>
          )}
        </aside>
      </div>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
