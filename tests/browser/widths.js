// On a phone, nothing scrolls sideways: a trader reads a page by scrolling
// down only. Checks, at 390 px, a sample of every kind of page a built site
// has, in each of its languages: in each folder its index, its first pages
// and its largest page (the one with the most to lay out); every page of a
// small site. A page fails if it is wider than the screen, or if an element
// sticks out past the screen's edge outside a box that scrolls on its own
// (a wide table's scroll box is fine; a long URL pushing the page is not).
// usage: node tests/browser/widths.js SITE_DIR [--per-folder=3] [--width=390]
// (tests/sites/long-words is a site with a long unbreakable word in every
// field: the whole of it is checked.)
'use strict';
const { execSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { staticServer } = require('./static-server');
const root = execSync('npm root -g').toString().trim();
const { chromium } = require(path.join(root, 'playwright-core'));

const dir = path.resolve(process.argv[2] || 'public');
const option = (name, value) => (process.argv.find((a) => a.startsWith(`--${name}=`)) || `=${value}`).split('=')[1];
const perFolder = +option('per-folder', 3);
const width = +option('width', 390);

// The pages of a folder: `index.html` of each of its subfolders, sorted.
function pagesUnder(folder) {
  return fs.readdirSync(folder, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(folder, e.name, 'index.html')))
    .map((e) => path.join(folder, e.name, 'index.html'))
    .sort();
}

// The sample: per language folder and per folder in it, the index, the
// first `perFolder` pages and the largest one; every page if a folder has
// few. Tariff folders hold chapters, headings and lines side by side: the
// largest of each length of code are taken.
function sample() {
  const chosen = new Set();
  const languages = fs.readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, 'index.html')));
  for (const lang of languages) {
    const home = path.join(dir, lang.name);
    chosen.add(path.join(home, 'index.html'));
    for (const folder of pagesUnder(home).map(path.dirname)) {
      chosen.add(path.join(folder, 'index.html'));
      const pages = pagesUnder(folder);
      const groups = new Map();
      for (const page of pages) {
        const key = path.basename(folder) === 'tariff' ? path.basename(path.dirname(page)).length : 0;
        if (!groups.has(key)) groups.set(key, []);
        groups.get(key).push(page);
      }
      for (const group of groups.values()) {
        group.slice(0, perFolder).forEach((p) => chosen.add(p));
        const largest = group.reduce((a, b) => (fs.statSync(b).size > fs.statSync(a).size ? b : a));
        chosen.add(largest);
      }
    }
  }
  // An alias (`aliases` in front matter) is a page that moves on to its
  // target at once: the target is checked in its own folder.
  const moves = (p) => /http-equiv="refresh"/i.test(fs.readFileSync(p, 'utf8').slice(0, 2048));
  return [...chosen].filter((p) => !moves(p)).map((p) => path.relative(dir, path.dirname(p)) + '/').sort();
}

(async () => {
  const server = staticServer(dir);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width, height: 844 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const urls = sample();
  const problems = [];
  for (const url of urls) {
    await page.goto(base + url, { waitUntil: 'load' });
    const m = await page.evaluate(() => {
      const doc = document.documentElement;
      const scrolls = (e) => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(e).overflowX);
      const out = [];
      for (const e of document.body.querySelectorAll('*')) {
        const r = e.getBoundingClientRect();
        if (r.width === 0 || (r.right <= doc.clientWidth + 1 && r.left >= -1)) continue;
        let box = e.parentElement;
        while (box && box !== document.body && !scrolls(box)) box = box.parentElement;
        if (box && box !== document.body) continue;
        const text = (e.textContent || '').trim().slice(0, 40);
        out.push(`<${e.tagName.toLowerCase()}${e.className ? ` class="${e.className}"` : ''}> ${Math.round(r.left)}..${Math.round(r.right)} "${text}"`);
      }
      return { sideways: doc.scrollWidth - doc.clientWidth, out };
    });
    if (m.sideways > 0 || m.out.length) {
      problems.push(`${url}: scrolls ${m.sideways}px sideways at ${width}px; past the edge: ${m.out.slice(0, 3).join('; ')}`);
    }
  }
  await browser.close();
  server.close();
  console.log(`${urls.length} pages at ${width}px, ${problems.length} wider than the screen`);
  if (problems.length) { console.error(problems.join('\n')); process.exit(1); }
})().catch((e) => { console.error(e); process.exit(2); });
