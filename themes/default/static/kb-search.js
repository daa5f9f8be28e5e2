/* kb search runtime: queries the static index under /search/{lang}/ built
   by kb. Dependency-free, plain script only. Index files are scripts that call
   kbSearch.receive(key, data), so they load over HTTP and from disk
   (file://) alike, and a query loads only the shards of its words. */
(function (root) {
  'use strict';
  var K1 = 1.2, B = 0.75, TONE = /[\u0E47-\u0E4E\u0EC8-\u0ECD\u17C9-\u17D3\u1037\u1039\u103A]/g;
  var UNSPACED = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF]/;
  var pending = {}, loaded = {};

  function receive(key, data) {
    loaded[key] = data;
    (pending[key] || []).forEach(function (resolve) { resolve(data); });
    delete pending[key];
  }

  /* The default loader adds a <script>; tests replace it. */
  var loader = function (url) {
    var s = document.createElement('script');
    s.src = url;
    s.async = true;
    document.head.appendChild(s);
  };

  function fetchKey(key, url) {
    if (loaded[key]) return Promise.resolve(loaded[key]);
    return new Promise(function (resolve) {
      (pending[key] = pending[key] || []).push(resolve);
      if (pending[key].length === 1) loader(url, key);
    });
  }

  function arabic(text) {
    return text.replace(/[\u064B-\u065F\u0670\u0640]/g, '')
      .replace(/[\u0623\u0625\u0622\u0671]/g, '\u0627').replace(/\u0649/g, '\u064A')
      .replace(/\u0629/g, '\u0647').replace(/\u0624/g, '\u0648').replace(/\u0626/g, '\u064A');
  }

  /* The same preparation as the index: Arabic normalised, unspaced scripts
     segmented into words, tone marks dropped, then split and lower-cased. */
  function words(text, lang) {
    if (/[\u0600-\u06FF]/.test(text)) text = arabic(text);
    if (UNSPACED.test(text) && typeof Intl !== 'undefined' && Intl.Segmenter) {
      var parts = [];
      var seg = new Intl.Segmenter(lang, { granularity: 'word' });
      for (var it = seg.segment(text)[Symbol.iterator](), s = it.next(); !s.done; s = it.next()) {
        parts.push(s.value.segment);
        if (s.value.isWordLike) parts.push(' ');
      }
      text = parts.join('').replace(TONE, '');
    }
    return text.toLowerCase().split(/[^\p{Alphabetic}\p{N}]+/u).filter(function (w) {
      return w.length > 0 && w.length <= 40;
    });
  }

  /* First three characters, as the index chose: completions of a prefix of
     three or more characters share its shard. */
  function shardOf(form, shards) {
    var h = 0, cps = Array.from(form).slice(0, 3);
    for (var i = 0; i < cps.length; i++) h = (Math.imul(h, 31) + cps[i].codePointAt(0)) >>> 0;
    return h % (shards || 1024);
  }

  function Index(base, lang, offline) {
    this.base = base; this.lang = lang; this.offline = offline;
  }
  Index.prototype.manifest = function () {
    return fetchKey(this.lang + '/index', this.base + 'search/' + this.lang + '/index.js');
  };
  var EMPTY = { forms: {}, postings: {}, codes: {} };
  Index.prototype.shard = function (m, i) {
    if (m.present.indexOf(i) < 0) return Promise.resolve(EMPTY);
    return fetchKey(this.lang + '/t' + i, this.base + 'search/' + this.lang + '/' + m.version + '/t' + i + '.js');
  };
  Index.prototype.chunk = function (m, i) {
    return fetchKey(this.lang + '/d' + i, this.base + 'search/' + this.lang + '/' + m.version + '/d' + i + '.js');
  };

  /* BM25 of one term's postings, as tantivy scores a term query per field. */
  function scoreTerm(m, postings, into) {
    var df = [0, 0];
    postings.forEach(function (p) { if (p[1] > 0) df[0]++; if (p[2] > 0) df[1]++; });
    var idf = df.map(function (d) { return Math.log(1 + (m.docs - d + 0.5) / (d + 0.5)); });
    postings.forEach(function (p) {
      var s = 0;
      for (var f = 0; f < 2; f++) {
        var tf = p[1 + f];
        if (tf > 0) {
          var norm = K1 * (1 - B + B * p[3 + f] / m.avg[f]);
          s += m.boosts[f] * idf[f] * (K1 + 1) * tf / (tf + norm);
        }
      }
      into.set(p[0], Math.max(into.get(p[0]) || 0, s));
    });
  }

  /* Results for `query`: [{doc, score}] best first. options: prefix (the
     last word completes), kind, chapter, limit. */
  Index.prototype.rank = function (query, options) {
    var self = this, opts = options || {};
    return this.manifest().then(function (m) {
      var q = query.trim();
      if (/^[\d.\s]+$/.test(q) && q.replace(/\D/g, '').length >= 2) {
        var digits = q.replace(/\D/g, '');
        return self.shard(m, shardOf(digits, m.shards)).then(function (shard) {
          var found = Object.keys(shard.codes).filter(function (c) { return c.indexOf(digits) === 0; });
          found.sort(function (a, b) { return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0); });
          return { m: m, hits: found.map(function (c) { return { doc: shard.codes[c], score: 0 }; }) };
        });
      }
      var ws = words(q, self.lang);
      if (ws.length === 0) return { m: m, hits: [] };
      var shardIds = ws.map(function (w) { return shardOf(w, m.shards); });
      return Promise.all(shardIds.map(function (i) { return self.shard(m, i); })).then(function (shards) {
        /* Each word's terms: the exact form, or for the last word every
           form it begins. Words that lead to the same term count once. */
        var groups = [], seen = {};
        ws.forEach(function (w, i) {
          var shard = shards[i], terms = [];
          if (opts.prefix && i === ws.length - 1 && w.length >= 3) {
            Object.keys(shard.forms).forEach(function (f) {
              if (f.indexOf(w) === 0 && terms.indexOf(shard.forms[f]) < 0) terms.push(shard.forms[f]);
            });
            terms = terms.slice(0, 50);
          } else if (shard.forms[w] !== undefined) {
            terms = [shard.forms[w]];
          } else {
            /* A form the site never uses (`coffees`): its stem is most
               likely the longest known term it begins with (`coffe`). */
            var best = '';
            Object.keys(shard.postings).forEach(function (t) {
              if (t.length >= 3 && t.length > best.length && w.indexOf(t) === 0) best = t;
            });
            if (best) terms = [best];
          }
          if (terms.length === 1 && seen[terms[0]]) return;
          if (terms.length === 1) seen[terms[0]] = true;
          groups.push({ shard: shard, terms: terms });
        });
        var total = null;
        for (var g = 0; g < groups.length; g++) {
          var scores = new Map();
          groups[g].terms.forEach(function (t) { scoreTerm(m, groups[g].shard.postings[t] || [], scores); });
          var kept = new Map();
          groups[g].terms.forEach(function (t) {
            (groups[g].shard.postings[t] || []).forEach(function (p) {
              if (opts.kind && m.kinds[p[5]] !== opts.kind) return;
              if (opts.chapter && p[6] !== parseInt(opts.chapter, 10)) return;
              kept.set(p[0], true);
            });
          });
          if (total === null) {
            total = new Map();
            kept.forEach(function (_, d) { total.set(d, scores.get(d)); });
          } else {
            var next = new Map();
            total.forEach(function (s, d) { if (kept.has(d)) next.set(d, s + scores.get(d)); });
            total = next;
          }
        }
        var hits = [];
        (total || new Map()).forEach(function (s, d) { hits.push({ doc: d, score: s }); });
        hits.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
        return { m: m, hits: hits };
      });
    });
  };

  /* The top results with their titles, links and snippets. */
  Index.prototype.search = function (query, options) {
    var self = this, limit = (options && options.limit) || 10;
    return this.rank(query, options).then(function (r) {
      var top = r.hits.slice(0, limit);
      var chunks = [];
      top.forEach(function (h) { var c = Math.floor(h.doc / r.m.chunk); if (chunks.indexOf(c) < 0) chunks.push(c); });
      return Promise.all(chunks.map(function (c) { return self.chunk(r.m, c); })).then(function (data) {
        return {
          total: r.hits.length,
          results: top.map(function (h) {
            var row = data[chunks.indexOf(Math.floor(h.doc / r.m.chunk))][h.doc % r.m.chunk];
            var href = self.base + row[0] + (self.offline && /\/$/.test(row[0]) ? 'index.html' : '');
            return { path: row[0], href: href, title: row[1], kind: row[2], snippet: row[3], score: h.score };
          })
        };
      });
    });
  };

  function fold(w) { return w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); }
  function escapeHtml(s) {
    return s.replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  /* Escaped text with the query's words marked. */
  function highlight(text, query, lang) {
    var qs = words(query, lang).map(fold);
    return text.split(/([\p{Alphabetic}\p{N}]+)/u).map(function (piece, i) {
      var hit = i % 2 === 1 && qs.some(function (q) { return q.length > 0 && fold(piece).indexOf(q) === 0; });
      return hit ? '<mark>' + escapeHtml(piece) + '</mark>' : escapeHtml(piece);
    }).join('');
  }

  /* Wires a search form: results as you type, announced to screen readers. */
  function attach(form) {
    var input = form.querySelector('input[type="search"]');
    var list = document.getElementById(form.getAttribute('data-results'));
    var status = document.getElementById(form.getAttribute('data-status'));
    if (!input || !list) return;
    var index = new Index(form.getAttribute('data-root'), form.getAttribute('data-lang'),
      form.getAttribute('data-offline') === '1');
    var kind = form.querySelector('select[name="kind"]');
    var chapter = form.querySelector('input[name="chapter"]');
    var timer = null, serial = 0;
    function run() {
      var q = input.value, mine = ++serial;
      if (q.trim().length === 0) { list.innerHTML = ''; if (status) status.textContent = ''; return; }
      var ch = chapter && /^\d{2}$/.test(chapter.value) ? chapter.value : '';
      index.search(q, { prefix: true, limit: 10, kind: kind ? kind.value : '', chapter: ch }).then(function (r) {
        if (mine !== serial) return;
        list.innerHTML = r.results.map(function (x) {
          return '<li><a href="' + escapeHtml(x.href) + '">' + highlight(x.title, q, index.lang) + '</a>' +
            '<p>' + highlight(x.snippet, q, index.lang) + '</p></li>';
        }).join('');
        if (status) status.textContent = (form.getAttribute('data-count') || '') + ' ' + r.total;
      });
    }
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 120); });
    if (kind) kind.addEventListener('change', run);
    if (chapter) chapter.addEventListener('input', run);
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') { input.value = ''; run(); }
    });
    var q = new URLSearchParams(root.location ? root.location.search : '').get('q');
    if (q && form.hasAttribute('data-page')) {
      var params = new URLSearchParams(root.location.search);
      input.value = q;
      if (kind && params.get('kind')) kind.value = params.get('kind');
      if (chapter && params.get('chapter')) chapter.value = params.get('chapter');
      run();
    }
  }

  var api = { receive: receive, words: words, shardOf: shardOf, Index: Index, highlight: highlight,
    setLoader: function (f) { loader = f; } };
  root.kbSearch = api;
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
  if (typeof document !== 'undefined') {
    var start = function () {
      Array.prototype.forEach.call(document.querySelectorAll('form[data-search]'), attach);
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
  }
})(typeof window !== 'undefined' ? window : globalThis);
