// The browser runtime's arithmetic against the cases the Rust unit tests
// read too (src/calculator.rs): both must give the same amounts.
// usage: node --test tests/calc/
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const calc = require(path.join(__dirname, '../../themes/default/static/kb-calc.js'));
const { cases } = require('./cases.json');

const places = { VND: 0, JPY: 0, USD: 2, EUR: 2 };

for (const c of cases) {
  test(c.name, () => {
    const shipment = { value: calc.dec(c.value), currency: c.currency, quantity: calc.dec(c.quantity) };
    const taxes = c.taxes.map((t) => ({
      key: t.key, rate: t.rate_parsed, base: t.base.split('+').map((s) => s.trim()),
    }));
    const exchange = { national: c.national, places: places[c.national], rates: c.exchange };
    const e = calc.estimate(shipment, c.duty_parsed, taxes, exchange);
    if (c.expect.error) {
      assert.deepStrictEqual(e, { error: c.expect.error, currency: c.expect.currency });
      return;
    }
    assert.strictEqual(calc.str(e.value.national), c.expect.value);
    assert.strictEqual(calc.str(e.duty.amount), c.expect.duty);
    for (const t of e.taxes) assert.strictEqual(calc.str(t.amount), c.expect.taxes[t.key], t.key);
    assert.strictEqual(calc.str(e.total), c.expect.total);
  });
}

// What a reader types, read in the page's language: a sign that groups
// thousands there but is not followed by groups of three digits is a
// decimal point typed another way (Vietnamese and Morocco's French group
// with "."; 1250.50 is not 125050).
test('typed numbers are read the reader\'s way, a decimal point typed the other way included', () => {
  const read = (text, lang) => { const d = calc.parseTyped(text, lang); return d && calc.str(d); };
  for (const [lang, text, want] of [
    ['en', '1,250.50', '1250.50'],
    ['en', '1250,50', '1250.50'],
    ['en', '1,000', '1000'],
    ['vi', '1.250,50', '1250.50'],
    ['vi', '1250.50', '1250.50'],
    ['vi', '1.000', '1000'],
    ['fr-MA', '1250.50', '1250.50'],
    ['fr-MA', '1.250.000', '1250000'],
    ['fr', '1 250,50', '1250.50'],
    ['fr', '1250.50', '1250.50'],
    ['de', '1250.5', '1250.5'],
    ['ar', '١٢٥٠٫٥', '1250.5'],
    ['vi', '12.34.56', null],
  ]) {
    assert.strictEqual(read(text, lang), want, `${lang} ${text}`);
  }
});
