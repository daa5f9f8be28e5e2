// Browser test: the header search box as a WAI-ARIA combobox, driven by the
// keyboard, and the search page's pages and kind filter, with axe-core
// checking each state. usage: node tests/browser/search.js PUBLIC_DIR
// Serves PUBLIC_DIR on 127.0.0.1 and opens it in Debian's headless Chromium.
'use strict';
const { execSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const assert = require('assert');
const { staticServer } = require('./static-server');
const root = execSync('npm root -g').toString().trim();
const { chromium } = require(path.join(root, 'playwright-core'));
const axeSource = fs.readFileSync(path.join(root, 'axe-core/axe.min.js'), 'utf8');

const dir = path.resolve(process.argv[2]);
const server = staticServer(dir);

async function axe(page, label) {
  const result = await page.evaluate(async (src) => {
    // eslint-disable-next-line no-eval
    if (!window.axe) (0, eval)(src);
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, axeSource);
  assert.deepStrictEqual(result, [], `axe, ${label}`);
}

(async () => {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // A page that nobody searches from loads no index; focusing the box
  // loads the language's entry while the reader types, and a first query
  // then fetches only shards and chunks.
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(base + 'en/');
  await page.waitForLoadState('networkidle');
  assert.ok(!requested.some((p) => p.startsWith('/search/')), requested.join(' '));
  const input = page.locator('#q');
  assert.strictEqual(await input.getAttribute('role'), 'combobox');
  assert.strictEqual(await input.getAttribute('aria-expanded'), 'false');
  await input.focus();
  await page.waitForFunction(() => document.querySelector('script[src$="search/en/index.js"]'), null, { timeout: 10000 });
  assert.ok(requested.includes('/search/en/index.js'), requested.join(' '));
  const beforeQuery = requested.length;
  await page.keyboard.type('coffees');
  await page.waitForSelector('#header-results [role="option"]', { timeout: 10000 });
  const byQuery = requested.slice(beforeQuery).filter((p) => p.startsWith('/search/'));
  assert.ok(byQuery.length <= 4 && !byQuery.includes('/search/en/index.js'), byQuery.join(' '));
  assert.strictEqual(await input.getAttribute('aria-expanded'), 'true');
  assert.strictEqual(await page.getAttribute('#header-results', 'role'), 'listbox');
  await axe(page, 'list open');
  // Arrow keys move the active option; the input keeps focus.
  await page.keyboard.press('ArrowDown');
  const first = await input.getAttribute('aria-activedescendant');
  assert.ok(first && (await page.getAttribute('#' + first, 'aria-selected')) === 'true', first);
  await page.keyboard.press('ArrowDown');
  const second = await input.getAttribute('aria-activedescendant');
  assert.notStrictEqual(first, second);
  await page.keyboard.press('ArrowUp');
  assert.strictEqual(await input.getAttribute('aria-activedescendant'), first);
  await axe(page, 'a result active');
  // The kind and, for a tariff line, the rate show under the title.
  const meta = await page.$$eval('#header-results .search-meta', (els) => els.map((e) => e.textContent));
  assert.ok(meta.some((m) => /Tariff code/.test(m)), meta.join(' | '));
  // Escape closes the list first, then clears the box.
  await page.keyboard.press('Escape');
  assert.strictEqual(await input.getAttribute('aria-expanded'), 'false');
  assert.strictEqual(await input.inputValue(), 'coffees');
  await page.keyboard.press('ArrowDown');
  assert.strictEqual(await input.getAttribute('aria-expanded'), 'true');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  assert.strictEqual(await input.inputValue(), '');
  // A click elsewhere closes the list.
  await page.keyboard.type('tea');
  await page.waitForFunction(() => document.querySelector('#q').getAttribute('aria-expanded') === 'true');
  await page.mouse.click(5, 400);
  assert.strictEqual(await input.getAttribute('aria-expanded'), 'false');
  // Enter on an active option opens it.
  await input.focus();
  await page.keyboard.press('ArrowDown');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.ok(/\/en\//.test(page.url()), page.url());
  // Nothing found: a visible sentence in the page's language.
  await page.goto(base + 'fr/');
  await page.locator('#q').focus();
  await page.keyboard.type('zzqxw');
  await page.waitForFunction(() => !document.querySelector('#header-note').hidden);
  const none = await page.textContent('#header-note');
  assert.ok(/Aucun résultat/.test(none) && none.includes('zzqxw'), none);
  // A typo and a code that does not exist say what was searched instead.
  await page.goto(base + 'en/');
  await page.locator('#q').focus();
  await page.keyboard.type('09012100');
  await page.waitForFunction(() => !document.querySelector('#header-note').hidden);
  assert.ok(/090121/.test(await page.textContent('#header-note')));
  // Nothing found on the search page: said once, in its status, not again
  // in the note above the list.
  await page.goto(base + 'en/search/?q=zzqxw');
  await page.waitForFunction(() => /zzqxw/.test(document.querySelector('#search-status').textContent));
  assert.ok(await page.locator('#search-note').isHidden(), 'no results said twice');
  // A typo in the first letters (a thumb on the key beside): the runtime
  // fetches the word's near parts and finds coffee.
  await page.goto(base + 'en/search/?q=xoffee');
  await page.waitForFunction(() => {
    const note = document.querySelector('#search-note');
    return !note.hidden && /coffee/.test(note.textContent);
  });
  await page.waitForSelector('#search-results li a');
  const corrected = await page.getAttribute('#search-results li a', 'href');
  assert.ok(corrected.endsWith('en/tariff/0901/'), 'xoffee: ' + corrected);

  // A trader's words that the HS text does not use (a chapter's search
  // terms), and a code written after HS, find the code first.
  // A misspelt word that begins a shorter term (sewnig: sewn) is read as
  // a typo when the query finds nothing with it.
  for (const [q, path] of [['mobile phone', '/en/tariff/851713/'], ['HS 0901', '/en/tariff/0901/'], ['sewnig machine', '/en/tariff/8452/']]) {
    await page.goto(base + 'en/search/?q=' + encodeURIComponent(q));
    await page.waitForSelector('#search-results li a');
    const top = await page.getAttribute('#search-results li a', 'href');
    assert.ok(top.endsWith(path.slice(1)), q + ': ' + top);
  }

  // Another language's search page keeps the query: a French reader who
  // types English words gets the French results for those the French
  // index has, said in a sentence, and follows the switcher to English.
  await page.goto(base + 'fr/search/?q=' + encodeURIComponent('mobile phone'));
  await page.waitForFunction(() => {
    const note = document.querySelector('#search-note');
    return !note.hidden && /Aucun résultat pour « mobile phone »\. Résultats pour « mobile »/.test(note.textContent);
  });
  const english = await page.getAttribute('.lang-switch a[hreflang="en"]', 'href');
  assert.ok(/\?q=mobile(\+|%20)phone$/.test(english), english);
  await page.click('.lang-switch a[hreflang="en"]');
  await page.waitForSelector('#search-results li a');
  const found = await page.getAttribute('#search-results li a', 'href');
  assert.ok(found.endsWith('en/tariff/851713/'), found);

  // The search page: pages of ten, a kind filter, axe with filters set.
  await page.goto(base + 'en/search/?q=tobacco');
  await page.waitForSelector('#search-results li');
  const range = await page.textContent('.search-range');
  assert.ok(/^1–10 \/ \d+$/.test(range), range);
  const before = await page.$$eval('#search-results li a', (as) => as.map((a) => a.getAttribute('href')));
  await page.click('.search-pager [data-step="1"]');
  await page.waitForFunction(() => /^11–/.test(document.querySelector('.search-range').textContent));
  const after = await page.$$eval('#search-results li a', (as) => as.map((a) => a.getAttribute('href')));
  assert.ok(after.length > 0 && after.every((h) => !before.includes(h)), after.join(' '));
  assert.ok(/from=11/.test(page.url()), page.url());
  await page.selectOption('#kind', 'tariff');
  await page.waitForFunction(() => /^1–/.test(document.querySelector('.search-range').textContent) || document.querySelector('.search-pager').hidden);
  const kinds = await page.$$eval('#search-results .search-meta', (els) => els.map((e) => e.textContent));
  assert.ok(kinds.length > 0 && kinds.every((k) => /Tariff code/.test(k)), kinds.join(' | '));
  await axe(page, 'search page with filters');
  assert.deepStrictEqual(errors, []);
  console.log('search UI: combobox, keyboard, no-result sentence, notes, the query kept across languages, paging, kind filter, axe: ok');
  await browser.close();
  server.close();
})().catch((e) => { console.error(e); process.exit(1); });
