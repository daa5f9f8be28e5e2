// kb duty and tax calculator: reads the line's rates from the page (the
// data-calc attribute of the calculator form, written by kb), and shows
// each step of the estimate in the page's language. No dependency, no
// request. The arithmetic is src/calculator.rs's, step for step: exact
// decimals (BigInt), every amount rounded half up to the decimals the site
// counts the national currency in when it is computed; tests/calc/cases.json holds
// the cases both must agree on (node --test tests/calc/).
(function () {
  'use strict';

  // Exact decimals: { n: BigInt digits, s: decimals }.
  function dec(text) {
    var m = /^(\d+)(?:\.(\d+))?$/.exec(String(text).trim());
    if (!m) return null;
    var f = m[2] || '';
    return { n: BigInt(m[1] + f), s: f.length };
  }
  function pow10(k) { return BigInt(10) ** BigInt(k); }
  function rescale(a, s) { return { n: a.n * pow10(s - a.s), s: s }; }
  function add(a, b) {
    var s = Math.max(a.s, b.s);
    return { n: rescale(a, s).n + rescale(b, s).n, s: s };
  }
  function mul(a, b) { return { n: a.n * b.n, s: a.s + b.s }; }
  function shiftDown(a, k) { return { n: a.n, s: a.s + k }; }
  function cmp(a, b) {
    var s = Math.max(a.s, b.s);
    var x = rescale(a, s).n, y = rescale(b, s).n;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  function round(a, places) {
    if (a.s <= places) return rescale(a, places);
    var d = pow10(a.s - places);
    var q = a.n / d, r = a.n % d;
    return { n: r * BigInt(2) >= d ? q + BigInt(1) : q, s: places };
  }
  // a ÷ b rounded half up to `places`, as src/entities/money.rs divides.
  function divRound(a, b, places) {
    var num = a.n * pow10(b.s + places), den = b.n * pow10(a.s);
    var q = num / den, r = num % den;
    return { n: r * BigInt(2) >= den ? q + BigInt(1) : q, s: places };
  }
  // 1 − a for a share under one.
  function complement(a) { return { n: pow10(a.s) - a.n, s: a.s }; }
  // `1234.50`: the form Rust's Amount prints and Intl formats exactly.
  function str(a) {
    var digits = a.n.toString();
    if (a.s === 0) return digits;
    while (digits.length <= a.s) digits = '0' + digits;
    return digits.slice(0, digits.length - a.s) + '.' + digits.slice(digits.length - a.s);
  }

  function NoRate(currency) { this.currency = currency; }

  // A duty per another unit than the line's (cm³ of a car counted in
  // pieces) is levied on the quantity declared in that unit.
  function quantityIn(shipment, unit) {
    return (shipment.quantities && shipment.quantities[unit]) || shipment.quantity;
  }

  function rateOf(exchange, currency) {
    if (currency === exchange.national) return dec('1');
    var r = exchange.rates[currency];
    if (r === undefined) throw new NoRate(currency);
    return dec(r);
  }

  // One levy (the duty or a tax) at `rate` on `base`.
  function levy(key, rate, base, shipment, exchange, places) {
    var zero = round(dec('0'), places);
    var out = { key: key, base: base, ad_valorem: null, specific: null, combination: 'free' };
    if (rate.percent !== undefined) {
      var percent = dec(rate.percent);
      out.ad_valorem = { percent: percent, amount: round(mul(base, shiftDown(percent, 2)), places) };
    }
    if (rate.specific) {
      var s = rate.specific, xr = rateOf(exchange, s.currency);
      out.specific = {
        per_unit: dec(s.amount), currency: s.currency, unit: s.unit,
        exchange_rate: s.currency === exchange.national ? null : xr,
        amount: round(mul(mul(quantityIn(shipment, s.unit), dec(s.amount)), xr), places),
      };
    }
    var a = out.ad_valorem ? out.ad_valorem.amount : zero;
    var b = out.specific ? out.specific.amount : zero;
    var amount = {
      free: function () { return zero; },
      ad_valorem: function () { return a; },
      specific: function () { return b; },
      compound: function () { return add(a, b); },
      minimum: function () { return cmp(a, b) >= 0 ? a : b; },
      maximum: function () { return cmp(a, b) <= 0 ? a : b; },
    }[rate.kind];
    out.combination = rate.kind;
    out.amount = round(amount(), places);
    return out;
  }

  // The estimate: { value, duty, taxes, total } or { error, currency }.
  // shipment: { value, currency, quantity } as decimals; duty: the parsed
  // rate of the regime chosen, whose key is `regime`; taxes: [{ key, rate,
  // base: ['value', 'duty', KEY…], waived_by: [REGIME…] }];
  // exchange: { national, places, rates: { CUR: '25400' } }.
  function estimate(shipment, duty, taxes, exchange, regime) {
    var places = exchange.places;
    try {
      var xr = rateOf(exchange, shipment.currency);
      var value = {
        declared: shipment.value, currency: shipment.currency,
        exchange_rate: shipment.currency === exchange.national ? null : xr,
        national: round(mul(shipment.value, xr), places),
      };
      var dutyLevy = levy('duty', duty, value.national, shipment, exchange, places);
      var levied = [];
      taxes.forEach(function (tax) {
        // A tax the regime waives (Türkiye's İGV under the EU preference)
        // is not levied, and counts as nothing in later taxes' bases.
        if (regime !== undefined && (tax.waived_by || []).indexOf(regime) >= 0) {
          var none = round(dec('0'), places);
          levied.push({ key: tax.key, base: none, base_terms: [], share_left: null,
            ad_valorem: null, specific: null, combination: 'waived', amount: none });
          return;
        }
        // A tax the line does not levy is left out of the base's terms.
        var terms = [];
        tax.base.forEach(function (term) {
          if (term === 'value') terms.push([term, value.national]);
          else if (term === 'duty') terms.push([term, dutyLevy.amount]);
          else {
            var earlier = levied.filter(function (l) { return l.key === term && l.combination !== 'waived'; })[0];
            if (earlier) terms.push([term, earlier.amount]);
          }
        });
        var base = terms.reduce(function (sum, t) { return add(sum, t[1]); }, dec('0'));
        // A base naming the tax itself includes it: the sum ÷ (1 − rate).
        var left = tax.base.indexOf(tax.key.toLowerCase()) >= 0 && tax.rate.percent
          ? complement(shiftDown(dec(tax.rate.percent), 2)) : null;
        if (left && left.n <= BigInt(0)) left = null;
        if (left) base = divRound(base, left, places);
        var l = levy(tax.key, tax.rate, base, shipment, exchange, places);
        l.base_terms = terms;
        l.share_left = left;
        levied.push(l);
      });
      var total = levied.reduce(function (sum, l) { return add(sum, l.amount); }, dutyLevy.amount);
      return { value: value, duty: dutyLevy, taxes: levied, total: round(total, places) };
    } catch (e) {
      if (e instanceof NoRate) return { error: 'no-exchange-rate', currency: e.currency };
      throw e;
    }
  }

  // How the page writes numbers: { digits, decimal, group, secondary,
  // min_grouping }, from kb's CLDR data (data-calc), since browsers lack
  // some languages (Chromium writes Lao the English way); or, given a
  // language, from Intl.
  function signsOf(lang) {
    if (typeof lang === 'object') return lang;
    var parts = new Intl.NumberFormat(lang).formatToParts(12345.6);
    var sign = function (type) { var p = parts.filter(function (x) { return x.type === type; })[0]; return p && p.value; };
    return { digits: '0123456789', decimal: sign('decimal') || '.', group: sign('group') || '', secondary: 3, min_grouping: 1 };
  }

  // The zero of each script's digits (src/words.rs DIGIT_ZEROS, with Tamil
  // and Mongolian): a Thai reader types ๘๕๐ on a page of Latin digits.
  var ZEROS = [0x0660, 0x06F0, 0x0966, 0x09E6, 0x0BE6, 0x0E50, 0x0ED0, 0x1040, 0x17E0, 0x1810];
  function latin(d) {
    var c = d.charCodeAt(0), z = ZEROS.filter(function (z) { return c >= z && c < z + 10; })[0];
    return z === undefined ? d : String(c - z);
  }

  // The currency typed before or after an amount left out: one of `words`
  // (lower case, longest first: the currency's CLDR signs and the names
  // its country types, `tl`, `ریال`, `тг`, given by kb), and `.-` that
  // ends a whole amount in Thailand (`850,000.-`).
  function withoutCurrency(t, words) {
    (words || []).some(function (w) {
      if (t.slice(0, w.length).toLowerCase() === w) t = t.slice(w.length).replace(/^\.?\s*/, '');
      else if (t.length > w.length && t.slice(-w.length).toLowerCase() === w) t = t.slice(0, -w.length).trim();
      else return false;
      return true;
    });
    return t.replace(/[.,][-\u2013]$/, '');
  }

  // A number typed the reader's way: any script's digits, grouping
  // ignored, a currency typed before or after it left out (R$, Ksh, Tk.,
  // BRL, ￥, 円, টাকা, Kenya's /= for no cents, and the currency's `words`:
  // `12.500,00 TL`, `850,000 บาท`, `1 234 567,89 тг`). Where both `.`
  // and `,` are typed, the last is the decimal point and the other must
  // group thousands or lakhs (1.234,56 and 1,234.56 are 1234.56, on any
  // page). One sign typed more than once groups (1.250.000, 12,34,567).
  // One sign typed once is the decimal point, the page's or the other
  // way (1250.50 where `.` groups, as in Lao or Vietnamese), but groups
  // thousands when three digits follow it and it is the page's group
  // sign, or when the amount is money in a currency of fewer than three
  // decimals (`places`): 25,000 USD typed on a page whose decimal sign is
  // `,` is twenty-five thousand dollars, not 25.000.
  function parseTyped(text, lang, places, words) {
    var signs = signsOf(lang);
    var group = signs.group, decimal = signs.decimal;
    // Direction and isolation marks come with an amount copied from a page.
    var t = withoutCurrency(String(text).normalize('NFKC').replace(/[\u200E\u200F\u061C\u2066-\u2069]/g, '').trim(), words)
      .replace(/^(\p{Sc}|[A-Za-z]{1,4}\.?\s*\p{Sc}?)\s*/u, '')
      .replace(/\s*(\/=|\p{Sc}|[A-Z]{3}|[\u5186\u5143]|\u099F\u09BE\u0995\u09BE|Tk\.?)$/u, '')
      .split('').map(function (c) { var i = signs.digits.indexOf(c); return i >= 0 ? String(i) : latin(c); }).join('')
      .replace(/[\s\u00A0\u202F'\u066C\u2019]/g, '')
      .split(decimal).join(decimal === ',' ? ',' : '.').replace(/\u066B/g, '.');
    var last = Math.max(t.lastIndexOf('.'), t.lastIndexOf(','));
    if (last < 0) return dec(t);
    var d = t.charAt(last), other = d === '.' ? ',' : '.', whole = t.slice(0, last), tail = t.slice(last + 1);
    function grouped(w, s) {
      var p = w.split(s);
      return p[0].length >= 1 && p[0].length <= 3 && p.slice(1).every(function (x) { return x.length === 3; }) ||
        p.length >= 3 && p[0].length >= 1 && p[0].length <= 2 && p[p.length - 1].length === 3 &&
        p.slice(1, -1).every(function (x) { return x.length === 2; });
    }
    if (whole.indexOf(other) >= 0) {
      return whole.indexOf(d) < 0 && grouped(whole, other) ? dec(whole.split(other).join('') + '.' + tail) : null;
    }
    if (whole.indexOf(d) >= 0) return grouped(t, d) ? dec(t.split(d).join('')) : null;
    var thousands = tail.length === 3 && /^[1-9]\d{0,2}$/.test(whole) && (d === group || places < 3);
    return dec(thousands ? whole + tail : whole + '.' + tail);
  }

  // Decimals of `currency` as the browser knows them (CLDR's), for one
  // kb gives no count of in data-calc; 2 if not.
  function placesOf(currency) {
    try { return new Intl.NumberFormat('en', { style: 'currency', currency: currency }).resolvedOptions().maximumFractionDigits; } catch (e) { return 2; }
  }

  // `1234.50` written with the page's signs and digits: `1.234,50`,
  // `1,234.50`, `12,34,567`, `໑.໒໓໔`.
  function writeNumber(signs, plain) {
    var parts = plain.split('.'), whole = parts[0];
    if (signs.group && whole.length >= 3 + signs.min_grouping) {
      var groups = [whole.slice(-3)], head = whole.slice(0, -3);
      while (head.length > signs.secondary) {
        groups.unshift(head.slice(-signs.secondary));
        head = head.slice(0, -signs.secondary);
      }
      if (head) groups.unshift(head);
      whole = groups.join(signs.group);
    }
    var out = whole + (parts[1] ? signs.decimal + parts[1] : '');
    return out.replace(/[0-9]/g, function (d) { return signs.digits.charAt(+d); });
  }

  var api = { dec: dec, str: str, estimate: estimate, parseTyped: parseTyped, placesOf: placesOf, writeNumber: writeNumber };
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
    return;
  }

  // ---- The page: read the form, write the steps in the page's language.

  function fmt(signs, a) { return writeNumber(signs, str(a)); }
  function fmtTrim(signs, a) {
    // A rate or a quantity as written: no trailing zeros added.
    var plain = str(a);
    if (plain.indexOf('.') >= 0) plain = plain.replace(/0+$/, '').replace(/\.$/, '');
    return writeNumber(signs, plain);
  }

  function template(text, args) {
    return text.replace(/\{(\w+)\}/g, function (_, k) { return args[k] !== undefined ? args[k] : ''; });
  }

  function setup(form) {
    var data = JSON.parse(form.getAttribute('data-calc'));
    var signs = data.number;
    var section = form.closest('.calculator');
    var status = section.querySelector('.calc-status');
    var total = section.querySelector('.calc-total');
    var table = section.querySelector('.calc-table');
    var caption = table.querySelector('caption');
    // An estimate for other goods than those typed is not left in sight.
    var steps = table.closest('.table-scroll') || table;
    var shown = function (yes) { steps.hidden = !yes; total.hidden = !yes; };
    var exchange = { national: data.national, places: data.currencies[data.national].places, rates: data.exchange };
    // Money as the page writes it, with CLDR's pattern (`₫1,000`, `6 000 ₸`).
    var moneyIn = function (code, a) {
      var p = (data.currencies[code] || {}).money;
      return p ? p[0] + fmt(signs, a) + p[1] : fmt(signs, a) + '\u00A0' + code;
    };
    var money = function (a) { return moneyIn(data.national, a); };
    var row = function (step, key) {
      return section.querySelector('tr[data-step="' + step + '"]' + (key ? '[data-key="' + key + '"]' : ''));
    };
    var put = function (tr, formula, amount, label) {
      if (!tr) return;
      tr.querySelector('.calc-formula').textContent = formula;
      tr.querySelector('.calc-amount').textContent = amount;
      if (label) tr.querySelector('th').textContent = label;
    };
    function levyFormula(l, words, baseText) {
      var a = l.ad_valorem, s = l.specific;
      var av = a && baseText + ' \u00D7 ' + words.percent;
      var converted = s && data.convert && data.convert[s.unit] !== undefined;
      var sp = s && (converted ? fmtTrim(signs, shipment.quantity) + '\u00A0' + data.unit
        : fmtTrim(signs, quantityIn(shipment, s.unit)) + '\u00A0' + s.unit) + ' \u00D7 ' + words.specific +
        (s.exchange_rate ? ' \u00D7 ' + fmtTrim(signs, s.exchange_rate) : '');
      switch (l.combination) {
        case 'ad_valorem': return av;
        case 'specific': return sp;
        case 'compound': return av + ' + ' + sp;
        case 'minimum': return av + ' = ' + fmt(signs, a.amount) + '; ' + data.words.at_least + ' ' + sp + ' = ' + fmt(signs, s.amount);
        case 'maximum': return av + ' = ' + fmt(signs, a.amount) + '; ' + data.words.at_most + ' ' + sp + ' = ' + fmt(signs, s.amount);
        default: return words.text;
      }
    }
    var shipment = null;
    function compute() {
      var code = form.elements.currency.value, currency = data.currencies[code] || {};
      var typed = form.elements.value.value.toLowerCase();
      // A toman is ten rials: an amount in it is not read as rials.
      var multiple = Object.keys(currency.multiples || {}).filter(function (w) { return typed.indexOf(w) >= 0; })[0];
      if (multiple) {
        status.textContent = template(data.words.multiple,
          { one: fmtTrim(signs, dec('1')), word: multiple, times: fmtTrim(signs, dec(currency.multiples[multiple])), currency: code });
        shown(false);
        return;
      }
      var value = parseTyped(form.elements.value.value, signs,
        currency.places === undefined ? placesOf(code) : currency.places, currency.words);
      var quantity = parseTyped(form.elements.quantity.value || '0', signs);
      var quantities = {}, unread = false;
      // A duty per a multiple of the line's unit (kl on l): the quantity converted.
      Object.keys(data.convert || {}).forEach(function (unit) {
        if (quantity) quantities[unit] = mul(quantity, dec(data.convert[unit]));
      });
      Array.prototype.forEach.call(form.querySelectorAll('input[data-unit]'), function (input) {
        var q = parseTyped(input.value || '0', signs);
        if (!q) unread = true;
        quantities[input.getAttribute('data-unit')] = q;
      });
      if (!value || !quantity || unread) {
        status.textContent = data.words.invalid;
        shown(false);
        return;
      }
      var regime = data.regimes.filter(function (r) { return r.key === form.elements.regime.value; })[0] || data.regimes[0];
      shipment = { value: value, currency: form.elements.currency.value, quantity: quantity, quantities: quantities };
      var e = estimate(shipment, regime.rate, data.taxes, exchange, regime.key);
      if (e.error) {
        status.textContent = template(data.words.no_rate, { currency: e.currency });
        shown(false);
        return;
      }
      status.textContent = '';
      shown(true);
      put(row('value'), moneyIn(shipment.currency, value) +
        (e.value.exchange_rate ? ' \u00D7 ' + fmtTrim(signs, e.value.exchange_rate) : ''), money(e.value.national));
      put(row('duty'), levyFormula(e.duty, regime, fmt(signs, e.value.national)), money(e.duty.amount),
        template(data.words.duty, { regime: regime.label }));
      e.taxes.forEach(function (l, i) {
        var baseText = l.base_terms.length > 1
          ? '(' + l.base_terms.map(function (t) { return fmt(signs, t[1]); }).join(' + ') + ')'
          : fmt(signs, l.base_terms.length ? l.base_terms[0][1] : l.base);
        if (l.share_left) baseText += ' \u00F7 ' + fmtTrim(signs, l.share_left);
        var formula = l.combination === 'waived' ? template(data.words.waived, { regimes: regime.label })
          : levyFormula(l, data.taxes[i], baseText);
        put(row('tax', l.key), formula, money(l.amount));
      });
      put(row('total'), [e.duty].concat(e.taxes).map(function (l) { return fmt(signs, l.amount); }).join(' + '),
        money(e.total));
      caption.textContent = template(data.words.caption, {
        value: fmt(signs, value), currency: shipment.currency,
        quantity: fmtTrim(signs, quantity), unit: data.unit, regime: regime.label,
      });
      total.textContent = template(data.words.total, { amount: money(e.total) });
    }
    form.hidden = false;
    form.addEventListener('submit', function (event) { event.preventDefault(); compute(); });
    form.addEventListener('change', compute);
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('form[data-calc]'), setup);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
