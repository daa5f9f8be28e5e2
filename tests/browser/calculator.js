// Browser test: the duty and tax calculator of /{lang}/tariff/09011110/
// (issue 20). Types a customs value of 1,000 USD and 100 kg, reads each
// step and compares it with the hand computation below, in the format of
// each language; then axe-core checks the page with the calculator filled
// in. usage: node tests/browser/calculator.js PUBLIC_DIR (a demo build at
// --date 2026-12-02). Serves PUBLIC_DIR on 127.0.0.1, Debian's Chromium.
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

// By hand: 1,000 USD at 25,400 VND (the rate in force on 2026-12-02) is
// 25,400,000 VND; MFN 15% of it is 3,810,000; VAT 5% on value + duty
// (29,210,000) is 1,460,500; duty and taxes 5,270,500 VND.
const NNBSP = '\u202f';
const expected = {
  en: { value: '25,400,000', duty: '3,810,000', vat: '1,460,500', total: '5,270,500' },
  fr: { value: `25${NNBSP}400${NNBSP}000`, duty: `3${NNBSP}810${NNBSP}000`, vat: `1${NNBSP}460${NNBSP}500`, total: `5${NNBSP}270${NNBSP}500` },
  vi: { value: '25.400.000', duty: '3.810.000', vat: '1.460.500', total: '5.270.500' },
  // Arabic as CLDR writes it for `ar` (and ICU4X on the server): Latin
  // digits; a reader may still type Arabic-Indic ones.
  ar: { value: '25,400,000', duty: '3,810,000', vat: '1,460,500', total: '5,270,500' },
};
// What the reader types: the value the way each language writes it.
const typed = { en: '1,000', fr: '1 000', vi: '1.000', ar: '١٠٠٠' };

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
  // The CSP stays on: the runtime must work under default-src 'self'.
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  for (const lang of ['en', 'fr', 'ar', 'vi']) {
    await page.goto(`${base}${lang}/tariff/09011110/`);
    const form = page.locator('form.calc-form');
    await form.waitFor({ state: 'visible', timeout: 10000 });
    await page.fill('#calc-value', typed[lang]);
    await page.selectOption('#calc-currency', 'USD');
    await page.fill('#calc-quantity', '100');
    await page.selectOption('#calc-regime', 'mfn');
    await page.click('.calc-form button[type="submit"]');
    const amount = (sel) => page.locator(`${sel} .calc-amount`).textContent();
    const want = expected[lang];
    // Money as the page writes it: CLDR's pattern (₫25,400,000 in
    // English, 25 400 000 ₫ in French), the one the worked example uses.
    const money = (digits, text) => text.replace(/[\u200e\u200f\u00a0\u202f ]/g, '') ===
      (lang === 'en' ? `₫${digits}` : `${digits}₫`).replace(/[\u202f]/g, '');
    for (const [sel, digits, what] of [
      ['tr[data-step="value"]', want.value, 'value'], ['tr[data-step="duty"]', want.duty, 'duty'],
      ['tr[data-step="tax"][data-key="vat"]', want.vat, 'VAT'], ['tr[data-step="total"]', want.total, 'total'],
    ]) {
      const text = await amount(sel);
      assert.ok(money(digits, text) && text.includes(digits), `${lang} ${what}: ${text}`);
    }
    const total = await page.locator('.calc-total').textContent();
    assert.ok(total.includes(want.total), `${lang}: ${total}`);
    // Each step says how it was made: the rate applied to its base.
    const dutyFormula = await page.locator('tr[data-step="duty"] .calc-formula').textContent();
    assert.ok(dutyFormula.includes(want.value) && dutyFormula.includes('×'), `${lang}: ${dutyFormula}`);
    const caption = await page.locator('.calc-table caption').textContent();
    assert.ok(caption.includes('USD'), `${lang}: ${caption}`);
    assert.strictEqual(await page.locator('.calc-status').textContent(), '');
    await axe(page, `${lang} calculator filled in`);
    console.log(lang, 'total', total);
  }
  // A value that is not a number says so, and hides the last result: it
  // was for other goods.
  await page.fill('#calc-value', 'abc');
  await page.click('.calc-form button[type="submit"]');
  assert.ok((await page.locator('.calc-status').textContent()).length > 0, 'invalid input message');
  assert.ok(!(await page.locator('.calc-table').isVisible()), 'steps hidden after an invalid entry');
  assert.ok(!(await page.locator('.calc-total').isVisible()), 'total hidden after an invalid entry');
  await axe(page, 'vi calculator with an error');
  await page.fill('#calc-value', typed.vi);
  await page.click('.calc-form button[type="submit"]');
  assert.ok(await page.locator('.calc-table').isVisible(), 'steps shown again');
  // A browser without the page's language (Chromium has no Lao) writes
  // numbers the English way: the calculator takes its signs from the page,
  // and reads and writes Vietnamese as the page does all the same.
  const english = await browser.newContext();
  await english.addInitScript(() => {
    const Native = Intl.NumberFormat;
    Intl.NumberFormat = function (_lang, options) { return new Native('en', options); };
    Intl.NumberFormat.supportedLocalesOf = () => [];
  });
  const bare = await english.newPage();
  bare.on('pageerror', (e) => errors.push(String(e)));
  await bare.goto(`${base}vi/tariff/09011110/`);
  await bare.locator('form.calc-form').waitFor({ state: 'visible' });
  await bare.fill('#calc-value', '1.000');
  await bare.selectOption('#calc-currency', 'USD');
  await bare.fill('#calc-quantity', '100');
  await bare.selectOption('#calc-regime', 'mfn');
  await bare.click('.calc-form button[type="submit"]');
  assert.strictEqual(await bare.locator('tr[data-step="total"] .calc-amount').textContent(),
    `${expected.vi.total}\u00a0₫`, 'vi without the browser\'s Vietnamese');
  await english.close();
  // A minimum: ground coffee (0901.21.20) pays 30% but at least 5,000 VND/kg.
  // 100 USD and 1,000 kg: 30% of 2,540,000 is 762,000, less than
  // 1,000 kg × 5,000 = 5,000,000, which is due.
  await page.goto(`${base}en/tariff/09012120/`);
  await page.locator('form.calc-form').waitFor({ state: 'visible' });
  await page.fill('#calc-value', '100');
  await page.selectOption('#calc-currency', 'USD');
  await page.fill('#calc-quantity', '1000');
  await page.click('.calc-form button[type="submit"]');
  assert.strictEqual(await page.locator('tr[data-step="duty"] .calc-amount').textContent(), '₫5,000,000');
  // A duty per another unit than the line's: whisky (2208.30.90) is
  // measured in litres, and its excise is at least 150,000 VND per litre
  // of pure alcohol. 1,000,000 VND, 100 l holding 43 lpa: 65% of
  // 1,450,000 is 942,500, less than 43 lpa × 150,000 = 6,450,000, which
  // is due; levied on the 100 l, it was 15,000,000.
  await page.goto(`${base}en/tariff/22083090/`);
  await page.locator('form.calc-form').waitFor({ state: 'visible' });
  assert.strictEqual(await page.locator('label[for="calc-quantity-1"]').textContent(), 'Quantity (lpa)');
  await page.fill('#calc-value', '1000000');
  await page.selectOption('#calc-currency', 'VND');
  await page.fill('#calc-quantity', '100');
  await page.fill('#calc-quantity-1', '43');
  await page.click('.calc-form button[type="submit"]');
  const excise = page.locator('tr[data-step="tax"][data-key="excise"]');
  assert.strictEqual(await excise.locator('.calc-amount').textContent(), '₫6,450,000');
  assert.match(await excise.locator('.calc-formula').textContent(), /43\u00a0lpa × 150,000 VND\/lpa/);
  await page.fill('#calc-quantity-1', 'x');
  await page.click('.calc-form button[type="submit"]');
  assert.strictEqual(await page.locator('tr[data-step="total"]').isVisible(), false, 'an unread lpa hides the steps');
  // A duty per a multiple of the line's unit converts the quantity:
  // cigarettes (2402.20.90) counted in u pay 200,000 VND per 1000u on top
  // of 75%. 10,000,000 VND and 2,000 u: duty 13,500,000; excise 75% of
  // 23,500,000 = 17,625,000 + 2,000 u × 200,000 VND/1000u = 400,000.
  await page.goto(`${base}en/tariff/24022090/`);
  await page.locator('form.calc-form').waitFor({ state: 'visible' });
  assert.strictEqual(await page.locator('#calc-quantity-1').count(), 0, 'no second quantity for 1000u');
  await page.fill('#calc-value', '10000000');
  await page.selectOption('#calc-currency', 'VND');
  await page.fill('#calc-quantity', '2000');
  await page.click('.calc-form button[type="submit"]');
  const tobacco = page.locator('tr[data-step="tax"][data-key="excise"]');
  assert.strictEqual(await tobacco.locator('.calc-amount').textContent(), '₫18,025,000');
  assert.match(await tobacco.locator('.calc-formula').textContent(), /2,000\u00a0u × 200,000 VND\/1000u/);
  assert.deepStrictEqual(errors, []);
  console.log('calculator: en, fr, ar, vi agree with the hand computation; axe finds nothing');
  await browser.close();
  server.close();
})().catch((e) => { console.error(e); process.exit(1); });
