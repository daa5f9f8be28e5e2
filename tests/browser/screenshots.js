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
      }
      await context.close();
    }
  }
  await browser.close();
  server.close();
  if (problems.length) { console.error(problems.join('\n')); process.exit(1); }
})().catch((e) => { console.error(e); process.exit(2); });
