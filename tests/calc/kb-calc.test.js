// The browser runtime's arithmetic against the cases the Rust unit tests
// read too (src/calculator.rs): both must give the same amounts.
// usage: node --test tests/calc/
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const calc = require(path.join(__dirname, '../../themes/default/static/kb-calc.js'));
const { cases } = require('./cases.json');

// CLDR's decimals (src/currency.rs), unless a case says the site's.
const places = { VND: 0, JPY: 0, USD: 2, EUR: 2, GEL: 2, BRL: 2, TRY: 2, IRR: 0, KHR: 2 };

for (const c of cases) {
  test(c.name, () => {
    const quantities = {};
    for (const [unit, q] of Object.entries(c.quantities || {})) quantities[unit] = calc.dec(q);
    const shipment = { value: calc.dec(c.value), currency: c.currency, quantity: calc.dec(c.quantity), quantities };
    const taxes = c.taxes.map((t) => ({
      key: t.key, rate: t.rate_parsed, base: t.base.split('+').map((s) => s.trim()), waived_by: t.waived_by,
    }));
    const exchange = { national: c.national, places: c.places === undefined ? places[c.national] : c.places, rates: c.exchange };
    // The regime chosen: the first rate column unless the case says.
    const e = calc.estimate(shipment, c.duty_parsed, taxes, exchange, c.regime || 'mfn');
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
    // A currency typed with the amount, full-width digits (Japanese).
    ['pt-BR', 'R$ 1.234,56', '1234.56'],
    ['pt-BR', '1.234,56 BRL', '1234.56'],
    ['ja', '１２３，４５６', '123456'],
    ['ja', '￥123,456', '123456'],
    ['ja', '123,456円', '123456'],
    // Both signs: the last is the decimal point (a Mexican page read
    // 1.234,56 as 1.23456); a sign repeated groups.
    ['es-MX', '1.234,56', '1234.56'],
    ['en', '1.234,56', '1234.56'],
    ['en', '1.234.567,89', '1234567.89'],
    ['vi', '1,234.56', '1234.56'],
    ['en', '1,234,56', null],
    ['en', '1.234,5.6', null],
    // Currencies as Kenya and Bangladesh write them.
    ['sw', 'Ksh 1,552,200', '1552200'],
    ['en', 'Kshs. 1,552,200/=', '1552200'],
    ['en', '1,552,200/=', '1552200'],
    ['en', 'Tk 1,00,000', '100000'],
    ['en', '12abc', null],
    ['en', 'x', null],
  ]) {
    assert.strictEqual(read(text, lang), want, `${lang} ${text}`);
  }
});

// Amounts typed as each country writes its money: the currency's words
// (kb gives its CLDR signs and the names its country types), Thailand's
// `.-` for a whole amount, any script's digits on any page, and the
// direction marks of an amount copied from a right-to-left page.
test('an amount is read with the words its country writes the currency with', () => {
  const read = (text, lang, words) => { const d = calc.parseTyped(text, lang, 2, words); return d && calc.str(d); };
  const TRY = ['tl', '₺', 'try'], THB = ['บาท', 'บ.', '฿', 'thb'], IRR = ['ریال', 'rial', 'irr'];
  const KZT = ['теңге', 'тенге', 'тг', '₸', 'kzt'];
  for (const [lang, words, text, want] of [
    ['tr', TRY, '12.500,00 TL', '12500.00'],
    ['tr', TRY, '12.500 TL', '12500'],
    ['tr', TRY, 'TL 12.500,00', '12500.00'],
    ['th', THB, '850,000 บาท', '850000'],
    ['th', THB, '850,000.-', '850000'],
    ['th', THB, '850,000.- บาท', '850000'],
    ['th', THB, '฿850,000.-', '850000'],
    ['th', THB, '๘๕๐,๐๐๐', '850000'],
    ['en', [], '៨៥០,០០០', '850000'],
    ['fa', IRR, '۲۵۰۰۰۰۰۰۰۰ ریال', '2500000000'],
    ['fa', IRR, 'ریال ۲۵۰۰۰۰۰۰۰۰', '2500000000'],
    ['fa', IRR, '\u200Eریال\u00A0۱٬۵۰۰٬۰۰۰', '1500000'],
    ['kk', KZT, '1 234 567,89 тг', '1234567.89'],
    ['kk', KZT, '1 234 567,89 теңге', '1234567.89'],
    ['ru', KZT, '1 234 567,89 тенге', '1234567.89'],
    ['ru', KZT, '1 234 567,89 ₸', '1234567.89'],
    // A word of another currency is not left out.
    ['tr', TRY, '12.500 тг', null],
    ['fa', IRR, '۲۵۰۰۰۰۰۰۰ تومان', null],
  ]) {
    assert.strictEqual(read(text, lang, words), want, `${lang} ${text}`);
  }
});

// The page gives the script its signs from kb's CLDR data: a browser
// without the language (Chromium has no Lao) reads and writes numbers
// as the page does all the same; lakhs are read as India and Pakistan
// write them.
// Money typed with one sign and three digits after it is thousands in a
// currency of fewer decimals, whichever sign the page uses for decimals
// (a Khmer page read 25,000 USD as 25); a quantity keeps the page's way.
test('an amount of money with three digits after its one sign is thousands', () => {
  const km = { digits: '0123456789', decimal: ',', group: '.', secondary: 3, min_grouping: 1 };
  const read = (text, places) => { const d = calc.parseTyped(text, km, places); return d && calc.str(d); };
  assert.strictEqual(calc.placesOf('USD'), 2);
  assert.strictEqual(calc.placesOf('VND'), 0);
  assert.strictEqual(calc.placesOf('BHD'), 3);
  assert.strictEqual(read('25,000', 2), '25000');
  assert.strictEqual(read('25,000.50', 2), '25000.50');
  assert.strictEqual(read('25,5', 2), '25.5');
  assert.strictEqual(read('0,125', 2), '0.125');
  assert.strictEqual(read('25,000', 3), '25.000');
  assert.strictEqual(read('25,000'), '25.000');
});

test('numbers are read and written with the signs the page gives', () => {
  const lo = { digits: '0123456789', decimal: ',', group: '.', secondary: 3, min_grouping: 1 };
  const laoo = Object.assign({}, lo, { digits: '໐໑໒໓໔໕໖໗໘໙' });
  const enIN = { digits: '0123456789', decimal: '.', group: ',', secondary: 2, min_grouping: 1 };
  const es = { digits: '0123456789', decimal: ',', group: '.', secondary: 3, min_grouping: 2 };
  const read = (text, signs) => { const d = calc.parseTyped(text, signs); return d && calc.str(d); };
  for (const [signs, text, want] of [
    [lo, '300.000.000', '300000000'],
    [lo, '1.250,50', '1250.50'],
    [lo, '1250.50', '1250.50'],
    [laoo, '໓໐໐.໐໐໐', '300000'],
    [enIN, '1,00,000', '100000'],
    [enIN, '25,00,000', '2500000'],
    [enIN, '1,00,000.50', '100000.50'],
    [enIN, '100,000', '100000'],
    ['en', '1,00,000', '100000'],
  ]) {
    assert.strictEqual(read(text, signs), want, `${JSON.stringify(signs)} ${text}`);
  }
  for (const [signs, plain, want] of [
    [lo, '1464.00', '1.464,00'],
    [laoo, '1464.00', '໑.໔໖໔,໐໐'],
    [enIN, '2500000.50', '25,00,000.50'],
    [enIN, '100', '100'],
    [es, '1234', '1234'],
    [es, '12345.6', '12.345,6'],
  ]) {
    assert.strictEqual(calc.writeNumber(signs, plain), want, `${plain}`);
  }
});
