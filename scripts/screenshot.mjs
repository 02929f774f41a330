// Renders docs/screenshot.png for the README: the built app (dist/) with one article of our
// own analyzed and the evidence of its first party highlighted. Run after build-web.sh:
//   node scripts/screenshot.mjs
import { start, open, analyze, ARTICLE_EN, ROOT } from '../tests/browser/lib/harness.mjs';
import { join } from 'node:path';

const app = await start({ locale: 'en-US' });
try {
  await app.page.setViewportSize({ width: 1280, height: 1500 });
  await open(app.page, app.url);
  await analyze(app.page, ARTICLE_EN);
  // Click the first party of the card: its evidence is highlighted in the text below.
  const card = app.page.getByRole('article').first();
  const party = card.locator('button', { hasText: 'Kenya Computer Incident Response Team' }).first();
  if (await party.count()) await party.click();
  await app.page.waitForTimeout(400);
  await app.page.evaluate(() => window.scrollTo(0, 0));
  await app.page.screenshot({ path: join(ROOT, 'docs/screenshot.png'), fullPage: false });
  console.log('wrote docs/screenshot.png');
} finally {
  await app.close();
}
