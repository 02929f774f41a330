// The main path: open the app, paste an article, read the card, click a value to see its
// evidence; the keyboard path; languages; accessibility; nothing leaves 127.0.0.1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, analyze, axeProblems, ARTICLE_EN, ARTICLE_FR } from './lib/harness.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

test('the empty page loads without console errors and is axe clean', async () => {
  await open(h.page, h.url);
  assert.equal(await h.page.title(), 'accord');
  await h.page.getByLabel('Article text').waitFor();
  await h.page.getByLabel('Article date').waitFor();
  await h.page.getByRole('button', { name: 'Analyze' }).waitFor();
  await h.page.getByLabel('Open files').waitFor({ state: 'attached' });
  assert.deepEqual(h.consoleErrors, [], 'no console error on load');
  assert.deepEqual(await axeProblems(h.page), []);
});

test('pasting an article and pressing Analyze shows a card; a party shows its evidence', async (t) => {
  await open(h.page, h.url);
  await analyze(h.page, ARTICLE_EN);
  const card = h.page.locator('.results article').first();
  assert.ok(await card.isVisible());
  // Engine-dependent from here: the first party and its evidence.
  const party = card.locator('button.value[data-field$=".party0.name"]');
  if ((await party.count()) === 0) {
    t.diagnostic('engine returned no party for the English article: highlight check skipped');
    assert.match(await card.textContent(), /No agreement found|Agreement/);
    return;
  }
  const names = JSON.parse(await party.getAttribute('data-names'));
  await party.click();
  const mark = h.page.locator('mark.evidence').first();
  await mark.waitFor({ timeout: 5_000 });
  assert.ok(names.includes((await mark.textContent()).trim()), `mark ${await mark.textContent()} is one of ${names}`);
  assert.equal(await party.getAttribute('aria-pressed'), 'true');
  assert.ok(await mark.isVisible(), 'the evidence is scrolled into view');
});

test('text dragged from another page is analyzed', async (t) => {
  await open(h.page, h.url);
  await h.page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, ARTICLE_FR);
  await h.page.locator('.results article').first().waitFor();
  assert.equal(await h.page.getByLabel('Article text').inputValue(), ARTICLE_FR);
  // Engine-dependent: the dateline "Dakar, le 3 février 2025" fills the article date.
  const date = await h.page.getByLabel('Article date').inputValue();
  if (date) assert.equal(date, '2025-02-03');
  else t.diagnostic('engine found no publication date: article date left empty');
});

test('the page with cards is axe clean', async () => {
  assert.deepEqual(await axeProblems(h.page), []);
});

test('keyboard only: from the text box to the card', async () => {
  await open(h.page, h.url);
  const k = h.page.keyboard;
  const active = () => h.page.evaluate(() => document.activeElement?.id ?? '');
  for (let i = 0; i < 10 && (await active()) !== 'article-text'; i++) await k.press('Tab');
  assert.equal(await active(), 'article-text');
  await k.insertText(ARTICLE_FR);
  for (let i = 0; i < 10 && (await active()) !== 'analyze'; i++) await k.press('Tab');
  assert.equal(await active(), 'analyze');
  await k.press('Enter');
  await h.page.locator('.results article').first().waitFor();
  await h.page.waitForFunction(() => document.activeElement?.id === 'results-heading');
  // The article's own values (its publication date) come first, then the card's.
  const inCard = () => h.page.evaluate(() => !!document.activeElement?.closest('article'));
  for (let i = 0; i < 3 && !(await inCard()); i++) await k.press('Tab');
  assert.ok(await inCard(), 'a few Tabs reach a value of the card');
  const focusVisible = await h.page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(focusVisible, 'none', 'focus is visible');
});

test('the interface switches to French and remembers it', async () => {
  await open(h.page, h.url);
  await h.page.getByRole('button', { name: 'Français' }).click();
  await h.page.getByLabel('Texte de l’article').waitFor();
  assert.equal(await h.page.getAttribute('html', 'lang'), 'fr');
  await open(h.page, h.url);
  await h.page.getByRole('button', { name: 'Analyser' }).waitFor();
  await h.page.locator('.lib-title').first().click();
  await h.page.locator('.results article').first().waitFor();
  assert.match(await h.page.locator('.results article').first().textContent(), /Titre|Aucun accord trouvé/);
  assert.deepEqual(await axeProblems(h.page), [], 'the French page with a card is axe clean');
  await h.page.getByRole('button', { name: 'English' }).click();
  await h.page.getByRole('button', { name: 'Analyze' }).waitFor();
});

test('no request left 127.0.0.1 and no console error', () => {
  assert.deepEqual(h.foreign(), []);
  assert.deepEqual(h.consoleErrors, []);
});
