// The search runtime's query logic, under Node's test runner, against the
// index of a fixture site built by the Rust test (KB_PUBLIC).
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { runtime } = require('./load.js');

const publicDir = process.env.KB_PUBLIC;
const api = runtime(publicDir);
const en = new api.Index('', 'en', false);
const fr = new api.Index('', 'fr', false);

test('a code with or without dots finds itself first, then its descendants', async () => {
  for (const q of ['0901.11', '090111', '0901 11', 'HS 0901.11', 'hs code 090111', 'SH0901.11']) {
    const r = await en.search(q, { limit: 10 });
    assert.deepStrictEqual(r.results.map((x) => x.path),
      ['en/tariff/090111/', 'en/tariff/09011110/', 'en/tariff/09011190/'], q);
  }
  const heading = await en.search('09.01', { limit: 3 });
  assert.strictEqual(heading.results[0].path, 'en/tariff/0901/');
  // The nomenclature's abbreviation (English HS, French SH, Spanish SA) may
  // come first; a word that starts with its letters is a word.
  const chapter = await en.search('SA: 09', { limit: 3 });
  assert.strictEqual(chapter.results[0].path, 'en/tariff/09/');
  // Not the code query `SH` + `ar 0901`: two words, of which only the
  // code's digits are found (a code's digits are a term of its document).
  const shar = await en.search('shar 0901', { limit: 3 });
  assert.strictEqual(shar.note && shar.note.found, '0901', JSON.stringify(shar.note));
});

test('every word is required and the last one completes', async () => {
  const both = await en.search('coffee roasted', { prefix: false });
  assert.ok(both.results.length > 0 && both.note === null);
  // No document has both words: those with one, and a note saying which.
  const none = await en.search('coffee smartphones', { prefix: false });
  assert.ok(none.results.length > 0);
  assert.deepStrictEqual(none.note.kind, 'typo');
  assert.ok(['coffee', 'smartphones'].includes(none.note.found), JSON.stringify(none.note));
  // The little words are not required.
  const question = await en.search('what is the roasted coffee', { prefix: false });
  assert.deepStrictEqual(question.results.map((x) => x.path), both.results.map((x) => x.path));
  assert.strictEqual(question.note, null);
  const typing = await en.search('decaffein', { prefix: true });
  assert.ok(typing.results.some((x) => x.path === 'en/tariff/090112/'), JSON.stringify(typing.results));
  // A word the site uses in another form still reaches its stem as you type.
  const asYouType = await en.search('coffees', { prefix: true });
  assert.ok(asYouType.results.length > 0 && asYouType.results[0].tier === 0);
  const unknown = await en.search('zzzz', { prefix: true });
  assert.strictEqual(unknown.results.length, 0);
});

test('word forms reach their stems without the browser stemming', async () => {
  const a = await en.search('coffees', { prefix: false });
  const b = await en.search('coffee', { prefix: false });
  assert.deepStrictEqual(a.results.map((x) => x.path), b.results.map((x) => x.path));
  const accented = await fr.search('décaféiné', { prefix: false });
  const plain = await fr.search('decafeine', { prefix: false });
  assert.ok(accented.results.length > 0);
  assert.deepStrictEqual(accented.results.map((x) => x.path), plain.results.map((x) => x.path));
});

test('filters by kind and chapter', async () => {
  const all = await en.search('coffee', { prefix: false, limit: 50 });
  const tariff = await en.search('coffee', { prefix: false, limit: 50, kind: 'tariff' });
  assert.ok(tariff.results.length > 0 && tariff.results.every((x) => x.kind === 'tariff'));
  assert.ok(tariff.results.length <= all.results.length);
  const ch85 = await en.search('telephone', { prefix: false, chapter: '85' });
  assert.ok(ch85.results.length > 0);
  const ch09 = await en.search('telephone', { prefix: false, chapter: '09' });
  assert.strictEqual(ch09.results.length, 0);
});

test('excerpts are escaped and mark the matched words', () => {
  const html = api.highlight('<b>Coffee</b> & roasted coffees', 'coffee', 'en');
  assert.strictEqual(html, '&lt;b&gt;<mark>Coffee</mark>&lt;/b&gt; &amp; roasted <mark>coffees</mark>');
  // Per script: Arabic with vowels and the article, Vietnamese without
  // tones (and not every word beginning with `ca`), Thai and Chinese by
  // segment inside an unspaced run.
  assert.strictEqual(api.highlight('القَهْوَة المحمصة', 'قهوة', 'ar'), '<mark>القَهْوَة</mark> المحمصة');
  assert.strictEqual(api.highlight('Cà phê và các loại', 'ca phe', 'vi'), '<mark>Cà</mark> <mark>phê</mark> và các loại');
  assert.strictEqual(api.highlight('การนำเข้าข้าวและขาว', 'ข้าว', 'th'), 'การนำเข้า<mark>ข้าว</mark>และขาว');
  assert.strictEqual(api.highlight('进口和大米贸易', '大米', 'zh'), '进口和<mark>大米</mark>贸易');
});

test('analysis of scripts: Arabic normalisation, unspaced scripts segmented', () => {
  assert.deepStrictEqual(api.words('قَهْوَة', 'ar'), ['قهوة']);
  assert.deepStrictEqual(api.words('٠٩٠١', 'ar'), ['0901']);
  assert.deepStrictEqual(api.words('ข้าว', 'th'), ['ข้าว']);
  assert.deepStrictEqual(api.words('大米', 'zh'), ['大', '大米', '米']);
  assert.deepStrictEqual(api.words('Cà PHÊ', 'vi'), ['cà', 'phê']);
  const zh = api.words('咖啡豆进口', 'zh');
  assert.ok(zh.length >= 2 && zh.includes('进口'), JSON.stringify(zh));
  const th = api.words('กาแฟคั่วบด', 'th');
  assert.strictEqual(th[0], 'กาแฟ', JSON.stringify(th));
  assert.strictEqual(api.shardOf('coffee'), api.shardOf('cof'));
  assert.strictEqual(api.shardOf('coffee', 1024), api.shardOf('coffees', 1024));
});

test('codes: native digits, a dropped zero, the nearest ancestor', async () => {
  const native = await en.search('٠٩٠١٫١١', { limit: 3 });
  assert.strictEqual(native.results[0].path, 'en/tariff/090111/');
  const zero = await en.search('90111', { limit: 3 });
  assert.strictEqual(zero.results[0].path, 'en/tariff/090111/');
  assert.deepStrictEqual(zero.note, { kind: 'zero', asked: '90111', found: '090111' });
  const missing = await en.search('09011150', { limit: 3 });
  assert.strictEqual(missing.results[0].path, 'en/tariff/090111/');
  assert.deepStrictEqual(missing.note, { kind: 'ancestor', asked: '09011150', found: '090111' });
});

test('a typo is corrected and said so', async () => {
  const r = await en.search('cofee', { prefix: false });
  assert.ok(r.results.length > 0);
  assert.deepStrictEqual(r.note, { kind: 'typo', asked: 'cofee', found: 'coffee' });
  assert.strictEqual(api.editDistance(Array.from('tobaco'), Array.from('tobacco'), 2), 1);
});

test('snippets are cut around the matched words, in every script', () => {
  const filler = 'Traders declare goods at the border office before release. '.repeat(4);
  const text = filler + 'Roasted coffee is classified in heading 09.01 with its husks. ' + filler;
  const s = api.snippet(text, 'coffee', 'en', 120);
  assert.ok(s.includes('<mark>coffee</mark>'), s);
  assert.ok(s.startsWith('… ') && s.endsWith(' …'), s);
  assert.ok(s.replace(/<\/?mark>/g, '').length <= 130, s);
  // The window holding the most query words wins over the first match.
  const two = 'coffee ' + 'x '.repeat(120) + 'decaffeinated coffee beans';
  assert.ok(api.snippet(two, 'decaffeinated coffee', 'en', 60).includes('<mark>decaffeinated</mark> <mark>coffee</mark>'));
  // A short text is shown whole; without a match, its beginning.
  assert.strictEqual(api.snippet('Tea & mate', 'tea', 'en'), '<mark>Tea</mark> &amp; mate');
  assert.ok(api.snippet(filler + filler, 'zzz', 'en', 50).startsWith('Traders declare'));
  // Arabic with vowels and the article, Vietnamese typed without tones,
  // Thai by segments (rice, not white), Chinese by occurrence.
  const ar = 'نص '.repeat(80) + 'استيراد القَهْوَة المحمصة';
  assert.ok(api.snippet(ar, 'قهوة', 'ar', 60).includes('<mark>القَهْوَة</mark>'));
  const vi = 'các loại hàng hóa '.repeat(20) + 'Cà phê rang';
  assert.ok(api.snippet(vi, 'ca phe', 'vi', 60).includes('<mark>Cà</mark> <mark>phê</mark>'));
  const th = 'การนำเข้าสินค้า '.repeat(20) + 'การนำเข้าข้าวและขาว';
  const ths = api.snippet(th, 'ข้าว', 'th', 60);
  assert.ok(ths.includes('<mark>ข้าว</mark>และขาว'), ths);
  const zh = '海关申报手续。'.repeat(30) + '进口和大米贸易';
  assert.ok(api.snippet(zh, '大米', 'zh', 40).includes('和<mark>大米</mark>贸易'));
});

test('Persian, Pashto and Urdu letters typed on an Arabic keyboard are marked', () => {
  assert.strictEqual(api.highlight('در کیسه وارد می‌شوند', 'كيسه ميشوند', 'fa'), 'در <mark>کیسه</mark> وارد <mark>می‌شوند</mark>');
  assert.deepStrictEqual(api.words('کیسه می‌شوند', 'fa'), api.words('كيسه ميشوند', 'fa'));
});
