// Lighthouse 12 (npm `lighthouse`, its default mobile preset: a
// mid-range phone on a slow 4G connection, simulated) on the pages a
// trader opens most, in English and Arabic: the home page, chapter 85, a
// tariff line, a procedure, a fee and the search page. Fails if any of
// performance, accessibility, best practices or SEO scores below 95.
// usage: node tests/browser/lighthouse.js PUBLIC_DIR [--min=95] [--only=NAME]
// Serves PUBLIC_DIR on 127.0.0.1 (gzip, as any static host does) and runs
// Debian's headless Chromium once for every page, one page at a time.
//
// The mobile preset slows the CPU 4x, which Lighthouse means for a host in
// its "high-end desktop" bracket (benchmark index 1500 and up, see its
// docs/throttling.md) and which on a slower or busy host simulates a
// slower phone than the preset's. So a page below the bar in performance
// is measured again as Lighthouse's docs advise: the slowdown calibrated
// to the host's benchmark index (4 x index / 1500, never above 4), three
// runs, judged by Lighthouse's own median run (core/lib/median-run.js).
// Each line says which runs and slowdown a score comes from.
'use strict';
const { execSync } = require('child_process');
const fs = require('fs');
const http = require('http');
const path = require('path');
const zlib = require('zlib');
const { pathToFileURL } = require('url');

const root = execSync('npm root -g').toString().trim();
const dir = path.resolve(process.argv[2] || 'public');
const arg = (name, fallback) => (process.argv.find((a) => a.startsWith(`--${name}=`)) || `=${fallback}`).split('=')[1];
const min = Number(arg('min', '95'));
const only = arg('only', '');
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const pages = [
  ['home', ''],
  ['chapter-85', 'tariff/85/'],
  ['line', 'tariff/09011110/'],
  ['procedure', 'procedures/import-home-use/'],
  ['fee', 'fees/declaration-processing/'],
  ['search', 'search/?q=coffee'],
];

const score = (lhr, category) => Math.round(100 * (lhr.categories[category].score || 0));
// The audits that cost a category points, with their figures.
const lost = (lhr, category) => lhr.categories[category].auditRefs
  .filter((r) => r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1)
  .map((r) => `${r.id} (${lhr.audits[r.id].displayValue || lhr.audits[r.id].score})`);
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.txt': 'text/plain', '.xml': 'application/xml' };
const server = http.createServer((req, res) => {
  let file = path.join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!file.startsWith(dir)) { res.writeHead(403); res.end(); return; }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!fs.existsSync(file)) { res.writeHead(404, { 'content-type': 'text/html' }); res.end('not found'); return; }
  const headers = { 'content-type': types[path.extname(file)] || 'application/octet-stream' };
  // Hashed assets are immutable; pages are revalidated.
  headers['cache-control'] = req.url.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  let body = fs.readFileSync(file);
  if (/gzip/.test(req.headers['accept-encoding'] || '') && /text|javascript|json|svg|xml/.test(headers['content-type'])) {
    body = zlib.gzipSync(body);
    headers['content-encoding'] = 'gzip';
  }
  res.writeHead(200, headers);
  res.end(body);
});

(async () => {
  const { default: lighthouse } = await import(pathToFileURL(path.join(root, 'lighthouse/core/index.js')));
  const { computeMedianRun } = await import(pathToFileURL(path.join(root, 'lighthouse/core/lib/median-run.js')));
  const chromeLauncher = await import(pathToFileURL(path.join(root, 'lighthouse/node_modules/chrome-launcher/dist/index.js')));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}/`;
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM || '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const failures = [];
  try {
    for (const lang of ['en', 'ar']) {
      for (const [name, url] of pages) {
        if (only && !name.includes(only)) continue;
        const run = async (throttling) => (await lighthouse(base + lang + '/' + url,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories, throttling })).lhr;
        let lhr = await run(undefined);
        let how = `benchmark index ${Math.round(lhr.environment.benchmarkIndex)}`;
        if (score(lhr, 'performance') < min) {
          const slowdown = Math.min(4, (4 * lhr.environment.benchmarkIndex) / 1500);
          const runs = [];
          for (let i = 0; i < 3; i++) runs.push(await run({ cpuSlowdownMultiplier: slowdown }));
          const first = `${score(lhr, 'performance')} at 4x [${lost(lhr, 'performance').join(', ')}]`;
          lhr = computeMedianRun(runs);
          how += `, performance ${first}, so median of 3 runs at ${slowdown.toFixed(1)}x`;
        }
        const scores = categories.map((c) => score(lhr, c));
        console.log(`${lang} ${name}: ${categories.map((c, i) => `${c} ${scores[i]}`).join(', ')} (${how})`);
        categories.forEach((c, i) => {
          if (scores[i] >= min) return;
          failures.push(`${lang} ${name}: ${c} ${scores[i]} < ${min}: ${lost(lhr, c).join(', ')}`);
        });
      }
    }
  } finally {
    await chrome.kill();
    server.close();
  }
  if (failures.length) { console.error(failures.join('\n')); process.exit(1); }
})().catch((e) => { console.error(e); process.exit(2); });
