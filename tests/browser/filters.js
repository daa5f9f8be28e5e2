// Browser test: the tool and procedure indexes filter without JavaScript.
// usage: node tests/browser/filters.js PUBLIC_DIR
// Opens the pages from disk (file://) in Debian's headless Chromium with
// JavaScript disabled, clicks a filter and counts what stays visible.
'use strict';
const { execSync } = require('child_process');
const path = require('path');
const assert = require('assert');
const root = execSync('npm root -g').toString().trim();
const { chromium } = require(path.join(root, 'playwright-core'));

(async () => {
  const dir = path.resolve(process.argv[2]);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ javaScriptEnabled: false });
  const visible = (selector) => page.$$eval(selector, (els) =>
    els.filter((e) => e.offsetParent !== null).map((e) => e.className));

  await page.goto('file://' + path.join(dir, 'en/tools/index.html'));
  const all = await visible('.filtered li');
  assert.ok(all.length >= 25, `expected every tool, saw ${all.length}`);
  await page.click('label[for="status-not-applied"]');
  const notApplied = await visible('.filtered li');
  assert.ok(notApplied.length >= 1 && notApplied.length < all.length, `filter kept ${notApplied.length}`);
  assert.ok(notApplied.every((c) => c.includes('status-not-applied')), notApplied.join(' '));
  await page.keyboard.press('ArrowLeft');
  await page.click('label[for="status-all"]');
  assert.strictEqual((await visible('.filtered li')).length, all.length);

  await page.goto('file://' + path.join(dir, 'ar/procedures/index.html'));
  const sections = await visible('.filtered section');
  assert.ok(sections.length >= 3, `expected several directions, saw ${sections.length}`);
  await page.click('label[for="direction-export"]');
  const kept = await visible('.filtered section');
  assert.deepStrictEqual(kept, ['direction-export']);
  // The changes page filters by kind (radio buttons) and by chapter (a
  // select) through CSS :has(), still without JavaScript.
  await page.goto('file://' + path.join(dir, 'fr/changes/index.html'));
  const changes = await visible('li.change');
  await page.click('label[for="kind-fees"]');
  const fees = await visible('li.change');
  assert.ok(fees.length >= 1 && fees.length < changes.length, `fees kept ${fees.length}`);
  assert.ok(fees.every((c) => c.includes('kind-fees')), fees.join(' '));
  await page.click('label[for="kind-all"]');
  await page.selectOption('#chapter-filter', '09');
  const chapter = await visible('li.change');
  assert.ok(chapter.length >= 1 && chapter.every((c) => c.includes('chapter-09')), chapter.join(' '));
  // Search works from disk too (file://, where fetch is not allowed): the
  // index loads as scripts.
  const js = await browser.newPage();
  await js.goto('file://' + path.join(dir, 'en/search/index.html') + '?q=coffee&kind=tariff&chapter=09');
  await js.waitForSelector('#search-results li', { timeout: 10000 });
  const hits = await js.$$eval('#search-results li a', (as) => as.map((a) => a.getAttribute('href')));
  assert.ok(hits.length > 0 && hits.every((h) => /tariff\/09/.test(h) && h.endsWith('index.html')), hits.join(' '));
  const status = await js.textContent('#search-status');
  assert.ok(/\d/.test(status), status);
  await js.fill('#q-page', '0901.11');
  await js.waitForFunction(() => document.querySelector('#search-results a') &&
    document.querySelector('#search-results a').getAttribute('href').includes('090111'));
  await browser.close();
  console.log(`filters: ${all.length} tools, ${notApplied.length} not applied; ${sections.length} direction groups; ` +
    `changes: ${changes.length}, ${fees.length} fees, ${chapter.length} in chapter 09; ` +
    `search from disk: ${hits.length} results for coffee in chapter 09`);
})().catch((e) => { console.error(e); process.exit(1); });
