// Prints the runtime's answers for queries, as JSON lines like
// `kb search --batch`, for comparison with the command line.
// usage: node query.js PUBLIC_DIR [--prefix] FILE   (lines: LANG<TAB>QUERY)
'use strict';
const fs = require('fs');
const { runtime } = require('./load.js');
const args = process.argv.slice(2);
const prefix = args.includes('--prefix');
const [publicDir, file] = args.filter((a) => a !== '--prefix');
const api = runtime(publicDir);
const indexes = {};
(async () => {
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const [lang, query] = line.split('\t');
    const index = indexes[lang] || (indexes[lang] = new api.Index('', lang, false));
    const r = await index.search(query, { prefix, limit: 10 });
    console.log(JSON.stringify({ lang, query, total: r.total, note: r.note,
      paths: r.results.map((x) => x.path), scores: r.results.map((x) => x.score), tiers: r.results.map((x) => x.tier) }));
  }
})().catch((e) => { console.error(e); process.exit(1); });
