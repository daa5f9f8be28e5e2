// Prints the runtime's results for queries, as JSON, for comparison with
// `kb search`. usage: node query.js PUBLIC_DIR LANG QUERY...
'use strict';
const { runtime } = require('./load.js');
const [publicDir, lang, ...queries] = process.argv.slice(2);
const api = runtime(publicDir);
const index = new api.Index('', lang, false);
(async () => {
  const out = [];
  for (const q of queries) {
    const r = await index.search(q, { prefix: false, limit: 10 });
    out.push({ query: q, paths: r.results.map((x) => x.path), scores: r.results.map((x) => x.score) });
  }
  console.log(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(1); });
