// Search figures for a built site: index size per language, what a page
// loads for search (the runtime and the language's entry), the requests
// and bytes a first query fetches after that (shards, chunks), and query
// time in the runtime.
// usage: node bench/search.js PUBLIC_DIR LANG "single word" "0901.11" "three word query"
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const zlib = require('zlib');

const [publicDir, lang, ...queries] = process.argv.slice(2);
// The runtime every page loads, which loads the language's entry at once;
// a first query then fetches only the shards and chunks it needs.
const file = fs.readdirSync(path.join(publicDir, 'assets')).find((f) => /^kb-search\.[0-9a-f]+\.js$/.test(f));
const api = require(path.resolve(publicDir, 'assets', file));
let fetched = 0;
api.setLoader((url) => {
  const text = fs.readFileSync(path.join(publicDir, url));
  fetched += text.length;
  vm.runInNewContext(text.toString('utf8'), { kbSearch: api });
});
const dir = path.join(publicDir, 'search', lang);
function walk(d) {
  return fs.readdirSync(d).flatMap((f) => {
    const p = path.join(d, f);
    return fs.statSync(p).isDirectory() ? walk(p) : [p];
  });
}
const all = walk(dir);
const size = all.reduce((n, f) => n + fs.statSync(f).size, 0);
const runtimeBytes = fs.readFileSync(path.join(publicDir, 'assets', file));
const entryGz = zlib.gzipSync(fs.readFileSync(path.join(dir, 'index.js')), { level: 6 }).length;
const gzKiB = (bytes) => (zlib.gzipSync(bytes, { level: 6 }).length / 1024).toFixed(1);
const entryBytes = fs.readFileSync(path.join(dir, 'index.js'));
console.log(`${lang}: index ${(size / 1048576).toFixed(1)} MiB in ${all.length} files; ` +
  `loaded with the page: runtime ${gzKiB(runtimeBytes)} KiB gzipped, entry ${gzKiB(entryBytes)} KiB gzipped ` +
  `(${(entryBytes.length / 1024).toFixed(0)} KiB raw)`);
(async () => {
  for (const q of queries) {
    // A fresh runtime per query: what a first query costs on a new page.
    delete require.cache[require.resolve(path.resolve(publicDir, 'assets', file))];
    const fresh = require(path.resolve(publicDir, 'assets', file));
    fetched = 0;
    let gz = 0, requests = 0;
    fresh.setLoader((url) => {
      const text = fs.readFileSync(path.join(publicDir, url));
      fetched += text.length;
      gz += zlib.gzipSync(text, { level: 6 }).length;
      requests += 1;
      vm.runInNewContext(text.toString('utf8'), { kbSearch: fresh });
    });
    const index = new fresh.Index('', lang, false);
    // What the page does when the runtime attaches: the entry, not counted
    // as the query's.
    await index.manifest();
    fetched = 0; gz = 0; requests = 0;
    const t0 = process.hrtime.bigint();
    const r = await index.search(q, { prefix: true, limit: 10 });
    const first = Number(process.hrtime.bigint() - t0) / 1e6;
    const t1 = process.hrtime.bigint();
    await index.search(q, { prefix: true, limit: 10 });
    const again = Number(process.hrtime.bigint() - t1) / 1e6;
    console.log(`  "${q}": ${r.total} hits, ${requests} requests, ${(gz / 1024).toFixed(1)} KiB gzipped ` +
      `(${(fetched / 1024).toFixed(0)} KiB raw; ${((gz + entryGz) / 1024).toFixed(1)} KiB with the entry), ` +
      `${first.toFixed(1)} ms first (loading included), ${again.toFixed(1)} ms warm`);
  }
})();
