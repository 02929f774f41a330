// Trunk post_build hook (runs in the staging dir before it becomes dist/):
// 1. moves Trunk's inline start-up <script type="module"> into a hashed file, so the
//    page's Content-Security-Policy needs no 'unsafe-inline' and no hash;
// 2. gives the WebAssembly imports short names (see shortImportNames);
// 3. minifies every JavaScript file with terser (npm devDependency, installed by
//    scripts/setup.sh; the build fails without it), then updates the integrity hashes of
//    index.html to the rewritten files;
// 4. writes the list of the build's files, and a hash of the list and their contents,
//    into sw.js (precache list and cache name), and minifies sw.js.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}
let minify;
try {
  ({ minify } = await import('terser'));
} catch {
  console.error('post-build: the npm package terser is missing: run scripts/setup.sh (npm ci)');
  process.exit(1);
}
const sha = (data) => createHash('sha256').update(data).digest('hex');

// `js` minified (compressed and with short local names; property names, the names a
// module exports and the names a classic script declares at its top level are kept). A file
// with an import or export statement, or one that only parses as a module (top-level
// await), is minified as a module.
async function minifyJs(js, path) {
  let module = true;
  try {
    const parsed = { module: false, compress: false, mangle: false, format: { ast: true, code: false } };
    const { ast } = await minify(js, parsed);
    module = ast.body.some((s) => s.TYPE === 'Import' || s.TYPE === 'Export');
  } catch {
    // Not a classic script: parsed as a module below.
  }
  try {
    const options = { module, ecma: 2020, compress: { passes: 2 }, mangle: true };
    const { code } = await minify(js, { ...options, format: { comments: false } });
    return code + '\n';
  } catch (e) {
    console.error(`post-build: terser cannot minify ${path}: ${e.message ?? e}`);
    process.exit(1);
  }
}

const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const inline = /<script type="module"(?: nonce="[^"]*")?>([\s\S]*?)<\/script>/g;
const boots = new Map();
for (const [, body] of html.matchAll(inline)) {
  if (boots.has(body)) continue;
  const code = await minifyJs(body, 'the inline start-up script');
  const name = `boot-${sha(code).slice(0, 16)}.js`;
  writeFileSync(join(dir, name), code);
  boots.set(body, name);
}
html = html.replace(inline, (_, body) => `<script type="module" src="./${boots.get(body)}"></script>`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
  console.error('post-build: an inline script is left in index.html; the CSP would block it');
  process.exit(1);
}
writeFileSync(indexPath, html);

// wasm-bindgen names each import the JavaScript glue gives the WebAssembly module after
// its Rust binding plus a 16-digit hash ("__wbg_appendChild_7465eba84213c75f"), in a module
// named after the file ("./accord-web_bg.js"); both files carry every name, and the hashes
// do not compress. Each import gets a short name instead (the module "w", the fields "a",
// "b", ... "aa", ...), written in the module's import section and in the glue's import
// object, where each name is one key. An import whose name is not exactly one key of the
// glue keeps its name, and the build fails if the glue does not have the expected shape.
function shortName(i) {
  const first = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = first[i % 52];
  for (i = Math.floor(i / 52); i > 0; i = Math.floor((i - 1) / 52)) name += first[(i - 1) % 52];
  return name;
}
function leb(bytes, pos) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[pos++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, pos];
  }
}
function encodeLeb(value) {
  const out = [];
  do {
    let b = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) b |= 0x80;
    out.push(b);
  } while (value > 0);
  return Buffer.from(out);
}
const encodeName = (s) => {
  const b = Buffer.from(s, 'utf8');
  return Buffer.concat([encodeLeb(b.length), b]);
};
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function shortImportNames(jsPath, wasmPath) {
  let js = readFileSync(jsPath, 'utf8');
  const wasm = readFileSync(wasmPath);
  const key = js.match(/"(\.\/[\w.-]+_bg\.js)": import0,/);
  if (!key || js.split(key[0]).length !== 2) {
    console.error(`post-build: ${jsPath}: no single import object "./…_bg.js": import0`);
    process.exit(1);
  }
  const module = key[1];
  const parts = [wasm.subarray(0, 8)];
  let pos = 8;
  let renamed = 0;
  while (pos < wasm.length) {
    const id = wasm[pos];
    const [size, start] = leb(wasm, pos + 1);
    const end = start + size;
    if (id !== 2) {
      parts.push(wasm.subarray(pos, end));
      pos = end;
      continue;
    }
    let [count, p] = leb(wasm, start);
    const body = [encodeLeb(count)];
    for (; count > 0; count--) {
      let len;
      [len, p] = leb(wasm, p);
      const mod = wasm.toString('utf8', p, p + len);
      p += len;
      [len, p] = leb(wasm, p);
      const field = wasm.toString('utf8', p, p + len);
      p += len;
      const descStart = p;
      const kind = wasm[p++];
      if (kind === 0) [, p] = leb(wasm, p); // function: type index
      else if (kind === 1 || kind === 2) {
        if (kind === 1) p++; // table: reference type
        const flags = wasm[p++];
        [, p] = leb(wasm, p);
        if (flags & 1) [, p] = leb(wasm, p);
      } else if (kind === 3) p += 2; // global: value type, mutability
      else {
        console.error(`post-build: ${wasmPath}: import kind ${kind} not known`);
        process.exit(1);
      }
      let name = field;
      if (mod === module) {
        const re = new RegExp(`(?<![\\w$])${escapeRe(field)}(?![\\w$])`, 'g');
        const uses = js.match(re);
        if (uses && uses.length === 1 && new RegExp(`(?<![\\w$])${escapeRe(field)}:`).test(js)) {
          name = shortName(renamed++);
          js = js.replace(re, name);
        }
      }
      body.push(encodeName(mod === module ? 'w' : mod), encodeName(name), wasm.subarray(descStart, p));
    }
    const section = Buffer.concat(body);
    parts.push(Buffer.from([2]), encodeLeb(section.length), section);
    pos = end;
  }
  js = js.replace(key[0], 'w: import0,');
  writeFileSync(jsPath, js);
  writeFileSync(wasmPath, Buffer.concat(parts));
  return renamed;
}
for (const name of readdirSync(dir)) {
  if (!name.endsWith('.js')) continue;
  const wasmName = name.replace(/\.js$/, '_bg.wasm');
  let exists = true;
  try {
    statSync(join(dir, wasmName));
  } catch {
    exists = false;
  }
  if (!exists || !readFileSync(join(dir, name), 'utf8').includes('function __wbg_get_imports')) continue;
  const n = shortImportNames(join(dir, name), join(dir, wasmName));
  console.log(`post-build: ${n} imports of ${wasmName} renamed`);
}
const boot = new Set(boots.values());
for (const name of readdirSync(dir)) {
  if (!name.endsWith('.js') || name === 'sw.js' || boot.has(name)) continue;
  const path = join(dir, name);
  writeFileSync(path, await minifyJs(readFileSync(path, 'utf8'), path));
}
html = html.replace(/href="\.\/([^"]+)"([^>]*?) integrity="sha384-[^"]*"/g, (_, file, between) => {
  const digest = createHash('sha384').update(readFileSync(join(dir, file))).digest('base64');
  return `href="./${file}"${between} integrity="sha384-${digest}"`;
});
writeFileSync(indexPath, html);

const files = [];
const walk = (d) => {
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(relative(dir, p).split(sep).join('/'));
  }
};
walk(dir);
const list = files.filter((f) => f !== 'sw.js');
const hash = createHash('sha256');
hash.update(list.join('\n'));
for (const f of list) hash.update(readFileSync(join(dir, f)));
const buildHash = hash.digest('hex').slice(0, 16);
const precache = ['./', ...list];
const swPath = join(dir, 'sw.js');
const sw = readFileSync(swPath, 'utf8')
  .replace('__ACCORD_BUILD_HASH__', buildHash)
  .replace('__ACCORD_PRECACHE__', JSON.stringify(precache));
writeFileSync(swPath, await minifyJs(sw, swPath));
console.log(`post-build: ${precache.length} files precached, cache accord-${buildHash}`);
