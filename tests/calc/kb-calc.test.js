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
