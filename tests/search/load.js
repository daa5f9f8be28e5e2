// Loads the search runtime in Node with a loader that reads the index files
// of a built site from disk, as <script> elements would in a browser.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

function runtime(publicDir) {
  const file = fs.readdirSync(path.join(publicDir, 'assets')).find((f) => /^kb-search\.[0-9a-f]+\.js$/.test(f));
  const api = require(path.join(publicDir, 'assets', file));
  api.setLoader((url) => {
    const text = fs.readFileSync(path.join(publicDir, url), 'utf8');
    vm.runInNewContext(text, { kbSearch: api });
  });
  return api;
}

module.exports = { runtime };
