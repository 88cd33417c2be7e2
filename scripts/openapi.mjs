// `npm run openapi`: writes openapi.json, the OpenAPI 3.1 description of the request handler, generated from the
// zod schemas (src/server/openapi.ts). `npm run openapi -- --check` writes nothing and fails when the committed
// file is stale (CI runs it).
import { readFile, writeFile } from 'node:fs/promises';
import { importTs } from './node-bundle.mjs';

const FILE = 'openapi.json';
const check = process.argv.includes('--check');

const { createOpenApiDocument } = await importTs('src/server/openapi.ts', 'openapi');
const text = `${JSON.stringify(createOpenApiDocument(), null, 2)}\n`;

if (check) {
  const committed = await readFile(FILE, 'utf8').catch(() => '');
  if (committed !== text) {
    console.error(`${FILE} is stale: run 'npm run openapi' and commit it.`);
    process.exit(1);
  }
  console.log(`${FILE} is up to date.`);
} else {
  await writeFile(FILE, text);
  const doc = JSON.parse(text);
  console.log(
    `wrote ${FILE}: ${Object.keys(doc.paths).length} paths, ${Object.keys(doc.components.schemas).length} schemas`,
  );
}
