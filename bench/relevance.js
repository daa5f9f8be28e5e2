// Relevance on the judged query set (tests/search/judged.tsv): first-answer
// and top-5 shares per language and per engine, and bytes per query.
// usage: node bench/relevance.js DEMO_PUBLIC FIXTURE_PUBLIC [KB_BINARY]
//   DEMO_PUBLIC: `kb build --date 2026-12-02 --output DIR` at the root;
//   FIXTURE_PUBLIC: `kb --root tests/search/site build --output DIR`.
// Engines: `kb search --prefix --batch` (cli) and kb-search.js in Node over
// the built index (browser runtime, the header box's as-you-type mode).
// With Pagefind installed (`npm install --prefix bench`, bench/package.json),
// Pagefind 1.6 indexes the same built output (into a temporary folder) and
// its own runtime answers in Node, with fetch served from disk.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const zlib = require('zlib');
const { execFileSync } = require('child_process');
const os = require('os');
const { pathToFileURL } = require('url');

const root = path.resolve(__dirname, '..');
const [demoDir, fixtureDir, kbBin = path.join(root, 'target/debug/kb')] = process.argv.slice(2);
const sites = { demo: { dir: demoDir, root }, fixture: { dir: fixtureDir, root: path.join(root, 'tests/search/site') } };
const judged = fs.readFileSync(path.join(root, 'tests/search/judged.tsv'), 'utf8').split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => { const [site, lang, query, first, rest] = l.split('\t'); return { site, lang, query, first, ok: [first, ...(rest || '').split(' ').filter(Boolean)] }; });

function fresh(publicDir, lang, counter) {
  const file = fs.readdirSync(path.join(publicDir, 'assets')).find((f) => /^kb-search\.[0-9a-f]+\.js$/.test(f));
  const code = fs.readFileSync(path.join(publicDir, 'assets', file), 'utf8');
  const sandbox = { module: { exports: {} }, globalThis: {} };
  vm.runInNewContext(code, sandbox);
  const api = sandbox.module.exports;
  api.setLoader((url) => {
    const bytes = fs.readFileSync(path.join(publicDir, url));
    counter.requests += 1;
    counter.gz += zlib.gzipSync(bytes, { level: 6 }).length;
    vm.runInNewContext(bytes.toString('utf8'), { kbSearch: api });
  });
  return new api.Index('', lang, false);
}

const pagefindBin = path.join(__dirname, 'node_modules/.bin/pagefind');
const withPagefind = fs.existsSync(pagefindBin);

/* Pagefind's runtime on a fresh page of `lang`: a new module instance, its
   fetches read from `dir` and counted. */
async function pagefindFresh(dir, lang, counter, serial) {
  globalThis.fetch = async (input) => {
    const file = String(input).replace(/^.*?\/pagefind\//, '').split('?')[0];
    const data = fs.readFileSync(path.join(dir, file));
    counter.requests += 1;
    counter.gz += data.length; // Pagefind's files are already compressed
    return new Response(data, { status: 200 });
  };
  globalThis.document = { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) };
  const pf = await import(pathToFileURL(path.join(dir, 'pagefind.js')).href + `?${lang}-${serial}`);
  await pf.options({ basePath: '/pagefind/' });
  await pf.init();
  return pf;
}

(async () => {
  const results = { cli: [], browser: [] };
  if (withPagefind) results.pagefind = [];
  let serial = 0;
  for (const [name, site] of Object.entries(sites)) {
    const items = judged.filter((j) => j.site === name);
    const batch = path.join(require('os').tmpdir(), `kb-judged-${name}.tsv`);
    fs.writeFileSync(batch, items.map((j) => `${j.lang}\t${j.query}\n`).join(''));
    const out = execFileSync(kbBin, ['--root', site.root, 'search', '--prefix', '--batch', batch], { encoding: 'utf8', maxBuffer: 1 << 26 });
    out.trim().split('\n').forEach((l, i) => {
      const a = JSON.parse(l).answer;
      results.cli.push({ j: items[i], paths: a.hits.map((h) => h.path.split('/').slice(1).join('/')) });
    });
    for (const j of items) {
      const counter = { requests: 0, gz: 0 };
      const index = fresh(site.dir, j.lang, counter);
      // The page loads the entry with the runtime, before any query.
      await index.manifest();
      counter.entryGz = counter.gz;
      counter.requests = 0; counter.gz = 0;
      const r = await index.search(j.query, { prefix: true, limit: 10 });
      results.browser.push({ j, paths: r.results.map((x) => x.path.split('/').slice(1).join('/')), counter });
    }
    if (withPagefind) {
      const pfDir = path.join(os.tmpdir(), `kb-pagefind-${name}`);
      if (!fs.existsSync(path.join(pfDir, 'pagefind.js'))) {
        execFileSync(pagefindBin, ['--site', site.dir, '--output-path', pfDir], { stdio: 'ignore' });
      }
      for (const j of items) {
        const counter = { requests: 0, gz: 0 };
        const pf = await pagefindFresh(pfDir, j.lang, counter, serial++);
        const r = await pf.search(j.query);
        const data = await Promise.all(((r && r.results) || []).slice(0, 10).map((x) => x.data()));
        results.pagefind.push({ j, paths: data.map((d) => d.url.replace(/^\//, '').split('/').slice(1).join('/')), counter });
      }
    }
  }
  const rows = [];
  for (const [engine, list] of Object.entries(results)) {
    const langs = [...new Set(list.map((r) => r.j.lang))];
    for (const lang of [...langs, 'all']) {
      const mine = list.filter((r) => lang === 'all' || r.j.lang === lang);
      const first = mine.filter((r) => r.paths[0] === r.j.first).length;
      const top5 = mine.filter((r) => r.paths.slice(0, 5).some((p) => r.j.ok.includes(p))).length;
      rows.push({ engine, lang, n: mine.length, first: first / mine.length, top5: top5 / mine.length });
    }
  }
  console.log('engine   lang  queries  first  top5');
  for (const r of rows) console.log(`${r.engine.padEnd(8)} ${r.lang.padEnd(5)} ${String(r.n).padStart(7)}  ${(r.first * 100).toFixed(0).padStart(4)}%  ${(r.top5 * 100).toFixed(0).padStart(3)}%`);
  const same = results.cli.filter((r, i) => JSON.stringify(r.paths) === JSON.stringify(results.browser[i].paths)).length;
  console.log(`browser = cli on ${same} of ${results.cli.length} queries (top 10)`);
  for (const engine of ['browser', 'pagefind']) {
    if (!results[engine]) continue;
    const b = results[engine].map((r) => r.counter);
    const avg = (f) => b.reduce((n, c) => n + f(c), 0) / b.length;
    console.log(`${engine}, first query on a fresh page: ${avg((c) => c.requests).toFixed(1)} requests, ${(avg((c) => c.gz) / 1024).toFixed(1)} KiB gzipped on average, ${(Math.max(...b.map((c) => c.gz)) / 1024).toFixed(1)} KiB at most` +
      (engine === 'browser' ? ` (after the page's entry, ${(avg((c) => c.entryGz) / 1024).toFixed(1)} KiB gzipped on average)` : ''));
  }
  if (process.env.KB_MISSES) for (const r of results.browser) if (r.paths[0] !== r.j.first) console.log(`  miss ${r.j.site} ${r.j.lang} "${r.j.query}": ${r.paths.slice(0, 3).join(' ')} (expected ${r.j.first})`);
})().catch((e) => { console.error(e); process.exit(1); });
