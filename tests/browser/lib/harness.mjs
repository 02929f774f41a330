// Shared set-up of the browser tests: serve dist/ on 127.0.0.1, launch the system
// Chromium with a fresh profile, record every request and console error, and a few
// helpers that drive the app the way a user does.
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { serve } from './server.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const DIST = join(ROOT, 'dist');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Our own test articles (fictional organisations and people). */
export const ARTICLE_EN = `Nairobi, 14 March 2025

Kenyan CERT and Acme Cyber Labs sign cybersecurity MoU

The Kenya Computer Incident Response Team (KE-CIRT) and Acme Cyber Labs signed a memorandum of understanding on Thursday to share threat intelligence and to train 200 engineers in incident response.

The agreement was signed in Nairobi by KE-CIRT director Jane Wanjiru and Acme Cyber Labs chief executive Omar Haddad. It runs for three years.`;

export const ARTICLE_FR = `Dakar, le 3 février 2025

L'Agence sénégalaise de cybersécurité (ASC) et l'Université Cheikh Lamine de Thiès ont signé mardi une convention de coopération pour former des étudiants à la réponse aux incidents et mener des recherches communes. La convention a été signée à Dakar pour une durée de cinq ans.`;

/** Starts a server and a browser (`locale`: the browser's language). Call `close()` at the end. */
export async function start({ locale = 'en-US' } = {}) {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/index.html is missing: run scripts/build-web.sh first');
  }
  const server = await serve(DIST);
  const profile = mkdtempSync(join(tmpdir(), 'accord-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...ARGS, `--lang=${locale}`],
    acceptDownloads: true,
    serviceWorkers: 'allow',
    locale,
    timezoneId: 'UTC',
  });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const consoleErrors = [];
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  return {
    server, context, page, requests, consoleErrors, url: server.url,
    /** Requests that left 127.0.0.1 (blob: and data: URLs stay in the page). */
    foreign: () => requests.filter((u) => !u.startsWith(server.url) && !/^(blob|data):/.test(u)),
    async close() {
      await context.close().catch(() => {});
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens the app and waits until the library is loaded. */
export async function open(page, url) {
  await page.goto(url);
  await page.waitForSelector('main[data-ready="true"]', { timeout: 30_000 });
}

/** Pastes `text` and presses Analyze; resolves when the results show a card. */
export async function analyze(page, text) {
  const before = await libraryCount(page);
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Analyze' }).click();
  await page.locator('.results article').first().waitFor({ timeout: 30_000 });
  return before;
}

/** The number of articles in the library (from its heading "n of m articles"). */
export async function libraryCount(page) {
  const text = await page.locator('#library-heading .count').textContent();
  const m = /of (\d+)/.exec(text ?? '');
  return m ? Number(m[1]) : -1;
}

/** Waits until the library holds `n` articles. */
export async function waitForCount(page, n, timeout = 30_000) {
  await page.waitForFunction(
    (n) => new RegExp(`of ${n} articles`).test(document.querySelector('#library-heading .count')?.textContent ?? ''),
    n, { timeout },
  );
}

/** Drops files (name, text, lastModified) on the window, as a drag from the desktop. */
export async function dropFiles(page, files) {
  await page.evaluate((files) => {
    const dt = new DataTransfer();
    for (const f of files) {
      dt.items.add(new File([f.text], f.name, { type: f.type ?? 'text/plain', lastModified: f.lastModified ?? Date.UTC(2025, 2, 14, 12) }));
    }
    const target = document.body;
    target.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files);
}

/** Selects `words` in the analyzed text (as a mouse drag would) and releases the mouse. */
export async function selectText(page, words) {
  await page.evaluate((words) => {
    const root = document.getElementById('analyzed-text');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = node.data.indexOf(words);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + words.length);
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`not in the analyzed text: ${words}`);
  }, words);
  await page.locator('#analyzed-text').dispatchEvent('mouseup');
}

/** Downloads what the button named `name` (a regular expression) exports. */
export async function download(page, name) {
  const { readFile } = await import('node:fs/promises');
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return { name: dl.suggestedFilename(), text: await readFile(await dl.path(), 'utf8') };
}

/** Parses RFC 4180 CSV. */
export function parseCsv(text) {
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r') {}
    else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
    else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

/** Serious or critical axe violations, as readable lines. */
export async function axeProblems(page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
