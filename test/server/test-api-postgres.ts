/// <reference types="node" />
/**
 * The PostgreSQL backends of the test API: `createRequestHandler` over `createPostgresAdapter`, on the embedded
 * database (PGlite, always) and on a real server (`pg.Pool`, when `DATABASE_URL` is set), each holding the test
 * datasets imported once. Routes: `/pg/<backend>/<dataset>/…`; `GET /__backends` lists the backends that run.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import pg from 'pg';
import type { CustomerActivityAdapter } from '../../src/data/adapter.js';
import type { Dataset } from '../../src/domain/types.js';
import {
  createPostgresAdapter,
  importDataset,
  migrate,
  openEmbeddedDatabase,
  type Database,
} from '../../src/postgres.js';
import { createRequestHandler, type RequestHandler } from '../../src/server.js';
import { VIEWER_HEADER, type TestDatasetName } from './test-api-shared.js';

/** The PostgreSQL backends of the test API. */
export interface PostgresBackends {
  /** The backends that run here: `pglite`, and `server` when DATABASE_URL is set. */
  names: string[];
  serve(
    backend: string,
    dataset: string,
    req: IncomingMessage,
    res: ServerResponse,
    rest: string,
  ): Promise<void>;
}

interface Backend {
  db: Promise<Database>;
  handlers: Map<string, RequestHandler>;
}

export function createPostgresBackends(options: {
  datasets: Record<TestDatasetName, () => Dataset>;
  onError(error: unknown): void;
}): PostgresBackends {
  const names = ['pglite', ...(process.env.DATABASE_URL ? ['server'] : [])];
  const backends = new Map<string, Backend>();
  const datasets = new Map<string, Dataset>();
  const datasetOf = (name: TestDatasetName): Dataset => {
    let d = datasets.get(name);
    if (d === undefined) {
      d = options.datasets[name]();
      datasets.set(name, d);
    }
    return d;
  };

  const open = async (backend: string): Promise<Database> => {
    const db: Database =
      backend === 'pglite'
        ? await openEmbeddedDatabase()
        : new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 8 });
    await migrate(db);
    for (const name of Object.keys(options.datasets) as TestDatasetName[]) {
      await importDataset(db, datasetOf(name));
    }
    return db;
  };

  const backendOf = (backend: string): Backend => {
    let b = backends.get(backend);
    if (b === undefined) {
      b = { db: open(backend), handlers: new Map() };
      b.db.catch((e: unknown) => options.onError(e));
      backends.set(backend, b);
    }
    return b;
  };

  const handlerOf = (backend: string, name: TestDatasetName): RequestHandler => {
    const b = backendOf(backend);
    let handler = b.handlers.get(name);
    if (handler === undefined) {
      const adapters = new Map<string, CustomerActivityAdapter>();
      handler = createRequestHandler({
        onError: options.onError,
        async adapterFor(req) {
          const viewerId = req.headers[VIEWER_HEADER];
          if (typeof viewerId !== 'string' || viewerId === '') return undefined;
          const dataset = datasetOf(name);
          if (!dataset.users.some((u) => u.id === viewerId)) return undefined;
          const db = await b.db;
          let adapter = adapters.get(viewerId);
          if (adapter === undefined) {
            adapter = createPostgresAdapter({ db, customerId: dataset.customer.id, viewerId });
            adapters.set(viewerId, adapter);
          }
          return adapter;
        },
      });
      b.handlers.set(name, handler);
    }
    return handler;
  };

  return {
    names,
    async serve(backend, dataset, req, res, rest) {
      if (!names.includes(backend) || !(dataset in options.datasets)) {
        res.writeHead(404, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ detail: `no backend ${backend} with dataset ${dataset}` }));
        return;
      }
      req.url = rest || '/';
      await handlerOf(backend, dataset as TestDatasetName)(req, res);
    },
  };
}
