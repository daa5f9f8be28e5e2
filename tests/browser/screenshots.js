// Screenshots of the demo site as a trader sees it: the home page, the
// tariff index, chapter 85, a tariff line, a procedure, a fee and the search
// page, on a phone (390 px) and a desktop (1280 px), in English and Arabic.
// usage: node tests/browser/screenshots.js PUBLIC_DIR OUT_DIR [--full]
//          [--only=NAME] [--langs=en,ar] (any languages the site has)
// Serves PUBLIC_DIR on 127.0.0.1 and opens it in Debian's headless Chromium
// (playwright-core, as tests/browser/search.js). Writes OUT_DIR/<lang>-<name>-<width>.png:
// the first screen only, or the whole page with --full. It also prints, for
// each phone screenshot, how much of the first screen the header takes, and
// fails if it is more than a quarter, if the page scrolls sideways, or if
// the menu's first item does not start where the page's text starts (a menu
// that loads scrolled under the screen's edge), or if a tariff line's first
// rate in force is not on the first screen (rate at Npx in the line).
'use strict';
const { execSync } = require('child_process');
const fs = require('fs');
const http = require('http');
const path = require('path');
const root = execSync('npm root -g').toString().trim();
const { chromium } = require(path.join(root, 'playwright-core'));

const dir = path.resolve(process.argv[2] || 'public');
const out = path.resolve(process.argv[3] || 'screenshots');
const full = process.argv.includes('--full');
const only = (process.argv.find((a) => a.startsWith('--only=')) || '').slice(7);
const langs = ((process.argv.find((a) => a.startsWith('--langs=')) || '').slice(8) || 'en,ar').split(',');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.png': 'image/png' };
const server = http.createServer((req, res) => {
  let file = path.join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!file.startsWith(dir)) { res.writeHead(403); res.end(); return; }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!fs.existsSync(file)) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
  res.end(fs.readFileSync(file));
});

const pages = [
  ['home', ''],
  ['tariff', 'tariff/'],
  ['chapter-85', 'tariff/85/'],
  ['line', 'tariff/09011110/'],
  ['procedure', 'procedures/import-home-use/'],
  ['fee', 'fees/declaration-processing/'],
  ['search', 'search/?q=coffee'],
];
const widths = [[390, 844], [1280, 800]];

// A chapter's rows on a phone, the table scrolled to the top of the screen:
// each leaf row shown on screen must have its description beside its code
// (not wrapping under it), its first rate on a line below the description,
// and its unit after that rate. Returns how many rows were checked and the
// codes of those that are not so.
async function chapterRows(page) {
  return page.evaluate(async () => {
    const table = document.querySelector('table.tariff');
    if (!table) return { checked: 0, bad: [] };
    table.scrollIntoView({ behavior: 'instant' });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    let checked = 0;
    const bad = [];
    for (const tr of table.querySelectorAll('tbody tr.leaf')) {
      const r = tr.getBoundingClientRect();
      const code = tr.querySelector('th.code'), desc = tr.querySelector('td.desc');
      const rate = tr.querySelector('td.rate:not(:empty)'), unit = tr.querySelector('td.data:not(:empty)');
      if (r.top < 0 || r.bottom > innerHeight || !code || !desc || !rate) continue;
      checked++;
      const c = code.getBoundingClientRect(), d = desc.getBoundingClientRect(), a = rate.getBoundingClientRect();
      const rtl = getComputedStyle(tr).direction === 'rtl';
      const beside = Math.abs(d.top - c.top) <= 4 && (rtl ? d.right <= c.left + 1 : d.left >= c.right - 1);
      const u = unit && unit.getBoundingClientRect();
      const unitFirst = u && (u.top < a.top - 1 || (Math.abs(u.top - a.top) <= 1 && (rtl ? u.right > a.right : u.left < a.left)));
      if (!beside || a.top < d.bottom - 1 || unitFirst) bad.push(code.textContent.trim());
    }
    return { checked, bad };
  });
}

(async () => {
  fs.mkdirSync(out, { recursive: true });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const problems = [];
  for (const lang of langs) {
    for (const [width, height] of widths) {
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const [name, url] of pages) {
        if (only && !name.includes(only)) continue;
        await page.goto(base + lang + '/' + url, { waitUntil: 'networkidle' });
        const file = path.join(out, `${lang}-${name}-${width}.png`);
        await page.screenshot({ path: file, fullPage: full });
        const m = await page.evaluate(() => {
          const header = document.querySelector('.site-header');
          return {
            header: header ? Math.round(header.getBoundingClientRect().bottom) : 0,
            sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            height: document.documentElement.scrollHeight,
            // Where the first rate in force ends: what a trader came for.
            rate: (() => {
              const now = document.querySelector('.rate-now');
              return now ? Math.round(now.getBoundingClientRect().bottom) : null;
            })(),
            // How far the menu's first item starts from the main text's
            // edge, on the side the text starts (right in Arabic).
            menuOffset: (() => {
              const first = document.querySelector('.main-nav li a');
              const main = document.querySelector('main');
              if (!first || !main) return 0;
              const a = first.getBoundingClientRect(), m = main.getBoundingClientRect();
              const style = getComputedStyle(main);
              if (style.direction === 'rtl') return Math.round(m.right - parseFloat(style.paddingRight) - a.right);
              return Math.round(a.left - m.left - parseFloat(style.paddingLeft));
            })(),
            // A preferential rate's rule of origin is text under the rate:
            // smaller and lighter than the rate, which the eye finds first.
            loudRules: [...document.querySelectorAll('.rate-item')].filter((item) => {
              const rate = item.querySelector('.rate-now');
              const rule = item.querySelector('.origin-rule');
              if (!rate || !rule) return false;
              const r = getComputedStyle(rate), o = getComputedStyle(rule);
              return parseFloat(o.fontSize) >= parseFloat(r.fontSize) || parseInt(o.fontWeight, 10) >= 600;
            }).length,
          };
        });
        const line = `${lang} ${name} ${width}px: header ${m.header}px of ${height} (${Math.round((100 * m.header) / height)}%), page ${m.height}px tall, sideways ${m.sideways}px, menu ${m.menuOffset}px${m.rate === null ? '' : `, rate at ${m.rate}px`}`;
        console.log(line);
        if (width < 500 && m.header > height / 4) problems.push(`${line}: the header takes more than a quarter of the first screen`);
        if (m.sideways > 0) problems.push(`${line}: the page scrolls sideways`);
        if (m.menuOffset !== 0) problems.push(`${line}: the menu's first item starts ${m.menuOffset}px from the page's text`);
        if (name === 'line' && (m.rate === null || m.rate > height)) problems.push(`${line}: the rate in force is not on the first screen`);
        if (m.loudRules > 0) problems.push(`${line}: ${m.loudRules} rule(s) of origin in the rate's size or weight`);
        if (name.startsWith('chapter') && width < 500) {
          const rows = await chapterRows(page);
          console.log(`${lang} ${name} ${width}px: ${rows.checked} rows on screen, ${rows.bad.length} not code and description then rates`);
          if (rows.checked === 0) problems.push(`${line}: no tariff row on screen to check`);
          if (rows.bad.length) problems.push(`${line}: rows whose description wraps under the code, or whose rates share its line or follow the unit: ${rows.bad.join(', ')}`);
        }
      }
      await context.close();
    }
  }
  await browser.close();
  server.close();
  if (problems.length) { console.error(problems.join('\n')); process.exit(1); }
})().catch((e) => { console.error(e); process.exit(2); });
