// The PWA: after one visit the service worker has precached the build, and with the
// network off a reload still gives a working app that analyzes a pasted article.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, analyze, ARTICLE_EN } from './lib/harness.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

test('the manifest and the service worker are served', async () => {
  await open(h.page, h.url);
  const manifest = await h.page.evaluate(async () => (await fetch('manifest.webmanifest')).json());
  assert.equal(manifest.name, 'accord');
  assert.ok(manifest.icons.length >= 2);
  const sw = await h.page.evaluate(async () => (await fetch('sw.js')).text());
  // sw.js is minified by the post-build hook: any spacing and quotes.
  assert.match(sw, /const CACHE\s*=\s*["']accord-[0-9a-f]{16}["']/);
  assert.match(sw, /worker_bg\.wasm/);
});

test('after one visit the app works offline', { timeout: 180_000 }, async () => {
  await open(h.page, h.url);
  // The service worker has installed (precached every file) and is active: the next
  // navigation goes through it.
  const state = () => h.page.evaluate(async () => {
    const r = await navigator.serviceWorker.getRegistration();
    return { installing: r?.installing?.state, waiting: r?.waiting?.state, active: r?.active?.state };
  });
  try {
    await h.page.waitForFunction(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return r?.active?.state === 'activated';
    }, null, { timeout: 60_000, polling: 250 });
  } catch (e) {
    throw new Error(`the service worker did not activate: ${JSON.stringify(await state())}`, { cause: e });
  }
  await h.context.setOffline(true);
  try {
    await h.page.reload();
    await h.page.waitForSelector('main[data-ready="true"]', { timeout: 30_000 });
    await analyze(h.page, ARTICLE_EN);
    assert.ok(await h.page.locator('.results article').first().isVisible());
  } finally {
    await h.context.setOffline(false);
  }
});

test('no request left 127.0.0.1 and no console error', () => {
  assert.deepEqual(h.foreign(), []);
  assert.deepEqual(h.consoleErrors, []);
});
