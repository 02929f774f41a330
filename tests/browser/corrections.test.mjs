// Corrections: a library stored by version 1 loads migrated; on a card, every kind of
// correction (parties, signatories, scope areas, agreements, "reports an agreement"),
// words selected in the text made a party, a signatory or the date, undo, the history with
// times, the engine's values beside the corrected ones, and the exports saying who set what.
// The v1 library (tests/data/library-v1.json) is fixed, so these checks do not depend on
// the engine of the day.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { start, open, axeProblems, libraryCount, waitForCount, selectText, download, ROOT } from './lib/harness.mjs';

const V1 = JSON.parse(readFileSync(join(ROOT, 'tests/data/library-v1.json'), 'utf8'));

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

const card = () => h.page.locator('.results article').first();
const ready = async () => h.page.waitForSelector('main[data-ready="true"]');

test('a library stored by version 1 loads migrated, with its corrections', async () => {
  // Store the library exactly as version 1 did (database version 1, one JSON string per
  // entry), from a page of the same origin, before the app ever runs.
  await h.page.goto(`${h.url}no-such-page`);
  await h.page.evaluate((entries) => new Promise((resolve, reject) => {
    const req = indexedDB.open('accord', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('articles');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const tx = req.result.transaction('articles', 'readwrite');
      for (const { record, ...stored } of entries) tx.objectStore('articles').put(JSON.stringify(stored), stored.id);
      tx.oncomplete = () => { req.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), V1.entries);
  await open(h.page, h.url);
  assert.equal(await libraryCount(h.page), 3);
  assert.equal((await h.page.getByRole('alert').textContent()).trim(), '', 'no unreadable record');
  await h.page.locator('.lib-title', { hasText: 'RNCA and Harbor Digital sign an MoU' }).click();
  const place = card().locator('button.value[data-field="a0.location"]');
  assert.equal((await place.textContent()).trim(), 'Harbor City, Ruritania');
  assert.match(await card().locator('.value-wrap', { has: h.page.locator('button.value[data-field="a0.location"]') }).textContent(), /edited.*engine: not stated/);
  // The three v1 edits are the history, without a time.
  const history = h.page.locator('.history-list li');
  assert.equal(await history.count(), 3);
  assert.match(await history.first().textContent(), /time not recorded/);
  // The v1 export imports too (same ids: the same three articles).
  await h.page.setInputFiles('#import-json', { name: 'library-v1.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(V1)) });
  await h.page.getByRole('status').getByText(/Imported 3/).waitFor();
  assert.equal(await libraryCount(h.page), 3);
});

test('parties, signatories, scope areas: add, remove, from a selection, undo, history', async () => {
  await open(h.page, h.url);
  await h.page.locator('.lib-title', { hasText: 'RNCA and Harbor Digital sign an MoU' }).click();
  const parties = () => card().locator('li.party button.value[data-field$=".name"]').allTextContents();
  assert.deepEqual((await parties()).map((x) => x.trim()), ['Harbor Digital Ltd', 'Ruritanian National Cyber Agency', 'Friday in Harbor City']);

  // Remove the party the engine invented, and the company (added back from the text below).
  await card().getByRole('button', { name: 'Remove — Parties 3' }).click();
  await h.page.waitForFunction(() => document.querySelectorAll('.results article li.party').length === 2);
  await card().getByRole('button', { name: 'Remove — Parties 1' }).click();
  await h.page.waitForFunction(() => document.querySelectorAll('.results article li.party').length === 1);

  // A party from the form.
  await card().getByLabel('New party', { exact: true }).fill('Port Authority of Harbor City');
  await card().getByLabel('New party — Kind').selectOption('government');
  await card().getByRole('button', { name: 'Add party' }).click();
  await h.page.waitForFunction(() => document.querySelectorAll('.results article li.party').length === 2);

  // A party from words selected in the text: its evidence is the selection.
  await selectText(h.page, 'Harbor Digital Ltd');
  const tool = h.page.getByRole('group', { name: 'Use the selected words as' });
  await tool.getByRole('button', { name: 'Party', exact: true }).click();
  await h.page.waitForFunction(() => document.querySelectorAll('.results article li.party').length === 3);
  assert.deepEqual((await parties()).map((x) => x.trim()), ['Ruritanian National Cyber Agency', 'Port Authority of Harbor City', 'Harbor Digital Ltd']);
  const added = card().locator('li.party').nth(2);
  assert.match(await added.textContent(), /edited/);
  await added.locator('button.value').first().click();
  assert.deepEqual(await h.page.locator('mark.evidence').allTextContents(), ['Harbor Digital Ltd']);

  // A signatory from a selection and one from the form; remove one the engine found.
  await selectText(h.page, 'Tomas Brandt');
  await tool.getByRole('button', { name: 'Signatory', exact: true }).click();
  await h.page.waitForFunction(() => document.querySelectorAll('.results article li.signatory').length === 3);
  await card().getByLabel('New signatory', { exact: true }).fill('Lena Ortiz');
  await card().getByLabel('New signatory — Role').fill('harbour master');
  await card().getByRole('button', { name: 'Add signatory' }).click();
  await h.page.waitForFunction(() => document.querySelectorAll('.results article li.signatory').length === 4);
  await card().getByRole('button', { name: 'Remove — Signatories 2' }).click();
  await h.page.waitForFunction(() => document.querySelectorAll('.results article li.signatory').length === 3);

  // Scope areas: add one, remove one.
  await card().getByLabel('Area to add').selectOption('critical_infrastructure');
  await card().getByRole('button', { name: 'Add area' }).click();
  await card().locator('button.value.part', { hasText: 'Critical infrastructure protection' }).waitFor();
  await card().getByRole('button', { name: 'Remove — Training and capacity building' }).click();
  await card().locator('button.value.part', { hasText: 'Training and capacity building' }).waitFor({ state: 'detached' });

  // The date from a selection.
  await selectText(h.page, '12 May 2024');
  await tool.getByRole('button', { name: 'Signing date' }).click();
  const date = card().locator('button.value[data-field="a0.signed_on"]');
  await h.page.waitForFunction(() => /12 May 2024/.test(document.querySelector('.results article button.value[data-field="a0.signed_on"]')?.textContent ?? ''));
  assert.match(await card().locator('.value-wrap', { has: h.page.locator('button.value[data-field="a0.signed_on"]') }).textContent(), /engine: 10 May 2024|engine: 2024-05-10/);

  // Undo takes back the last correction only.
  const steps = await h.page.locator('.history-list li').count();
  await h.page.getByRole('button', { name: 'Undo last correction' }).click();
  await h.page.waitForFunction((n) => document.querySelectorAll('.history-list li').length === n - 1, steps);
  assert.match(await date.textContent(), /10 May 2024/);
  assert.equal(await card().locator('button.value.part', { hasText: 'Critical infrastructure protection' }).count(), 1);

  // The history: newest first, with times, the values before and the engine's.
  const lines = await h.page.locator('.history-list li').allTextContents();
  assert.match(lines[0], /^\d{4}-\d\d-\d\d \d\d:\d\d UTC — Area “Training and capacity building” removed from agreement 1/);
  assert.ok(lines.some((l) => /Party “Harbor Digital Ltd” added to agreement 1/.test(l)));
  assert.ok(lines.some((l) => /Party “Friday in Harbor City” removed from agreement 1/.test(l)));
  assert.ok(lines.some((l) => /Signatory “Tomas Brandt” added/.test(l)));

  // All of it survives a reload.
  await h.page.reload();
  await ready();
  await h.page.locator('.lib-title', { hasText: 'RNCA and Harbor Digital sign an MoU' }).click();
  assert.equal(await h.page.locator('.history-list li').count(), steps - 1);
  assert.equal((await parties()).length, 3);

  // Exports carry the corrected record and say which values a person set.
  await h.page.locator('.lib-item', { hasText: 'RNCA and Harbor Digital' }).getByRole('checkbox').check();
  const line = JSON.parse((await download(h.page, /^JSON Lines \(1 selected\)/)).text.trim());
  assert.deepEqual(line.agreements[0].parties.map((p) => p.name), ['Ruritanian National Cyber Agency', 'Port Authority of Harbor City', 'Harbor Digital Ltd']);
  for (const key of ['a0.party1', 'a0.party2', 'a0.scope', 'a0.location', 'title']) assert.ok(line.set_by_person.includes(key), key);
  assert.ok(!line.set_by_person.includes('a0.party0.name'));
  await h.page.locator('.lib-item', { hasText: 'RNCA and Harbor Digital' }).getByRole('checkbox').uncheck();
});

test('an agreement the engine missed, one it invented, and whether the article reports one', async () => {
  await open(h.page, h.url);
  await h.page.locator('.lib-title', { hasText: 'Ransomware hits hospitals' }).click();
  await h.page.locator('.results article.no-agreement').waitFor();
  assert.equal(await h.page.getByLabel('This article reports an agreement').isChecked(), false);
  await h.page.getByRole('button', { name: 'Add an agreement the engine missed' }).click();
  await card().getByText('added').first().waitFor();
  assert.equal(await h.page.getByLabel('This article reports an agreement').isChecked(), true);
  await selectText(h.page, 'Eastmarch');
  await h.page.getByRole('group', { name: 'Use the selected words as' }).getByRole('button', { name: 'Place' }).click();
  await h.page.waitForFunction(() => document.querySelector('.results article button.value[data-field="a0.location"]')?.textContent.trim() === 'Eastmarch');
  // Words that are no date are refused with a message.
  await selectText(h.page, 'hospitals');
  await h.page.getByRole('group', { name: 'Use the selected words as' }).getByRole('button', { name: 'Signing date' }).click();
  await h.page.getByRole('alert').getByText(/not a date/).waitFor();
  // Remove it again, and mark the article as reporting no agreement.
  await card().getByRole('button', { name: 'Remove this agreement' }).click();
  await h.page.locator('.results article.no-agreement').waitFor();
  await h.page.getByLabel('This article reports an agreement').uncheck();
  await h.page.waitForFunction(() => /Marked as reporting no agreement/.test(document.querySelector('.history-list')?.textContent ?? ''));
  assert.equal(await h.page.getByLabel('This article reports an agreement').isChecked(), false);
  // The other v1 article: the engine said no agreement; the analyst says there is one.
  await h.page.locator('.lib-title', { hasText: 'Port Lune' }).click();
  await h.page.getByLabel('This article reports an agreement').check();
  await h.page.locator('.corrections [data-edited="true"]').waitFor();
});

test('the corrected cards and the history are axe clean in English and French', async () => {
  await open(h.page, h.url);
  await h.page.locator('.lib-title', { hasText: 'RNCA and Harbor Digital sign an MoU' }).click();
  await selectText(h.page, 'Mara Voss');
  await h.page.getByRole('group', { name: 'Use the selected words as' }).waitFor();
  assert.deepEqual(await axeProblems(h.page), []);
  await h.page.getByRole('button', { name: 'Français' }).click();
  await h.page.getByRole('heading', { name: /Historique des corrections/ }).waitFor();
  assert.match(await h.page.locator('.history-list').textContent(), /Partie « Harbor Digital Ltd » ajoutée à l’accord 1/);
  assert.deepEqual(await axeProblems(h.page), []);
  await h.page.getByRole('button', { name: 'English' }).click();
});

test('no request left 127.0.0.1 and no console error', () => {
  assert.deepEqual(h.foreign(), []);
  assert.deepEqual(h.consoleErrors.filter((e) => !/404/.test(e)), []);
});
