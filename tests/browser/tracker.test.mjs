// The tracker: one agreement reported by three dropped articles is shown once with three
// sources, split and joined again, and both decisions survive a reload; the timeline and
// the network, by mouse and by keyboard, with their tables; the grouped exports with the
// crosswalk columns; axe clean in English and French. Articles are our own invention.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, axeProblems, dropFiles, waitForCount, download, parseCsv } from './lib/harness.mjs';

const SAME_DEAL = [
  'Nairobi, 14 March 2025\n\nKenyan CERT and Acme Cyber Labs sign cybersecurity MoU\n\nThe Kenya Computer Incident Response Team (KE-CIRT) and Acme Cyber Labs signed a memorandum of understanding on Thursday to share threat intelligence and to train 200 engineers in incident response.\n\nThe agreement was signed in Nairobi by KE-CIRT director Jane Wanjiru and Acme Cyber Labs chief executive Omar Haddad. It runs for three years.',
  '15 March 2025\n\nAcme Cyber Labs partners with KE-CIRT on incident response\n\nAcme Cyber Labs and the Kenya Computer Incident Response Team (KE-CIRT) signed a memorandum of understanding in Nairobi on 13 March 2025. Under the memorandum, the two will exchange threat data and run joint training for engineers, Acme Cyber Labs chief executive Omar Haddad said.',
  '16 March 2025\n\nKE-CIRT inks cyber deal with Acme Cyber Labs\n\nThe Kenya Computer Incident Response Team (KE-CIRT) has signed a memorandum of understanding with Acme Cyber Labs. The memorandum, signed in Mombasa on 13 March 2025, covers incident response and the training of engineers, KE-CIRT director Jane Wanjiru said.',
];
const OTHER = 'Harbor City, 12 May 2024\n\nRuritania\'s cyber agency and Harbor Digital sign security pact\n\nThe Ruritanian National Cyber Agency (RNCA) and Harbor Digital Ltd signed a memorandum of understanding on Friday in Harbor City to share threat intelligence and train analysts in incident response. It runs for two years.';

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

const dealGroup = () => h.page.locator('article.group', { hasText: 'Acme Cyber Labs' });
const sourcesOf = (group) => group.locator('.group-source');
// The grouping worker answers after the library is shown: wait for the tracker too.
const reload = async () => {
  await h.page.reload();
  await h.page.waitForSelector('main[data-ready="true"]');
  await h.page.waitForSelector('section.tracker[aria-busy="false"]');
};

test('one agreement in three dropped articles is shown once, with three sources', async () => {
  await open(h.page, h.url);
  await dropFiles(h.page, SAME_DEAL.map((text, i) => ({
    name: `outlet-${i + 1}.txt`, text, lastModified: Date.UTC(2025, 2, 14 + i, 12),
  })).concat([{ name: 'harbor.txt', text: OTHER, lastModified: Date.UTC(2024, 4, 12, 12) }]));
  await waitForCount(h.page, 4);
  await dealGroup().first().waitFor();
  assert.equal(await dealGroup().count(), 1, 'one agreement');
  assert.equal(await sourcesOf(dealGroup()).count(), 3);
  const text = await dealGroup().textContent();
  for (const f of ['outlet-1.txt', 'outlet-2.txt', 'outlet-3.txt']) assert.ok(text.includes(f), f);
  // Each value with its sources; the place two say and the one that differs.
  assert.match(text, /Nairobi \(sources 1, 2\)/);
  assert.match(await dealGroup().locator('.disagree').textContent(), /Place: “Nairobi” \(sources 1, 2\) \/ “Mombasa” \(source 3\)/);
});

test('split off a source, then join it back; both survive a reload', async () => {
  await open(h.page, h.url);
  await dealGroup().getByRole('button', { name: /^Take out of this agreement — \[3\]/ }).click();
  await h.page.waitForFunction(() => [...document.querySelectorAll('article.group')].filter((g) => g.textContent.includes('Acme Cyber Labs')).length === 2);
  await reload();
  assert.equal(await dealGroup().count(), 2, 'the split is stored');
  const counts = await dealGroup().evaluateAll((gs) => gs.map((g) => g.querySelectorAll('.group-source').length).sort());
  assert.deepEqual(counts, [1, 2]);
  for (let i = 0; i < 2; i++) await dealGroup().nth(i).getByLabel('Select to join').check();
  await h.page.getByRole('button', { name: 'Join the selected agreements (2)' }).click();
  await h.page.waitForFunction(() => [...document.querySelectorAll('article.group')].filter((g) => g.textContent.includes('Acme Cyber Labs')).length === 1);
  await reload();
  assert.equal(await dealGroup().count(), 1, 'the join is stored');
  assert.equal(await sourcesOf(dealGroup()).count(), 3);
});

test('the timeline: a point by mouse and by keyboard lists its agreements; a table says the same', async () => {
  await open(h.page, h.url);
  await h.page.getByRole('button', { name: 'Timeline', exact: true }).click();
  const points = h.page.locator('.timeline circle[role="button"]');
  await points.first().waitFor();
  assert.equal(await points.count(), 2, 'May 2024 and March 2025');
  await h.page.locator('.timeline circle[data-key="2025-03-13"]').click();
  await h.page.locator('.shown h3', { hasText: '13 March 2025 — 1 agreement(s)' }).waitFor();
  assert.match(await h.page.locator('.shown-list').textContent(), /Acme Cyber Labs.*3 sources/);
  // Keyboard: Tab reaches the points, Enter selects.
  await h.page.getByRole('button', { name: 'Timeline', exact: true }).focus();
  const onPoint = () => h.page.evaluate(() => document.activeElement?.getAttribute('data-key') ?? '');
  for (let i = 0; i < 12 && (await onPoint()) === ''; i++) await h.page.keyboard.press('Tab');
  assert.equal(await onPoint(), '2024-05-10', 'the first point, in date order');
  await h.page.keyboard.press('Enter');
  await h.page.locator('.shown h3', { hasText: '10 May 2024 — 1 agreement(s)' }).waitFor();
  assert.equal(await h.page.locator('.timeline circle[data-key="2024-05-10"]').getAttribute('aria-pressed'), 'true');
  await h.page.getByText('The same as a table').click();
  const rows = h.page.locator('.as-table tbody tr');
  assert.equal(await rows.count(), 2);
  assert.equal(await rows.count(), await points.count(), 'one row per point');
  assert.match(await rows.nth(1).textContent(), /13 March 2025.*Kenya Computer Incident Response Team/);
  assert.deepEqual(await axeProblems(h.page), []);
});

test('the network: a party by mouse and by keyboard lists its agreements; a table says the same', async () => {
  await open(h.page, h.url);
  await h.page.getByRole('button', { name: 'Network', exact: true }).click();
  const nodes = h.page.locator('.network circle[role="button"]');
  await nodes.first().waitFor();
  assert.ok(await nodes.count() >= 4, 'the parties of both agreements');
  assert.ok(await h.page.locator('.network line.edge').count() >= 2);
  await h.page.locator('.network circle[data-party="Acme Cyber Labs"]').click();
  await h.page.locator('.shown h3', { hasText: 'Acme Cyber Labs — 1 agreement(s)' }).waitFor();
  const rnca = h.page.locator('.network circle[data-party="Ruritanian National Cyber Agency"]');
  await rnca.focus();
  await h.page.keyboard.press('Enter');
  await h.page.locator('.shown h3', { hasText: 'Ruritanian National Cyber Agency — 1 agreement(s)' }).waitFor();
  assert.match(await h.page.locator('.shown-list').textContent(), /Harbor Digital/);
  assert.match(await rnca.getAttribute('class'), /kind-government/);
  await h.page.getByText('The same as a table').click();
  const row = h.page.locator('.as-table tbody tr', { has: h.page.locator('th', { hasText: /^Acme Cyber Labs$/ }) });
  assert.match(await row.textContent(), /Company.*1.*Kenya Computer Incident Response Team/);
  assert.deepEqual(await axeProblems(h.page), []);
});

test('the grouped exports carry the sources and the crosswalk columns', async () => {
  await open(h.page, h.url);
  const csv = parseCsv((await download(h.page, /^CSV \(\d+\)$/)).text);
  const head = csv[0];
  for (const c of ['group', 'parties', 'party_kinds', 'party_countries', 'source_count', 'sources', 'source_titles', 'disagreements', 'cameo_code', 'plover_event', 'plover_contexts', 'iccd_areas', 'gfce_themes', 'crosswalk_countries']) {
    assert.ok(head.includes(c), c);
  }
  const col = (r, c) => r[head.indexOf(c)];
  const deal = csv.slice(1).find((r) => col(r, 'parties').includes('Acme Cyber Labs'));
  assert.equal(col(deal, 'source_count'), '3');
  assert.equal(col(deal, 'cameo_code'), '057');
  assert.equal(col(deal, 'plover_event'), 'AGREE');
  assert.match(col(deal, 'plover_contexts'), /cyber/);
  assert.match(col(deal, 'disagreements'), /location/);
  const json = JSON.parse((await download(h.page, /^JSON \(\d+\)$/)).text);
  assert.equal(json.format, 'accord-groups');
  const g = json.groups.find((x) => x.parties.some((p) => p.name === 'Acme Cyber Labs'));
  assert.equal(g.sources.length, 3);
  assert.equal(g.crosswalk.cameo_code, '057');
  const lines = (await download(h.page, /^JSON Lines \(\d+\)$/)).text.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, json.groups.length);
  // The per-article exports are still there beside them.
  await h.page.getByRole('button', { name: /^CSV \(all 4\)$/ }).waitFor();
});

test('the tracker is axe clean in French', async () => {
  await open(h.page, h.url);
  await h.page.getByRole('button', { name: 'Français' }).click();
  await h.page.getByRole('heading', { name: /Accords à travers les sources/ }).waitFor();
  await h.page.getByRole('button', { name: 'Liste', exact: true }).click();
  assert.deepEqual(await axeProblems(h.page), []);
  await h.page.getByRole('button', { name: 'Réseau', exact: true }).click();
  await h.page.locator('.network circle').first().waitFor();
  assert.deepEqual(await axeProblems(h.page), []);
  await h.page.getByRole('button', { name: 'English' }).click();
});

test('no request left 127.0.0.1 and no console error', () => {
  assert.deepEqual(h.foreign(), []);
  assert.deepEqual(h.consoleErrors, []);
});
