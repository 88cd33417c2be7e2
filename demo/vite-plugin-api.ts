/**
 * The demo's backend: mounts `createRequestHandler` on Vite's dev server (`npm start`) and preview server as
 * middleware, over the demo dataset, so the demo page can use the HTTP adapter as a host portal would.
 *
 * - `/api/demo/…` serves `createDemoDataset()` (the dataset the memory adapter embeds);
 * - `/api/large/…` serves a 1,000,000-row `createDemoDataset({ size })` (set `CA_DEMO_LARGE_SIZE` to change it),
 *   built on its first request (a few seconds), then kept;
 * - `/api/postgres/…` serves `createDemoDataset()` from PostgreSQL embedded in the dev server (PGlite, in memory),
 *   answered in SQL by `createPostgresAdapter`. The database is opened, migrated and loaded on the first request
 *   (a few seconds), so `npm start` stays fast and needs no database installed.
 *
 * The viewer is the `x-demo-viewer` header, the demo's stand-in for a host's session: a real host decides who is
 * asking from its own session or token. Viewers are the users of the dataset; anything else gets 401.
 */
import type { IncomingMessage } from 'node:http';
import type { Connect, Plugin } from 'vite';
import type { CustomerActivityAdapter } from '../src/data/adapter.js';
import { createDemoDataset } from '../src/data/demo-dataset.js';
import { createMemoryAdapter } from '../src/data/memory-adapter.js';
import type { Dataset } from '../src/domain/types.js';
import type * as PostgresBackend from '../src/postgres.js';
import { createRequestHandler } from '../src/server.js';

type PostgresModule = typeof PostgresBackend;

/** Where the default demo dataset is served. */
export const DEMO_API_BASE = '/api/demo';
/** Where the large (1M consumption rows) demo dataset is served. */
export const DEMO_LARGE_API_BASE = '/api/large';
/** Where the demo dataset is served from embedded PostgreSQL. */
export const DEMO_POSTGRES_API_BASE = '/api/postgres';
/** The request header naming the demo viewer. */
export const DEMO_VIEWER_HEADER = 'x-demo-viewer';

function largeSize(): number {
  const size = Number(process.env.CA_DEMO_LARGE_SIZE ?? 1_000_000);
  return Number.isInteger(size) && size >= 0 ? size : 1_000_000;
}

/** A handler over a dataset made on first use, with one memory adapter per viewer, made on first use too. */
function handlerOver(label: string, make: () => Dataset): Connect.NextHandleFunction {
  let dataset: Dataset | undefined;
  const adapters = new Map<string, CustomerActivityAdapter>();
  const adapterFor = (req: IncomingMessage): CustomerActivityAdapter | undefined => {
    const viewerId = req.headers[DEMO_VIEWER_HEADER];
    if (typeof viewerId !== 'string') return undefined;
    let adapter = adapters.get(viewerId);
    if (adapter === undefined) {
      if (dataset === undefined) {
        const started = performance.now();
        dataset = make();
        console.log(
          `[demo api] ${label}: ${dataset.consumption.length} consumption rows in ${Math.round(performance.now() - started)} ms`,
        );
      }
      if (!dataset.users.some((u) => u.id === viewerId)) return undefined;
      adapter = createMemoryAdapter(dataset, { viewerId });
      adapters.set(viewerId, adapter);
    }
    return adapter;
  };
  const handler = createRequestHandler({ adapterFor });
  return (req, res, next) => void handler(req, res, next);
}

/**
 * A handler over the demo dataset in embedded PostgreSQL: the database is opened, migrated and loaded on first use
 * (the PostgreSQL backend is imported then too), and every request gets an adapter of its own — it holds no rows.
 */
function postgresHandler(): Connect.NextHandleFunction {
  type Backend = { db: object; customerId: string; userIds: Set<string>; postgres: PostgresModule };
  let backend: Promise<Backend> | undefined;
  const open = async (): Promise<Backend> => {
    const started = performance.now();
    const postgres = await import('../src/postgres.js');
    const dataset = createDemoDataset();
    const db = await postgres.openEmbeddedDatabase();
    await postgres.migrate(db);
    await postgres.importDataset(db, dataset);
    console.log(
      `[demo api] embedded PostgreSQL: ${dataset.consumption.length} consumption rows loaded in ${Math.round(performance.now() - started)} ms`,
    );
    return {
      db,
      customerId: dataset.customer.id,
      userIds: new Set(dataset.users.map((u) => u.id)),
      postgres,
    };
  };
  const handler = createRequestHandler({
    async adapterFor(req) {
      const viewerId = req.headers[DEMO_VIEWER_HEADER];
      if (typeof viewerId !== 'string') return undefined;
      backend ??= open().catch((error: unknown) => {
        backend = undefined; // the next request tries again
        throw error;
      });
      const { db, customerId, userIds, postgres } = await backend;
      if (!userIds.has(viewerId)) return undefined;
      return postgres.createPostgresAdapter({ db, customerId, viewerId });
    },
  });
  return (req, res, next) => void handler(req, res, next);
}

function mount(middlewares: Connect.Server): void {
  middlewares.use(
    DEMO_API_BASE,
    handlerOver('demo dataset', () => createDemoDataset()),
  );
  middlewares.use(
    DEMO_LARGE_API_BASE,
    handlerOver('large dataset', () => createDemoDataset({ size: largeSize() })),
  );
  middlewares.use(DEMO_POSTGRES_API_BASE, postgresHandler());
}

/** The Vite plugin: the request handler on the dev and preview servers. */
export function customerActivityApi(): Plugin {
  return {
    name: 'customer-activity-api',
    configureServer(server) {
      mount(server.middlewares);
    },
    configurePreviewServer(server) {
      mount(server.middlewares);
    },
  };
}
