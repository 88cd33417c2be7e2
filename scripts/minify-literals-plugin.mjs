// A Vite (Rolldown) plugin that minifies the CSS of `css`…`` and the markup of `html`…`` / `svg`…`` tagged
// templates in the library's own modules. A JavaScript minifier leaves template literals as they are, so their
// indentation and comments would otherwise ship. Conservative on purpose:
// - CSS: comments dropped; every run of whitespace becomes one space, and none is kept next to `{ } ; , >` or
//   after `:` — never inside a quoted string, and never next to `( ) + - ~ *` (calc() needs those spaces, and
//   `a :hover` is not `a:hover`);
// - markup: HTML comments without bindings dropped; a run of whitespace that holds a line break becomes one space
//   (how HTML renders it anyway outside <pre>, which the library's templates do not use).
// Expressions (`${…}`) are left alone: only the literal parts between them change. The tags touched are the
// identifiers css, html and svg (Lit's, as the project's modules import them).
import MagicString from 'magic-string';

const TAGS = new Set(['css', 'html', 'svg']);

/** Minifies one literal part of a css`` template. `raw` is the source text between backticks / expressions. */
export function minifyCss(raw) {
  let out = '';
  let i = 0;
  const n = raw.length;
  const punct = '{};,>';
  const lastChar = () => out[out.length - 1];
  while (i < n) {
    const c = raw[i];
    if (c === '/' && raw[i + 1] === '*') {
      const end = raw.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
      // A comment separates tokens like whitespace does.
      if (out !== '' && lastChar() !== ' ') out += ' ';
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < n && raw[j] !== c) j += raw[j] === '\\' ? 2 : 1;
      out += raw.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (/\s/.test(c)) {
      while (i < n && /\s/.test(raw[i])) i++;
      const next = raw[i];
      const prev = lastChar();
      if (prev === ' ') continue;
      if (prev === undefined || next === undefined) {
        // At the edge of the literal (next to an expression or a backtick): one space keeps tokens apart.
        out += ' ';
        continue;
      }
      if (punct.includes(prev) || punct.includes(next) || prev === ':') continue;
      out += ' ';
      continue;
    }
    if (punct.includes(c) && lastChar() === ' ' && out.length > 1) {
      out = out.slice(0, -1);
    }
    out += c;
    i++;
  }
  return out;
}

/** Minifies one literal part of an html`` / svg`` template. */
export function minifyMarkup(raw) {
  return raw
    .replace(/<!--(?!\?lit)[\s\S]*?-->/g, (comment) => (comment.includes('${') ? comment : ''))
    .replace(/[ \t]*\r?\n\s*/g, ' ');
}

function walk(node, visit) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (typeof node.type === 'string') visit(node);
  for (const key of Object.keys(node)) {
    if (key === 'parent') continue;
    const value = node[key];
    if (value && typeof value === 'object') walk(value, visit);
  }
}

/**
 * Rewrites the tagged templates of `code` (JavaScript, already stripped of TypeScript); `parse` returns its ESTree
 * AST with `start`/`end` offsets. Returns `{ code, map }`, or null when nothing changed.
 */
export function minifyLiterals(code, parse, id) {
  if (!/\b(css|html|svg)`/.test(code)) return null;
  const ast = parse(code);
  const s = new MagicString(code);
  let changed = false;
  walk(ast, (node) => {
    if (node.type !== 'TaggedTemplateExpression') return;
    if (node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name)) return;
    const minify = node.tag.name === 'css' ? minifyCss : minifyMarkup;
    for (const quasi of node.quasi.quasis) {
      const raw = quasi.value.raw;
      const next = minify(raw);
      if (next === raw) continue;
      // The raw text starts at the element's start, or just after (parsers differ on whether the span covers the
      // backtick or the `}` before it).
      const start = [quasi.start, quasi.start + 1].find((at) => code.slice(at, at + raw.length) === raw);
      if (start === undefined) {
        throw new Error(`minify-literals: ${id}: could not locate a template part at ${quasi.start}`);
      }
      s.overwrite(start, start + raw.length, next.length === 0 ? '' : next);
      changed = true;
    }
  });
  if (!changed) return null;
  return { code: s.toString(), map: s.generateMap({ hires: 'boundary', source: id }) };
}

/** The plugin: applies to the project's src/ modules (not node_modules), after TypeScript is stripped. */
export function minifyLiteralsPlugin() {
  return {
    name: 'ca-minify-literals',
    enforce: 'post',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\/src\/.*\.[cm]?[jt]s$/.test(id.split('?')[0])) return null;
      return minifyLiterals(code, (text) => this.parse(text), id);
    },
  };
}
