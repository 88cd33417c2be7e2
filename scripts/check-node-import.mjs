// Imports `customer-activity-elements/data` by its package name from the package root (self-reference through
// "exports"), in plain Node with no DOM, and runs the memory adapter over the demo dataset; then imports
// `customer-activity-elements/postgres` and answers the same question from the embedded database.
const data = await import('customer-activity-elements/data');
if (typeof globalThis.document !== 'undefined') throw new Error('a DOM is present: the check means nothing');
const dataset = data.createDemoDataset();
const adapter = data.createMemoryAdapter(dataset, { viewerId: 'u-admin' });
const session = await adapter.getSession();
const contracts = await adapter.listContracts({ workspaceIds: session.workspaces.map((w) => w.id) });
if (!session.permissions.viewPage || contracts.length === 0)
  throw new Error('the demo dataset shows nothing');
console.log(
  `customer-activity-elements/data loaded in Node: ${Object.keys(data).length} exports, ` +
    `${contracts.length} contracts for ${session.viewer.name}`,
);

const postgres = await import('customer-activity-elements/postgres');
const db = await postgres.openEmbeddedDatabase();
try {
  await postgres.migrate(db);
  await postgres.importDataset(db, dataset);
  const pgAdapter = postgres.createPostgresAdapter({
    db,
    customerId: dataset.customer.id,
    viewerId: 'u-admin',
  });
  const pgContracts = await pgAdapter.listContracts({ workspaceIds: session.workspaces.map((w) => w.id) });
  if (JSON.stringify(pgContracts) !== JSON.stringify(contracts)) {
    throw new Error(
      'customer-activity-elements/postgres answers listContracts differently from the memory adapter',
    );
  }
  console.log(
    `customer-activity-elements/postgres loaded in Node: ${Object.keys(postgres).length} exports, ` +
      `${pgContracts.length} contracts from the embedded database`,
  );
} finally {
  await db.close();
}
