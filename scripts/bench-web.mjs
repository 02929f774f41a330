#!/usr/bin/env node
// Benchmark of the built web app (dist/; run scripts/build-web.sh first). Prints:
//  - what a browser downloads: wasm + JS, raw and gzipped;
//  - time from navigation to a usable page (library loaded), cold (new profile) and warm;
//  - the median in-browser analysis time per article over a folder of .txt files given
//    as the first argument (skipped when absent), measured inside the worker (engine) and
//    as a round trip from the page;
//  - the throughput of a 500-file batch dropped on the app (analysis + library writes),
//    the files being generated from our own short articles.
// With --tracker FILE (a JSON export, e.g. the 10,000 articles written by
// `cargo run --release --example bench_tracker -- --write target/bench-library.json`), it
// measures the tracker instead: the import, the page usable after a reload with that
// library, the grouped list, the timeline and the network each drawn after a click, and the
// page's memory.
// Usage: node scripts/bench-web.mjs [folder-of-txt] | --tracker FILE
import { readdirSync, readFileSync, writeFileSync, existsSync, statSync, mkdtempSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { chromium } from 'playwright-core';
import { serve } from '../tests/browser/lib/server.mjs';
import { ARGS, CHROMIUM, DIST, ARTICLE_EN, ARTICLE_FR } from '../tests/browser/lib/harness.mjs';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const fmt = (ms) => `${ms.toFixed(1)} ms`;

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('bench: dist/ is missing; run scripts/build-web.sh first');
  process.exit(1);
}

// 1. Download size.
let raw = 0, gz = 0;
for (const f of readdirSync(DIST)) {
  if (!/\.(wasm|js)$/.test(f)) continue;
  const data = readFileSync(join(DIST, f));
  raw += data.length;
  gz += gzipSync(data, { level: 9 }).length;
}
console.log(`download (wasm + js): ${(raw / 1024).toFixed(0)} KB raw, ${(gz / 1024).toFixed(0)} KB gzipped`);

const server = await serve(DIST);
const launch = async () => {
  const profile = mkdtempSync(join(tmpdir(), 'accord-bench-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
};
const usable = (page) => page.evaluate(() => new Promise((ok) => {
  const done = () => document.querySelector('main[data-ready="true"]');
  if (done()) return ok(performance.now());
  new MutationObserver((_, obs) => { if (done()) { obs.disconnect(); ok(performance.now()); } })
    .observe(document.documentElement, { subtree: true, childList: true, attributes: true });
}));

const trackerAt = process.argv.indexOf('--tracker');
if (trackerAt > 0) {
  try {
    await benchTracker(process.argv[trackerAt + 1]);
  } finally {
    await server.close();
  }
  process.exit(0);
}

/** Times, in the page, from a click on the button named `name` to `selector` present. */
async function clickUntil(page, name, selector) {
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => ok())));
  return page.evaluate(({ name, selector }) => new Promise((ok) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === name);
    const t0 = performance.now();
    button.click();
    const check = () => (document.querySelector(selector) ? ok(performance.now() - t0) : requestAnimationFrame(check));
    check();
  }), { name, selector });
}

async function memory(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  const wasm = await page.evaluate(() => {
    let total = 0;
    for (const v of Object.values(globalThis.wasmBindings ?? {})) if (v instanceof WebAssembly.Memory) total += v.buffer.byteLength;
    return total;
  }).catch(() => 0);
  const mb = (x) => `${(x / 1_048_576).toFixed(1)} MB`;
  return `JS heap used ${mb(m.JSHeapUsedSize)} of ${mb(m.JSHeapTotalSize)}${wasm ? `, wasm memory ${mb(wasm)}` : ''}, ${m.Nodes} DOM nodes`;
}

async function benchTracker(file) {
  if (!file || !existsSync(file)) {
    console.error('bench: --tracker needs a JSON export (cargo run --release --example bench_tracker -- --write target/bench-library.json)');
    process.exitCode = 2;
    return;
  }
  // The import takes at most 64 MB a file: the export is cut into parts (without the
  // corrected copies of the records, which an import ignores).
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  const n = doc.entries.length;
  const dir = mkdtempSync(join(tmpdir(), 'accord-bench-parts-'));
  const parts = [];
  for (let i = 0; i < n; i += 2500) {
    const entries = doc.entries.slice(i, i + 2500).map(({ record, set_by_person, ...e }) => e);
    const part = join(dir, `part-${parts.length}.json`);
    writeFileSync(part, JSON.stringify({ ...doc, entries }));
    parts.push([part, i + entries.length]);
  }
  const b = await launch();
  const { page } = b;
  page.setDefaultTimeout(600_000);
  await page.goto(server.url);
  await usable(page);
  const t0 = Date.now();
  for (const [part, total] of parts) {
    await page.setInputFiles('#import-json', part);
    await page.waitForFunction((n) => new RegExp(`of ${n} articles`).test(document.querySelector('#library-heading .count')?.textContent ?? ''), total, { timeout: 600_000, polling: 200 });
  }
  rmSync(dir, { recursive: true, force: true });
  console.log(`import of ${n} articles in ${parts.length} files: ${((Date.now() - t0) / 1000).toFixed(1)} s (parse, IndexedDB write, grouping, render)`);
  await page.reload({ waitUntil: 'commit' });
  const ready = await usable(page);
  const grouped = await page.evaluate(() => new Promise((ok) => {
    const check = () => (/agreement\(s\) from/.test(document.querySelector('#tracker-heading .count')?.textContent ?? '') ? ok(performance.now()) : requestAnimationFrame(check));
    check();
  }));
  console.log(`after a reload: page usable (library of ${n} loaded and shown) at ${fmt(ready)}; tracker grouped and listed at ${fmt(grouped)}`);
  console.log(`  ${await page.locator('#tracker-heading .count').textContent()}`);
  // Regrouping: a date filter that keeps every article (all are dated) changes the
  // filters, so the tracker groups the corrected records again (in the grouping worker:
  // the panel is aria-busy until its answer is shown); timed until the frame after that.
  let mainThread = [];
  const regroup = await page.evaluate(() => new Promise((ok) => {
    const input = document.getElementById('lib-from');
    const panel = document.querySelector('section.tracker');
    // Tasks of 50 ms or more on the main thread meanwhile (the page cannot answer then).
    const longTasks = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push(Math.round(e.duration));
    });
    observer.observe({ type: 'longtask' });
    const t0 = performance.now();
    input.value = '1900-01-01';
    input.dispatchEvent(new Event('change', { bubbles: true }));
    let busySeen = false;
    const check = () => {
      const busy = panel.getAttribute('aria-busy') === 'true';
      busySeen ||= busy;
      if (busySeen && !busy) {
        requestAnimationFrame(() => {
          const total = performance.now() - t0;
          // Let the observer report the last task before reading the sum.
          setTimeout(() => { observer.disconnect(); ok([total, longTasks]); }, 100);
        });
      }
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })).then(([total, busy]) => { mainThread = busy; return total; });
  const busyMs = mainThread.reduce((a, b) => a + b, 0);
  console.log(`  ${await page.locator('#tracker-heading .count').textContent()} (with the date filter)`);
  console.log(`filter and group the ${n} articles again (in the grouping worker), then render: ${fmt(regroup)} (long tasks on the main thread meanwhile: ${fmt(busyMs)}: ${mainThread.join(' + ') || 'none'} ms)`);
  console.log(`timeline drawn after the click: ${fmt(await clickUntil(page, 'Timeline', '.timeline circle'))} (${await page.locator('.timeline circle').count()} points)`);
  console.log(`network drawn after the click: ${fmt(await clickUntil(page, 'Network', '.network circle'))} (${await page.locator('.network circle[role="button"]').count()} parties)`);
  console.log(`list shown again after the click: ${fmt(await clickUntil(page, 'List', 'article.group'))}`);
  console.log(`memory: ${await memory(page)}`);
  await b.close();
}

try {
  // 2. Load time.
  const cold = [], warm = [];
  for (let i = 0; i < 3; i++) {
    const b = await launch();
    await b.page.goto(server.url, { waitUntil: 'commit' });
    cold.push(await usable(b.page));
    await b.page.evaluate(() => navigator.serviceWorker.ready);
    for (let j = 0; j < 2; j++) {
      await b.page.reload({ waitUntil: 'commit' });
      warm.push(await usable(b.page));
    }
    await b.close();
  }
  console.log(`navigation to usable page: cold median ${fmt(median(cold))} (${cold.map((x) => x.toFixed(0)).join(', ')}), warm median ${fmt(median(warm))}`);

  // 3. Analysis time over a folder.
  const folder = process.argv[2];
  const b = await launch();
  await b.page.goto(server.url);
  await usable(b.page);
  if (folder && existsSync(folder) && statSync(folder).isDirectory()) {
    const texts = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(folder, f), 'utf8'));
    if (texts.length === 0) {
      console.log(`analysis time: no .txt file in ${folder}; skipped`);
    } else {
      const times = await b.page.evaluate(async (texts) => {
        const w = new Worker('worker_loader.js');
        await new Promise((ok) => { w.onmessage = (e) => { if (e.data === 'ready') ok(); }; });
        const out = [];
        for (let i = 0; i < texts.length; i++) {
          const t0 = performance.now();
          const reply = await new Promise((ok) => {
            w.onmessage = (e) => ok(JSON.parse(e.data));
            w.postMessage({ job: JSON.stringify({ id: i, batch: 0, text: texts[i], format: 'text', reference_date: null }) });
          });
          out.push({ engine: reply.elapsed_ms, roundtrip: performance.now() - t0 });
        }
        w.terminate();
        return out;
      }, texts);
      console.log(`analysis per article (${texts.length} files from ${folder}): median ${fmt(median(times.map((t) => t.engine)))} in the engine, ${fmt(median(times.map((t) => t.roundtrip)))} round trip from the page`);
    }
  } else {
    console.log(`analysis time: no folder given or ${folder} is absent; skipped`);
  }

  // 4. A 500-file batch dropped on the app.
  const cities = ['Algiers', 'Nairobi', 'Dakar', 'Abuja', 'Rabat', 'Kigali', 'Accra', 'Tunis'];
  const files = Array.from({ length: 500 }, (_, i) => {
    const base = i % 2 ? ARTICLE_FR : ARTICLE_EN;
    return { name: `bench-${i}.txt`, text: base.replaceAll(i % 2 ? 'Dakar' : 'Nairobi', cities[i % cities.length]).replace('200', String(100 + i)) };
  });
  const seconds = await b.page.evaluate(async (files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([f.text], f.name, { type: 'text/plain', lastModified: Date.UTC(2025, 2, 14, 12) }));
    const t0 = performance.now();
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    await new Promise((ok) => {
      const check = () => (/of 500 articles/.test(document.querySelector('#library-heading .count')?.textContent ?? '') ? ok() : setTimeout(check, 50));
      check();
    });
    return (performance.now() - t0) / 1000;
  }, files);
  console.log(`batch of 500 files: ${seconds.toFixed(1)} s, ${(500 / seconds).toFixed(0)} files/s (analysis in the worker + library writes + rendering)`);
  await b.close();
} finally {
  await server.close();
}
