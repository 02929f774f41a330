// The library: drop a file, reload, export (CSV, JSON) with an edited value, import it
// back, refuse a broken import, survive a quota failure; a batch of files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start, open, analyze, dropFiles, libraryCount, waitForCount, ARTICLE_EN, ARTICLE_FR } from './lib/harness.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

/** Parses RFC 4180 CSV. */
function parseCsv(text) {
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

async function download(page, name) {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: new RegExp(`^${name} \\((all \\d+|\\d+ selected)\\)$`) }).click(),
  ]);
  return { name: dl.suggestedFilename(), text: await readFile(await dl.path(), 'utf8') };
}

test('a dropped file gives a card and stays in the library after a reload', async () => {
  await open(h.page, h.url);
  await dropFiles(h.page, [{ name: 'kenya-mou.txt', text: ARTICLE_EN }]);
  await h.page.locator('.results article').first().waitFor();
  await waitForCount(h.page, 1);
  assert.equal(await h.page.getByLabel('Article date').inputValue(), '2025-03-14', 'the file date is the reference date');
  await dropFiles(h.page, [{ name: 'report.pdf', text: '%PDF-1.4' }]);
  await h.page.getByRole('alert').getByText(/report\.pdf/).waitFor();
  await h.page.reload();
  await h.page.waitForSelector('main[data-ready="true"]');
  assert.equal(await libraryCount(h.page), 1);
  await h.page.getByRole('button', { name: 'kenya-mou.txt' }).or(h.page.locator('.lib-title')).first().click();
  await h.page.locator('.results article').first().waitFor();
});

test('an edited value is marked, exported as edited, and can be reset', async () => {
  await open(h.page, h.url);
  await analyze(h.page, ARTICLE_FR);
  await waitForCount(h.page, 2);
  const card = h.page.locator('.results article').first();
  await card.getByRole('button', { name: 'Edit — Title' }).click();
  await h.page.waitForFunction(() => document.activeElement?.id === 'v0-title-input');
  await card.getByLabel('Title — Edit').fill('Titre corrigé, « Dakar »');
  await card.getByRole('button', { name: 'Save' }).click();
  await card.locator('[data-edited="true"]').first().waitFor();
  assert.equal((await card.locator('button.value[data-field="title"]').textContent()).trim(), 'Titre corrigé, « Dakar »');

  const csv = await download(h.page, 'CSV');
  assert.match(csv.name, /^accord-\d+\.csv$/);
  const rows = parseCsv(csv.text);
  assert.deepEqual(rows[0].slice(0, 10), ['id', 'file_name', 'reference_date', 'published', 'lang', 'title', 'is_agreement', 'agreement', 'type', 'parties']);
  const col = (r, c) => r[rows[0].indexOf(c)];
  const edited = rows.slice(1).filter((r) => col(r, 'title') === 'Titre corrigé, « Dakar »');
  assert.ok(edited.length >= 1, 'the edited title is in the CSV');
  assert.match(col(edited[0], 'set_by_person'), /\btitle\b/);
  assert.ok(rows.slice(1).some((r) => col(r, 'file_name') === 'kenya-mou.txt'));

  const json = JSON.parse((await download(h.page, 'JSON')).text);
  assert.equal(json.format, 'accord-library');
  assert.equal(json.schema_version, 2);
  assert.equal(json.entries.length, 2);
  const e = json.entries.find((x) => x.set_by_person.includes('title'));
  assert.equal(e.record.title, 'Titre corrigé, « Dakar »');
  assert.equal(e.corrections.at(-1).op.value, 'Titre corrigé, « Dakar »');
  assert.match(e.corrections.at(-1).at, /^\d{4}-\d\d-\d\dT/);
  assert.ok(e.source.startsWith('Dakar, le 3 février 2025'));

  const jsonl = (await download(h.page, 'JSON Lines')).text.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(jsonl.length, 2);
  assert.ok(jsonl.some((r) => r.title === 'Titre corrigé, « Dakar »' && r.set_by_person.includes('title')));

  // A selection exports only the ticked articles.
  await h.page.locator('.lib-item', { hasText: 'kenya-mou.txt' }).getByRole('checkbox').check();
  const one = JSON.parse((await download(h.page, 'JSON')).text);
  assert.equal(one.entries.length, 1);
  assert.equal(one.entries[0].file_name, 'kenya-mou.txt');
  await h.page.locator('.lib-item', { hasText: 'kenya-mou.txt' }).getByRole('checkbox').uncheck();

  // Reset brings back the extracted value and drops the mark.
  await card.getByRole('button', { name: 'Reset — Title' }).click();
  await card.locator('[data-edited="true"]').waitFor({ state: 'detached' });
  assert.notEqual((await card.locator('button.value[data-field="title"]').textContent()).trim(), 'Titre corrigé, « Dakar »');
  // Edit again, for the import test below.
  await card.getByRole('button', { name: 'Edit — Title' }).click();
  await card.getByLabel('Title — Edit').fill('Titre corrigé, « Dakar »');
  await card.getByLabel('Title — Edit').press('Enter');
  await card.locator('[data-edited="true"]').first().waitFor();
  await h.page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Edit — Title');
});

test('importing the JSON export restores the library; a broken import changes nothing', async () => {
  await open(h.page, h.url);
  const exported = (await download(h.page, 'JSON')).text;
  await h.page.getByRole('button', { name: 'Clear library…' }).click();
  await h.page.getByRole('button', { name: 'Delete all' }).click();
  await waitForCount(h.page, 0);
  await h.page.setInputFiles('#import-json', { name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await waitForCount(h.page, 2);
  await h.page.getByRole('status').getByText(/Imported 2/).waitFor();
  await h.page.locator('.lib-title', { hasText: 'Titre corrigé' }).click();
  await h.page.locator('.results article').locator('[data-edited="true"]').first().waitFor();

  const bad = [
    ['broken.json', '{"format": "accord-library", "entries": ['],
    ['v99.json', JSON.stringify({ ...JSON.parse(exported), schema_version: 99 })],
    ['shape.json', JSON.stringify({ format: 'accord-library', schema_version: 2, entries: [{ id: 'x', schema_version: 2 }] })],
  ];
  for (const [name, text] of bad) {
    await h.page.setInputFiles('#import-json', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await h.page.getByRole('alert').getByText(new RegExp(`${name.replace('.', '\\.')}.*refused`)).waitFor();
    assert.equal(await libraryCount(h.page), 2, `${name} changed nothing`);
  }
  await h.page.reload();
  await h.page.waitForSelector('main[data-ready="true"]');
  assert.equal(await libraryCount(h.page), 2);
});

test('the library filters by date and removes one article', async () => {
  await open(h.page, h.url);
  const total = await libraryCount(h.page);
  await h.page.getByLabel('From', { exact: true }).fill('2030-01-01');
  await h.page.getByText(`0 of ${total} articles`).waitFor();
  await h.page.getByText('No article matches the search and filters.').waitFor();
  await h.page.getByLabel('From', { exact: true }).fill('');
  await h.page.getByText(`${total} of ${total} articles`).waitFor();
  await h.page.getByLabel('Search the library').fill('kenya-mou');
  await h.page.getByRole('button', { name: /^Remove — / }).first().click();
  await waitForCount(h.page, total - 1);
  await h.page.getByLabel('Search the library').fill('');
  await h.page.reload();
  await h.page.waitForSelector('main[data-ready="true"]');
  assert.equal(await libraryCount(h.page), total - 1);
});

test('a quota failure on write shows a message and keeps the library', async () => {
  await open(h.page, h.url);
  const before = await libraryCount(h.page);
  await h.page.evaluate(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await analyze(h.page, ARTICLE_EN.replace('200', '300'));
  await h.page.getByRole('alert').getByText(/Could not save to the library.*QuotaExceededError/).waitFor();
  assert.equal(await libraryCount(h.page), before);
  await h.page.getByText('Not saved in the library.').waitFor();
  await h.page.reload();
  await h.page.waitForSelector('main[data-ready="true"]');
  assert.equal(await libraryCount(h.page), before);
});

test('a batch of 60 files shows progress and all results arrive', async () => {
  await open(h.page, h.url);
  const before = await libraryCount(h.page);
  const files = Array.from({ length: 60 }, (_, i) => ({
    name: `batch-${String(i).padStart(3, '0')}.txt`,
    text: ARTICLE_EN.replace('200 engineers', `${i + 10} engineers`),
  }));
  await dropFiles(h.page, files);
  await h.page.locator('.progress').waitFor();
  await waitForCount(h.page, before + 60, 120_000);
  await h.page.getByText('Analyzed 60 of 60').waitFor();
  // The page stayed usable: typing in the search box filters the list.
  await h.page.getByLabel('Search the library').fill('batch-059');
  await h.page.getByText(`1 of ${before + 60} articles`).waitFor();
  // Exporting what the filters show.
  await h.page.getByRole('button', { name: 'Select the 1 shown' }).click();
  const one = JSON.parse((await download(h.page, 'JSON')).text);
  assert.deepEqual(one.entries.map((e) => e.file_name), ['batch-059.txt']);
  await h.page.getByRole('button', { name: 'Clear selection' }).click();
  await h.page.getByRole('button', { name: /^JSON \(all / }).waitFor();
});

test('unreadable stored records are reported and the rest of the library loads', async () => {
  await open(h.page, h.url);
  const before = await libraryCount(h.page);
  assert.ok(before >= 1, 'the earlier tests left articles in the library');
  // Damage the store behind the app's back: one record that is not an entry at all, one
  // from a schema version this app does not know.
  await h.page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('accord');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const tx = req.result.transaction('articles', 'readwrite');
      const store = tx.objectStore('articles');
      store.put('not a library entry', 'damaged-1');
      store.put({ schema_version: 999, id: 'future-1' }, 'future-1');
      tx.oncomplete = () => { req.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }));
  await h.page.reload();
  await h.page.waitForSelector('main[data-ready="true"]');
  await h.page.getByRole('alert').getByText(/2 stored article\(s\) could not be read/).waitFor();
  assert.equal(await libraryCount(h.page), before);
});

test('no request left 127.0.0.1 and no console error', () => {
  assert.deepEqual(h.foreign(), []);
  assert.deepEqual(h.consoleErrors.filter((e) => !/QuotaExceeded/.test(e)), []);
});
