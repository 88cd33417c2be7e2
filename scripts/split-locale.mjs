// Moves the inline pt-BR messages of `src/i18n/messages/<area>.ts` into `src/i18n/messages/pt-BR/<area>.ts`, the
// chunk loaded on demand (src/i18n/messages.ts). Mechanical and repeatable — run it again after merging a branch
// that added keys in the inline shape, `defineMessages({ en: {…}, 'pt-BR': {…} })`:
// 1. the `'pt-BR': { … }` property is cut out of the area's `defineMessages({ … })` call (the area keeps `en`);
// 2. its properties go into `messages/pt-BR/<area>.ts` — created as
//    `export const <area> = translations<typeof area>({ … })` with the area file's imports and helpers (paths one
//    level deeper, `defineMessages` → `translations`), or, when that file exists, appended to its object literal
//    (a key already there is replaced by the inline one, the newer text);
// 3. imports and top-level helpers that a file no longer uses are dropped from it;
// 4. `messages/pt-BR/index.ts` is rewritten to merge every area's pt-BR file.
// Then `npx prettier --write src/i18n/messages`. Usage: node scripts/split-locale.mjs [area.ts …] (default: all).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import ts from 'typescript';

const DIR = 'src/i18n/messages';
const PT_DIR = `${DIR}/pt-BR`;

const parse = (file, text) => ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);

/** The `export const X = defineMessages({ … })` of a file: the name and the object literal. */
function areaCall(source) {
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const d of statement.declarationList.declarations) {
      const init = d.initializer;
      if (
        init &&
        ts.isCallExpression(init) &&
        ts.isIdentifier(init.expression) &&
        init.expression.text === 'defineMessages' &&
        ts.isObjectLiteralExpression(init.arguments[0])
      ) {
        return { name: d.name.getText(source), statement, object: init.arguments[0] };
      }
    }
  }
  return undefined;
}

const propName = (p) =>
  p.name && (ts.isStringLiteral(p.name) || ts.isIdentifier(p.name)) ? p.name.text : undefined;

/** Drops imports and top-level functions / constants that nothing else in the file mentions. */
function dropUnused(text, file) {
  for (;;) {
    const source = parse(file, text);
    const words = (name, except) => {
      const re = new RegExp(`\\b${name}\\b`, 'g');
      const outside = text.slice(0, except.getStart(source)) + text.slice(except.getEnd());
      return (outside.match(re) ?? []).length;
    };
    let cut;
    for (const statement of source.statements) {
      if (ts.isImportDeclaration(statement) && statement.importClause?.namedBindings) {
        const bindings = statement.importClause.namedBindings;
        if (!ts.isNamedImports(bindings)) continue;
        const unused = bindings.elements.filter((e) => words(e.name.text, statement) === 0);
        if (unused.length === 0) continue;
        if (unused.length === bindings.elements.length) {
          cut = [statement.getFullStart(), statement.getEnd(), ''];
        } else {
          const kept = bindings.elements.filter((e) => !unused.includes(e)).map((e) => e.getText(source));
          cut = [bindings.getStart(source), bindings.getEnd(), `{ ${kept.join(', ')} }`];
        }
        break;
      }
      const declared = ts.isFunctionDeclaration(statement)
        ? statement.name?.text
        : ts.isVariableStatement(statement) &&
            !statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
          ? statement.declarationList.declarations[0]?.name.getText(source)
          : undefined;
      if (declared && words(declared, statement) === 0) {
        cut = [statement.getFullStart(), statement.getEnd(), ''];
        break;
      }
    }
    if (!cut) return text;
    text = text.slice(0, cut[0]) + cut[2] + text.slice(cut[1]);
  }
}

function split(areaFile) {
  const path = `${DIR}/${areaFile}`;
  const text = readFileSync(path, 'utf8');
  const source = parse(path, text);
  const call = areaCall(source);
  if (!call) throw new Error(`${path}: no \`export const … = defineMessages({ … })\``);
  const pt = call.object.properties.find((p) => propName(p) === 'pt-BR');
  if (!pt) return false;
  if (!ts.isPropertyAssignment(pt) || !ts.isObjectLiteralExpression(pt.initializer)) {
    throw new Error(`${path}: 'pt-BR' must be an object literal`);
  }
  const ptObject = pt.initializer;
  const ptProps = ptObject.properties.map((p) => ({ key: propName(p), text: p.getFullText(source) }));

  // 1. the area file without its inline pt-BR
  let end = pt.getEnd();
  if (text[end] === ',') end++;
  const en = dropUnused(text.slice(0, pt.getFullStart()) + text.slice(end), path);
  writeFileSync(path, en);

  // 2. the pt-BR file
  const target = `${PT_DIR}/${areaFile}`;
  const stem = basename(areaFile, '.ts');
  if (existsSync(target)) {
    const existing = readFileSync(target, 'utf8');
    const ptSource = parse(target, existing);
    let literal;
    const visit = (node) => {
      if (
        !literal &&
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'translations' &&
        ts.isObjectLiteralExpression(node.arguments[0])
      ) {
        literal = node.arguments[0];
      }
      ts.forEachChild(node, visit);
    };
    visit(ptSource);
    if (!literal) throw new Error(`${target}: no translations<…>({ … }) call`);
    const incoming = new Set(ptProps.map((p) => p.key));
    const kept = literal.properties
      .filter((p) => !incoming.has(propName(p)))
      .map((p) => p.getFullText(ptSource).replace(/,\s*$/, ''));
    const body = [...kept, ...ptProps.map((p) => p.text.replace(/,\s*$/, ''))].join(',') + ',\n';
    writeFileSync(
      target,
      existing.slice(0, literal.getStart(ptSource) + 1) + body + existing.slice(literal.getEnd() - 1),
    );
  } else {
    const preamble = text
      .slice(0, call.statement.getFullStart())
      .replaceAll("from '../", "from '../../")
      .replace(/\bdefineMessages\b/, 'translations');
    const head =
      `${preamble.trimEnd()}\nimport type { ${call.name} as area } from '../${stem}.js';\n\n` +
      `/** The Brazilian Portuguese messages of \`${call.name}\` (${DIR}/${areaFile}): exactly its keys. */\n`;
    const out = `${head}export const ${call.name} = translations<typeof area>(${ptObject.getText(source)});\n`;
    writeFileSync(target, dropUnused(out, target));
  }
  return true;
}

function writeIndex() {
  const areas = readdirSync(PT_DIR)
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .sort();
  const names = areas.map((f) => {
    const m = /export const (\w+) = translations/.exec(readFileSync(`${PT_DIR}/${f}`, 'utf8'));
    if (!m) throw new Error(`${PT_DIR}/${f}: no \`export const … = translations\``);
    return [m[1], f];
  });
  writeFileSync(
    `${PT_DIR}/index.ts`,
    [
      '/**',
      " * Every area's Brazilian Portuguese messages, merged: the chunk `loadLocale('pt-BR')` loads (src/i18n/messages.ts).",
      ' * Written by scripts/split-locale.mjs: every `messages/pt-BR/<area>.ts` is listed.',
      ' */',
      "import type { Message } from '../../define-messages.js';",
      ...names.map(([name, f]) => `import { ${name} } from './${basename(f, '.ts')}.js';`),
      '',
      `export const PT_BR: Record<string, Message> = { ${names.map(([n]) => `...${n}`).join(', ')} };`,
      '',
    ].join('\n'),
  );
}

const files =
  process.argv.length > 2
    ? process.argv.slice(2).map((f) => basename(f))
    : readdirSync(DIR).filter((f) => f.endsWith('.ts'));
for (const f of files) console.log(`${f}: ${split(f) ? 'pt-BR moved to pt-BR/' + f : 'no inline pt-BR'}`);
writeIndex();
