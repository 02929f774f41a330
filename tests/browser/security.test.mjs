// Hostile input: an HTML file with scripts, event handlers, javascript: links and frames
// is analyzed as text; nothing runs, nothing is fetched, the words are shown as words.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, analyze, dropFiles } from './lib/harness.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

const HOSTILE = `<!doctype html><html><head><title>Ministry of Digital Trust signs pact</title>
<script>window.__pwned = 1</script>
<meta http-equiv="refresh" content="0;url=https://evil.example/">
<link rel="stylesheet" href="https://evil.example/x.css"></head>
<body onload="window.__pwned = 2">
<h1>Ministry of Digital Trust and Orbit Secure sign cooperation agreement</h1>
<p>The Ministry of Digital Trust and Orbit Secure signed a cooperation agreement on cyber defence.</p>
<img src=x onerror="window.__pwned = 3">
<img src="https://evil.example/pixel.png">
<svg onload="window.__pwned = 4"><circle r="5"/></svg>
<a href="javascript:window.__pwned = 5">click</a>
<iframe src="https://evil.example/frame"></iframe>
<iframe srcdoc="<script>parent.__pwned = 6</script>"></iframe>
<style>@import url(https://evil.example/s.css);</style>
</body></html>`;

async function assertInert(page, label) {
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, `${label}: no script ran`);
  const injected = await page.evaluate(() => document.querySelectorAll('.article-text *:not(mark), .cards iframe, .cards img, .cards svg, .cards script').length);
  assert.equal(injected, 0, `${label}: no element came from the article`);
}

test('a hostile HTML file is analyzed as text and nothing runs', async () => {
  await open(h.page, h.url);
  await dropFiles(h.page, [{ name: 'evil.html', text: HOSTILE, type: 'text/html' }]);
  await h.page.locator('.results article').first().waitFor();
  await assertInert(h.page, 'dropped file');
  const shown = await h.page.locator('.article-text').textContent();
  assert.match(shown, /Orbit Secure/, 'the words are shown');
});

test('hostile HTML pasted as text is shown literally', async () => {
  await open(h.page, h.url);
  await analyze(h.page, HOSTILE);
  await assertInert(h.page, 'pasted text');
  const shown = await h.page.locator('.article-text').textContent();
  assert.ok(shown.includes('<script>window.__pwned = 1</script>'), 'markup shows as text');
});

test('no request left 127.0.0.1, none for the hostile resources', () => {
  assert.deepEqual(h.foreign(), []);
  const local = h.requests.filter((u) => /\/x$|pixel|frame|\.css$/.test(new URL(u).pathname) && !/main-.*\.css$/.test(u));
  assert.deepEqual(local, [], 'no resource of the article was requested');
  assert.deepEqual(h.consoleErrors, []);
});
