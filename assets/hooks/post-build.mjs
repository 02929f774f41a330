// Trunk post_build hook (runs in the staging dir before it becomes dist/):
// 1. moves Trunk's inline start-up <script type="module"> into a hashed file, so the
//    page's Content-Security-Policy needs no 'unsafe-inline' and no hash;
// 2. writes the list of the build's files, and a hash of the list and their contents,
//    into sw.js (precache list and cache name).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}
const sha = (data) => createHash('sha256').update(data).digest('hex');

const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const inline = /<script type="module"(?: nonce="[^"]*")?>([\s\S]*?)<\/script>/g;
html = html.replace(inline, (_, body) => {
  const name = `boot-${sha(body).slice(0, 16)}.js`;
  writeFileSync(join(dir, name), body.trim() + '\n');
  return `<script type="module" src="./${name}"></script>`;
});
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
  console.error('post-build: an inline script is left in index.html; the CSP would block it');
  process.exit(1);
}
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
  .replace('__ACCORD_PRECACHE__', JSON.stringify(precache, null, 2));
writeFileSync(swPath, sw);
console.log(`post-build: ${precache.length} files precached, cache accord-${buildHash}`);
