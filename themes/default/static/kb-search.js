/* kb search runtime: queries the static index under /search/{lang}/ built
   by kb. Dependency-free, plain script only. Index files are scripts that call
   kbSearch.receive(key, data), so they load over HTTP and from disk
   (file://) alike, and a query loads only the shards of its words. */
(function (root) {
  'use strict';
  var HAN = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/;
  var UNSPACED = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF]/;
  /* A segment that begins with a mark or a following vowel (Thai and Lao
     ะ า ำ): part of the word before it. */
  var DEPENDENT = /^[\p{Mn}\p{Mc}\u0E30\u0E32\u0E33\u0E45\u0EB0\u0EB2\u0EB3]/u;
  /* Zeros of the native digits read as codes, as in src/search/analysis.rs. */
  var ZEROS = [0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0x0ED0, 0x1040, 0x17E0, 0xFF10];
  var AR_PREFIXES = ['\u0648\u0627\u0644', '\u0628\u0627\u0644', '\u0643\u0627\u0644', '\u0641\u0627\u0644', '\u0644\u0644', '\u0627\u0644'];
  var COMPLETIONS = 50;
  /* The index format this runtime reads (src/search/format.rs). */
  var FORMAT = 'kb-search/4';
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

  function asciiDigits(text) {
    return Array.from(text).map(function (c) {
      var cp = c.codePointAt(0);
      for (var i = 0; i < ZEROS.length; i++) if (cp >= ZEROS[i] && cp < ZEROS[i] + 10) return String(cp - ZEROS[i]);
      return c;
    }).join('');
  }

  /* Arabic-script text without short vowels, tatweel, the non-joiner and
     letter variants (Persian and Urdu yeh, kaf and heh as Arabic
     keyboards type them); ة is kept (see normalise_arabic in
     src/search/arabic.rs). */
  function arabic(text) {
    return text.replace(/[\u064B-\u065F\u0670\u0640\u200C]/g, '')
      .replace(/[\u0623\u0625\u0622\u0671]/g, '\u0627').replace(/[\u0649\u06CC\u0626]/g, '\u064A')
      .replace(/\u06A9/g, '\u0643').replace(/[\u06C1\u06C0\u06D5]/g, '\u0647')
      .replace(/\u0624/g, '\u0648').replace(/\u06D3/g, '\u064A\u06D2');
  }

  /* Han runs as characters and overlapping pairs, as the index has them. */
  function hanPairs(run) {
    var cs = Array.from(run), out = [];
    for (var i = 0; i < cs.length; i++) {
      out.push(cs[i]);
      if (i + 1 < cs.length) out.push(cs[i] + cs[i + 1]);
    }
    return ' ' + out.join(' ') + ' ';
  }

  function segment(text, lang) {
    if (!UNSPACED.test(text) || typeof Intl === 'undefined' || !Intl.Segmenter) return text;
    var parts = [], seg = new Intl.Segmenter(lang, { granularity: 'word' });
    for (var it = seg.segment(text)[Symbol.iterator](), s = it.next(); !s.done; s = it.next()) {
      /* A vowel or mark cannot begin a word: it ends the one before
         (analysis.rs, is_dependent). */
      if (DEPENDENT.test(s.value.segment) && parts[parts.length - 1] === ' ') parts.pop();
      parts.push(s.value.segment);
      if (s.value.isWordLike) parts.push(' ');
    }
    return parts.join('');
  }

  /* The same preparation as the index: native digits in ASCII, Arabic
     normalised, Han as characters and pairs, other unspaced scripts
     segmented into words, then split into letters, digits and marks and
     lower-cased. */
  function words(text, lang) {
    /* Zero-width spaces (CLDR writes Lao names with them) join. */
    /* Turkish İ is i, not i and a dot (analysis.rs, TURKISH_CAPITAL_I). */
    text = asciiDigits(text).replace(/[\u200B\u2060\uFEFF]/g, '').replace(/\u0130/g, 'i');
    /* A dotted code is its digits, one term (joined_codes in analysis.rs). */
    text = text.split(' ').map(function (w) { return /^\d{2,4}(\.\d{2,4})+$/.test(w) ? w.replace(/\./g, '') : w; }).join(' ');
    if (/[\u0600-\u06FF]/.test(text)) text = arabic(text);
    if (HAN.test(text) || UNSPACED.test(text)) {
      text = text.split(/([\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]+)/).map(function (piece, i) {
        return i % 2 === 1 ? hanPairs(piece) : segment(piece, lang);
      }).join('');
    }
    return text.split(/[^\p{Alphabetic}\p{N}\p{M}]+/u).filter(function (w) {
      return w.length > 0 && Array.from(w).length <= 40;
    }).map(function (w) { return w.toLowerCase(); });
  }

  function isUnspaced(form) {
    var c = Array.from(form)[0] || '';
    return HAN.test(c) || UNSPACED.test(c);
  }

  /* How many first characters choose a word's shard: three, two in
     unspaced scripts (format.rs, first_characters). */
  function firstCharacters(form) { return isUnspaced(form) ? 2 : 3; }
  /* First three characters (two in unspaced scripts), as the index chose:
     completions of such a prefix share its shard. */
  function shardOf(form, shards) {
    var h = 0, cps = Array.from(form).slice(0, firstCharacters(form));
    for (var i = 0; i < cps.length; i++) h = (Math.imul(h, 31) + cps[i].codePointAt(0)) >>> 0;
    return h % (shards || 4096);
  }
  /* The near parts of a word: those of the shard of its first characters
     as they are and with each deleted, sorted (format.rs, near_parts). */
  function nearParts(form, shards, parts) {
    var cps = Array.from(form), out = [shardOf(form, shards) % parts];
    for (var i = 0; i < Math.min(firstCharacters(form), cps.length); i++) {
      var p = shardOf(cps.slice(0, i).concat(cps.slice(i + 1)).join(''), shards) % parts;
      if (out.indexOf(p) < 0) out.push(p);
    }
    return out.sort(function (a, b) { return a - b; });
  }

  function stripArticle(w) {
    for (var i = 0; i < AR_PREFIXES.length; i++) {
      var p = AR_PREFIXES[i];
      if (w.indexOf(p) === 0 && Array.from(w).length - p.length >= 3) return w.slice(p.length);
    }
    return null;
  }

  /* Optimal string alignment distance, stopping above max. */
  function editDistance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var prev2 = [], prev = [], i, j;
    for (j = 0; j <= b.length; j++) { prev.push(j); prev2.push(0); }
    for (i = 1; i <= a.length; i++) {
      var cur = [i];
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cur[j] = Math.min(cur[j], prev2[j - 2] + 1);
      }
      prev2 = prev; prev = cur;
    }
    return prev[b.length];
  }
  /* Edits, a letter doubled or not counted once however many (typo.rs). */
  function singleLetters(a) { return a.filter(function (c, i) { return i === 0 || c !== a[i - 1]; }); }
  function typoDistance(a, b, max) {
    var plain = editDistance(a, b, max);
    if (plain <= 1) return plain;
    var a1 = singleLetters(a), b1 = singleLetters(b);
    if (a1.length === a.length && b1.length === b.length) return plain;
    return Math.min(plain, 1 + editDistance(a1, b1, max));
  }
  function typoBudget(len) { return len <= 3 ? 0 : len <= 7 ? 1 : 2; }
  function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }
  function has(o, k) { return Object.prototype.hasOwnProperty.call(o, k); }

  function Index(base, lang, offline) {
    this.base = base; this.lang = lang; this.offline = offline;
  }
  /* The entry (manifest) has one stable name, which the server
     revalidates, and names the shards and chunks by their bytes' hash
     (docs/output.md). It loads when the reader turns to the search box. */
  Index.prototype.manifest = function () {
    return fetchKey(this.lang + '/index', this.base + 'search/' + this.lang + '/index.js').then(partNames);
  };
  /* Part name (`t12`, `d0`) → its hash, read once from the entry's
     `present` bitmap (a hex digit for four shards, the first in the
     highest bit) and `hashes` (present shards in order, then chunks, then
     near parts). */
  function partNames(m) {
    if (m.names || m.format !== FORMAT) return m;
    var names = {}, at = 0, len = 10;
    function next() { var h = m.hashes.slice(at, at + len); at += len; return h; }
    for (var i = 0; i < m.present.length; i++) {
      var bits = parseInt(m.present[i], 16);
      for (var b = 0; b < 4; b++) if (bits & (8 >> b)) names['t' + (i * 4 + b)] = next();
    }
    for (var c = 0; c < m.chunks; c++) names['d' + c] = next();
    for (var n = 0; n < m.near; n++) names['n' + n] = next();
    m.names = names;
    m.kindOf = unrun(m.kind_runs);
    m.chapterOf = unrun(m.chapter_runs);
    return m;
  }
  /* [value, count, value, count…] as one value per document. */
  function unrun(runs) {
    var out = [];
    for (var i = 0; i + 1 < runs.length; i += 2) for (var n = 0; n < runs[i + 1]; n++) out.push(runs[i]);
    return out;
  }
  /* A field length from its one-byte code, as tantivy decodes it (see
     field_norm_of_code in src/search/format.rs). */
  function fieldNorm(code) {
    if (code < 24) return code;
    var i = code - 24, bits = i & 7, shift = (i >> 3) - 1;
    return (shift < 0 ? bits : (bits | 8) * Math.pow(2, shift)) + 24;
  }
  Index.prototype.part = function (m, name) {
    return fetchKey(this.lang + '/' + name, this.base + 'search/' + this.lang + '/' + name + '.' + m.names[name] + '.js');
  };
  var EMPTY = { forms: {}, postings: {}, codes: {} };
  Index.prototype.shard = function (m, i) {
    /* A shard without a part in the manifest is empty. */
    if (!has(m.names, 't' + i)) return Promise.resolve(EMPTY);
    return this.part(m, 't' + i).then(function (shard) { return expand(shard, m); });
  };
  /* A shard's flat postings, [gap, title tf, body tf, title length code,
     body length code, level, …], as arrays [doc, title tf, body tf, title
     length, body length, kind, chapter, level], kind and chapter the
     document's from the entry; once per shard. */
  function expand(shard, m) {
    if (shard.expanded) return shard;
    var lists = {};
    Object.keys(shard.postings).forEach(function (t) {
      var flat = shard.postings[t], list = [], doc = 0;
      for (var i = 0; i + 5 < flat.length; i += 6) {
        doc += flat[i];
        list.push([doc, flat[i + 1], flat[i + 2], fieldNorm(flat[i + 3]), fieldNorm(flat[i + 4]), m.kindOf[doc], m.chapterOf[doc], flat[i + 5]]);
      }
      lists[t] = list;
    });
    shard.postings = lists;
    shard.expanded = true;
    return shard;
  }
  Index.prototype.chunk = function (m, i) {
    return this.part(m, 'd' + i);
  };

  Index.prototype.shardFor = function (m, form) { return this.shard(m, shardOf(form, m.shards)); };

  /* BM25 per field of one term's postings, as src/search/engine.rs scores
     them, times k; the best of the group's terms where a document has several. */
  function scoreTerm(m, postings, into, k) {
    var df = [0, 0];
    postings.forEach(function (p) { if (p[1] > 0) df[0]++; if (p[2] > 0) df[1]++; });
    var idf = df.map(function (d) { return Math.log(1 + (m.docs - d + 0.5) / (d + 0.5)); });
    postings.forEach(function (p) {
      var s = 0;
      for (var f = 0; f < 2; f++) {
        var tf = p[1 + f], len = p[3 + f], k1 = m.fields[f][1], b = m.fields[f][2];
        if (tf > 0) {
          var norm = k1 * (1 - b + b * len / m.avg[f]);
          var weight = f === 1 ? m.fields[f][0] * (m.levels[p[7]] ? m.levels[p[7]][1] : 1) : m.fields[f][0];
          s += weight * idf[f] * (k1 + 1) * tf / (tf + norm);
        }
      }
      s *= k || 1;
      if (!into.has(p[0]) || s > into.get(p[0])) into.set(p[0], s);
    });
  }

  /* The terms a word leads to in its shard: its form's (a form typed
     without accents stands for every term that folds to it), or those of
     the longest term, then form, it begins with (at least three characters
     and half the word): kávéval finds the form kávé where its term ká is
     too short. */
  function resolve(shard, w) {
    if (has(shard.forms, w)) return shard.forms[w];
    var len = Array.from(w).length, best = null, bestLen = 0;
    function consider(c, terms) {
      var n = Array.from(c).length;
      if (n >= 3 && n * 2 >= len && w.indexOf(c) === 0 && n > bestLen) { best = terms; bestLen = n; }
    }
    Object.keys(shard.postings).forEach(function (t) { consider(t, [t]); });
    Object.keys(shard.forms).forEach(function (f) { consider(f, shard.forms[f]); });
    return best;
  }

  /* A word without its accents (U+0300 to U+036F), or null where it has
     none: Greek's stemmer takes them off its terms (src/search/analysis.rs,
     strip_marks). */
  function stripMarks(w) {
    var bare = w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
    return bare === w ? null : bare;
  }

  /* An abbreviation of two letters typed with a plural s (tvs: tv), or
     null (analysis.rs, abbreviation_singular). */
  function abbreviationSingular(w) {
    return /^[a-z]{2}s$/.test(w) ? w.slice(0, 2) : null;
  }

  /* Documents holding any of a form's terms (the largest posting list). */
  function documentCount(shard, terms) {
    var n = 0;
    terms.forEach(function (t) { n = Math.max(n, (shard.postings[t] || []).length); });
    return n;
  }

  /* A word's completions: the terms of the forms it begins, other than
     its own, the most frequent first. */
  function completionsOf(shard, w, exact) {
    var terms = [];
    Object.keys(shard.forms).forEach(function (f) {
      if (f.indexOf(w) !== 0 || f === w) return;
      shard.forms[f].forEach(function (term) {
        if (exact.indexOf(term) >= 0 || terms.some(function (x) { return x.t === term; })) return;
        terms.push({ t: term, df: (shard.postings[term] || []).length });
      });
    });
    terms.sort(function (a, b) { return b.df - a.df || cmp(a.t, b.t); });
    return terms.slice(0, COMPLETIONS).map(function (x) { return { shard: shard, term: x.t }; });
  }

  /* Of candidates [form, documents], the one fewest edits from w within
     max, then with the most documents, then the first in order. */
  function closest(a, max, candidates) {
    var best = null;
    candidates.forEach(function (c) {
      var d = typoDistance(a, Array.from(c[0]), max);
      if (d > max) return;
      if (!best || d < best.d || (d === best.d && (c[1] > best.df || (c[1] === best.df && c[0] < best.f)))) best = { d: d, df: c[1], f: c[0] };
    });
    return best ? best.f : null;
  }
  /* The closest form within the typo budget, in the word's shard, then,
     for a typo in its first characters, within one edit, in its near parts
     (engine.rs, suggest). */
  Index.prototype.suggest = async function (m, shard, w) {
    var a = Array.from(w), max = typoBudget(a.length);
    if (max === 0) return null;
    var found = closest(a, max, Object.keys(shard.forms).map(function (f) { return [f, documentCount(shard, shard.forms[f])]; }));
    if (found !== null) return found;
    var self = this, parts = await Promise.all(nearParts(w, m.shards, m.near).map(function (i) { return self.part(m, 'n' + i); }));
    var candidates = [];
    parts.forEach(function (part) { Object.keys(part).forEach(function (f) { candidates.push([f, part[f]]); }); });
    /* One edit only, the one in the first characters (engine.rs). */
    return closest(a, 1, candidates);
  };

  Index.prototype.descendants = function (m, digits) {
    return this.shardFor(m, digits).then(function (shard) {
      var found = Object.keys(shard.codes).filter(function (c) { return c.indexOf(digits) === 0; });
      found.sort(function (a, b) { return a.length - b.length || cmp(a, b); });
      return found.map(function (c) { return shard.codes[c]; });
    });
  };
  Index.prototype.codeExists = function (m, digits) {
    return this.shardFor(m, digits).then(function (shard) { return has(shard.codes, digits); });
  };

  /* A code query: the code and its descendants; a dropped leading zero
     tried; a code that does not exist answered by its nearest ancestor. */
  Index.prototype.rankCode = async function (m, digits) {
    var self = this;
    function hits(docs) { return docs.map(function (d) { return { doc: d, score: 0, tier: 0 }; }); }
    function note(kind, asked, found) { return { kind: kind, asked: asked, found: found }; }
    var base = digits, found;
    if (digits.length % 2 === 1 && !(await self.codeExists(m, digits))) {
      var zero = '0' + digits;
      if (await self.codeExists(m, zero)) return { hits: hits(await self.descendants(m, zero)), note: note('zero', digits, zero) };
      found = await self.descendants(m, digits);
      if (found.length) return { hits: hits(found), note: null };
      found = await self.descendants(m, zero);
      if (found.length) return { hits: hits(found), note: note('zero', digits, zero) };
      base = zero;
    } else {
      found = await self.descendants(m, digits);
      if (found.length) return { hits: hits(found), note: null };
    }
    for (var len = base.length - 1; len >= 2; len--) {
      var ancestor = base.slice(0, len);
      if (await self.codeExists(m, ancestor)) {
        return { hits: hits(await self.descendants(m, ancestor)), note: note('ancestor', base, ancestor) };
      }
    }
    return { hits: [], note: null };
  };

  /* Results for `query`: {hits: [{doc, score, tier}] best first, note}.
     options: prefix (the last word completes), kind, chapter. */
  Index.prototype.rank = async function (query, options) {
    var self = this, opts = options || {};
    var m = await this.manifest();
    /* An entry of another format version (a stale cached page): no
       results rather than wrong ones. */
    if (m.format !== FORMAT) return { m: m, hits: [], note: null };
    /* code_query.rs: CODE_ABBREVIATIONS, CODE_WORDS, CHAPTER_WORDS and
       CHAPTER_SUFFIXES. */
    var q = asciiDigits(query).replace(/\u0130/g, 'i').trim(), c = q.replace(/^((h\. ?s\.|g\.t\.i\.p\.|hs|sh|sa|mã|pct|hts|cn|taric|ahtn|btki|ncm|nc|nandina|hsn|tigie|nico|tec|тн вэд|еаэо сэқ тн|тн сэқ|сэқ тн|gtip|এইচএস)( code| hs| কোড| коды| код)?|code|c[oó]digo|cap[ií]tulo|(sub)?partida|fracci[oó]n( arancelaria)?|(sub)?posição|(tariff )?item|chapter|chapitre|ch\.|(sub)?heading|(sous-)?position|chương|(phân )?nhóm|الفصل|البند|fəsil|fas[ıi]l|pozisyon|глава|группа|(товарная |суб)?позиция|гурӯҳи|бүлэг|kapitol[au]|kapitel|capitol(ul|o)|κεφάλαιο|grupp|ryhmä|kabanata|caibidil|poglavl?je|hoofdstuk|dział|bab|topar|ჯგუფი|فصل|باب|ជំពូក(ទី)?|ໝວດ|အခန်း|அத்தியாயம்|ตอนที่|พิกัด)(?=[\s\d:])[\s:]*/i, '').replace(/(-топ|-guruh|\.? árucsoport| skirsnis|\.? nodaļa| څپرکی)$/i, '');
    var d = c.replace(/\D/g, '');
    if (c !== q && d.length === 1) d = '0' + d; /* chapter 9 */
    if (/^[\d.\s\u066B-]+$/.test(c) && d.length >= 2) {
      var code = await self.rankCode(m, d);
      return { m: m, hits: code.hits, note: code.note };
    }
    var typed = words(q, self.lang), stop = m.stop || [];
    /* Without the little words (a, the, how: src/search/query.rs). */
    var ws = typed.filter(function (w) { return stop.indexOf(w) < 0; });
    if (ws.length === 0) ws = typed;
    if (ws.length === 0) return { m: m, hits: [], note: null };
    var shards = await Promise.all(ws.map(function (w) { return self.shardFor(m, w); }));
    var groups = [], seen = {}, searched = ws.slice(), corrected = false;
    for (var i = 0; i < ws.length; i++) {
      var w = ws[i], shard = shards[i];
      var long = Array.from(w).length >= firstCharacters(w), last = opts.prefix && i === ws.length - 1 && long;
      var t = resolve(shard, w), exact = t === null ? null : { shard: shard, terms: t };
      var begun = t !== null && !has(shard.forms, w);
      var completions = last ? completionsOf(shard, w, exact ? exact.terms : []) : [];
      // The word as readers also write it: Arabic without its article,
      // any word without its accents, an abbreviation without its plural s;
      // each in the shard of that spelling.
      var variants = [stripArticle(w), stripMarks(w), abbreviationSingular(w)];
      for (var v = 0; v < variants.length && !exact && completions.length === 0; v++) {
        if (variants[v] === null) continue;
        var other = await self.shardFor(m, variants[v]);
        var vt = resolve(other, variants[v]);
        if (vt !== null) exact = { shard: other, terms: vt };
      }
      // A word used only with endings (Uzbek qop: qoplarda).
      if (!exact && !completions.length && long) completions = completionsOf(shard, w, []);
      if (!exact && completions.length === 0) {
        var form = await self.suggest(m, shard, w);
        if (form !== null) {
          var home = await self.shardFor(m, form), ft = resolve(home, form);
          if (ft !== null) exact = { shard: home, terms: ft };
          searched[i] = form;
          corrected = true;
        }
      }
      if (completions.length === 0 && exact) {
        var key = exact.terms.join('\n');
        if (seen[key]) continue;
        seen[key] = true;
      }
      groups.push({ exact: exact, completions: completions, w: w, s: searched[i], at: i, begun: begun && !completions.length, shard: shard });
    }
    function kept(group, term, into) {
      (group.shard.postings[term] || []).forEach(function (p) {
        if (opts.kind && m.kinds[p[5]] !== opts.kind) return;
        if (opts.chapter && p[6] !== parseInt(opts.chapter, 10)) return;
        into.set(p[0], p[7]);
      });
    }
    function setOf(g) {
      var es = new Map(), ed = new Map(), cs = new Map(), cd = new Map();
      if (g.exact) {
        g.exact.terms.forEach(function (t) { scoreTerm(m, g.exact.shard.postings[t] || [], es, t !== g.w && g.exact.terms.indexOf(g.w) >= 0 ? 0.5 : 1); kept(g.exact, t, ed); });
      }
      g.completions.forEach(function (c) { scoreTerm(m, c.shard.postings[c.term] || [], cs); kept(c, c.term, cd); });
      var these = new Map();
      cd.forEach(function (level, d) { these.set(d, [cs.get(d), 1, level]); });
      ed.forEach(function (level, d) { these.set(d, [es.get(d), 0, level]); });
      return these;
    }
    var sets = groups.map(setOf);
    function factor(v) { return v[0] * (m.levels[v[2]] ? m.levels[v[2]][0] : 1); }
    /* The documents in every one of the maps, their scores added (query.rs, intersect). */
    function meet(list) {
      var total = new Map();
      if (list.length) list[0].forEach(function (v, d) {
        var s = v[0], t = v[1];
        for (var j = 1; j < list.length; j++) {
          var o = list[j].get(d);
          if (!o) return;
          s += o[0]; t = Math.max(t, o[1]);
        }
        total.set(d, [s, t, v[2]]);
      });
      return total;
    }
    var total = meet(sets);
    /* None: words found as the term they begin with read as typos
       (engine.rs, typos_for_beginnings). */
    if (total.size === 0) {
      var tried = [], retry = sets.slice();
      for (var b = 0; b < groups.length; b++) {
        var g = groups[b], bf = g.begun ? await self.suggest(m, g.shard, g.w) : null;
        var bh = bf === null ? null : await self.shardFor(m, bf), bt = bh && resolve(bh, bf);
        if (!bt) continue;
        g = Object.assign({}, g, { exact: { shard: bh, terms: bt }, completions: [], s: bf, begun: false });
        tried.push([b, g, retry[b] = setOf(g)]);
      }
      var again = tried.length ? meet(retry) : total;
      if (again.size) {
        total = again;
        corrected = true;
        tried.forEach(function (x) { groups[x[0]] = x[1]; sets[x[0]] = x[2]; searched[x[1].at] = x[1].s; });
      }
    }
    var found = corrected ? searched.join(' ') : null;
    /* No document has every word: the most words some have, of those the
       set whose best document scores highest (query.rs, fewer_words). Where
       the language pairs words, two side by side that the index holds as a
       pair are one word, those most documents hold first (phrases.rs, words_of). */
    if (total.size === 0) {
      var held = [], taken = [], joined = [], units = [];
      var pairShards = m.pairs ? await Promise.all(groups.slice(1).map(function (g, i) { return self.shardFor(m, groups[i].s + ' ' + g.s); })) : [];
      pairShards.forEach(function (sh, i) {
        var ph = groups[i].s + ' ' + groups[i + 1].s, c = sh.forms[ph] ? documentCount(sh, sh.forms[ph]) : 0;
        if (c > 0) held.push([c, i]);
      });
      held.sort(function (a, b) { return b[0] - a[0] || a[1] - b[1]; });
      held.forEach(function (h) { var i = h[1]; if (!taken[i] && !taken[i + 1]) taken[i] = taken[i + 1] = joined[i] = true; });
      for (var u = 0; u < groups.length; u += joined[u] ? 2 : 1) units.push(joined[u] ? [u, u + 1] : [u]);
      var unitSets = units.map(function (unit) { return meet(unit.map(function (j) { return sets[j]; })); });
      var n = Math.min(units.length, 8), all = units.map(function (_, j) { return j; });
      for (var size = n - 1; total.size === 0 && size >= 1; size--) {
        var best = null, pick = all.slice(0, size);
        for (;;) {
          var docs = meet(pick.map(function (j) { return unitSets[j]; })), top = -Infinity;
          docs.forEach(function (v) { top = Math.max(top, factor(v)); });
          if (docs.size && (!best || top > best.top)) best = { top: top, pick: pick.slice(), docs: docs };
          var k = size - 1;
          while (k >= 0 && pick[k] === n - size + k) k--;
          if (k < 0) break;
          pick[k]++;
          for (var j = k + 1; j < size; j++) pick[j] = pick[j - 1] + 1;
        }
        if (best) {
          total = best.docs;
          found = best.pick.map(function (j) { return units[j].map(function (g) { return groups[g].s; }).join(' '); }).join(' ');
        }
      }
    }
    /* The words in order as one of a code's search terms and, where the
       language pairs words (m.pairs), each two side by side: that term's
       score added (number_phrase, pairs_words in src/search/vocabulary.rs). */
    var phrases = ws.length > 1 ? [ws.join(' ')] : [];
    for (var p = 0; m.pairs && p + 1 < ws.length; p++) phrases.push(ws[p] + ' ' + ws[p + 1]);
    phrases = phrases.filter(function (ph, i) { return phrases.indexOf(ph) === i; });
    (total.size ? await Promise.all(phrases.map(function (ph) { return self.shardFor(m, ph); })) : []).forEach(function (psh, i) {
      var ph = phrases[i], k = m.pairs && ph.split(' ').length === 2 ? m.pairs : 1, pb = new Map();
      (psh.forms[ph] || []).forEach(function (t) { scoreTerm(m, psh.postings[t] || [], pb, k); });
      pb.forEach(function (s, d) { var v = total.get(d); if (v) v[0] += s; });
    });
    var hits = [];
    total.forEach(function (v, d) { hits.push({ doc: d, score: factor(v), tier: v[1] }); });
    hits.sort(function (a, b) { return a.tier - b.tier || b.score - a.score || a.doc - b.doc; });
    /* The note echoes the reader's words as typed, not as the index
       writes them (Urdu ی and ک, not Arabic ي and ك): engine.rs, as_typed. */
    var surface = {};
    q.split(/\s+/).forEach(function (s) { var n = words(s, self.lang); if (n.length === 1 && !surface[n[0]]) surface[n[0]] = s; });
    var shown = found === null ? null : found.split(' ').map(function (w) { return surface[w] || w; }).join(' ');
    return { m: m, hits: hits, note: found !== null ? { kind: 'typo', asked: q, found: shown } : null };
  };

  /* The top results with their titles, links and snippets. */
  Index.prototype.search = function (query, options) {
    var self = this, limit = (options && options.limit) || 10, offset = (options && options.offset) || 0;
    return this.rank(query, options).then(function (r) {
      var top = r.hits.slice(offset, offset + limit);
      var chunks = [];
      top.forEach(function (h) { var c = Math.floor(h.doc / r.m.chunk); if (chunks.indexOf(c) < 0) chunks.push(c); });
      return Promise.all(chunks.map(function (c) { return self.chunk(r.m, c); })).then(function (data) {
        return {
          total: r.hits.length,
          note: r.note,
          results: top.map(function (h) {
            var row = data[chunks.indexOf(Math.floor(h.doc / r.m.chunk))][h.doc % r.m.chunk];
            var href = self.base + row[0] + (self.offline && /\/$/.test(row[0]) ? 'index.html' : '');
            return { path: row[0], href: href, title: row[1], kind: row[2], text: row[3], rate: row[4] || '',
              score: h.score, tier: h.tier };
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
  /* Text as the index compares it, for highlighting: native digits,
     Arabic letter variants, accents folded, lower case. */
  function norm(w) { return fold(arabic(asciiDigits(w))); }

  /* Whether a word of the text matches a query word: the same after
     normalisation, one beginning the other from three characters (a stem
     or a completion: `coffee` marks `coffees`), or the same without the
     Arabic article. */
  function sameWord(piece, q) {
    if (piece === q) return true;
    if (Array.from(q).length >= 3 && piece.indexOf(q) === 0) return true;
    if (Array.from(piece).length >= 3 && q.indexOf(piece) === 0) return true;
    var p = stripArticle(piece), r = stripArticle(q);
    return (p !== null && (p === q || p === r)) || (r !== null && r === piece);
  }

  /* The query's words as the text is compared with them: normalised, and
     in the unspaced scripts cut into the same segments as the text (Han
     runs are kept whole: their characters and pairs are the index's
     units, and a run is marked where it occurs). */
  function queryWords(query, lang) {
    var out = [];
    query.split(/[\s\u3000]+/).forEach(function (q) {
      q = norm(q).replace(/[^\p{Alphabetic}\p{N}\p{M}]+/gu, '');
      if (!q) return;
      if (UNSPACED.test(q) && !HAN.test(q)) {
        segment(q, lang).split(' ').forEach(function (x) { if (x) out.push(x); });
      } else out.push(q);
    });
    return out;
  }

  /* Ranges [start, end] of `text` (UTF-16 offsets of the original
     characters) that match the query's words, each with the query word's
     position, in order and without overlaps. Spaced scripts compare word
     by word after normalisation; Thai, Lao, Khmer and Burmese runs by
     their segments (a segment that is a query word or begins with one);
     Han runs by each occurrence of a query word. */
  function matches(text, qs, lang) {
    var found = [], at = 0;
    var unspaced = qs.filter(function (q) { return HAN.test(q) || UNSPACED.test(q); });
    /* The non-joiner stays inside a Persian word, as the index reads it. */
    text.split(/([\p{Alphabetic}\p{N}\p{M}\u200C]+)/u).forEach(function (piece, i) {
      if (i % 2 === 1) {
        if ((HAN.test(piece) || UNSPACED.test(piece)) && unspaced.length) {
          matchRun(piece, at, unspaced, qs, lang, found);
        } else {
          var n = norm(piece);
          for (var k = 0; k < qs.length; k++) {
            if (sameWord(n, qs[k])) { found.push([at, at + piece.length, k]); break; }
          }
        }
      }
      at += piece.length;
    });
    found.sort(function (x, y) { return x[0] - y[0] || y[1] - x[1]; });
    var out = [], end = 0;
    found.forEach(function (r) { if (r[0] >= end) { out.push(r); end = r[1]; } });
    return out;
  }

  function matchRun(piece, at, unspaced, qs, lang, found) {
    var lower = piece.toLowerCase();
    var segments = !HAN.test(piece) && typeof Intl !== 'undefined' && Intl.Segmenter;
    if (segments) {
      var pos = 0;
      segment(piece, lang).split(' ').forEach(function (seg) {
        if (!seg) return;
        var start = piece.indexOf(seg, pos);
        if (start < 0) return;
        pos = start + seg.length;
        for (var k = 0; k < unspaced.length; k++) {
          var q = unspaced[k];
          if (seg === q || (Array.from(q).length >= 2 && seg.indexOf(q) === 0)) {
            found.push([at + start, at + pos, qs.indexOf(q)]);
            return;
          }
        }
      });
      return;
    }
    unspaced.forEach(function (q) {
      for (var o = lower.indexOf(q); o >= 0; o = lower.indexOf(q, o + q.length)) found.push([at + o, at + o + q.length, qs.indexOf(q)]);
    });
  }

  /* Escaped text from `from` to `to` with the ranges marked. */
  function marked(text, from, to, ranges) {
    var out = '', pos = from;
    ranges.forEach(function (r) {
      if (r[0] < from || r[1] > to) return;
      out += escapeHtml(text.slice(pos, r[0])) + '<mark>' + escapeHtml(text.slice(r[0], r[1])) + '</mark>';
      pos = r[1];
    });
    return out + escapeHtml(text.slice(pos, to));
  }

  /* Escaped text with the query's words marked. */
  function highlight(text, query, lang) {
    return marked(text, 0, text.length, matches(text, queryWords(query, lang), lang));
  }

  /* Where text may be cut near `at`: the start of the word there (going
     back) or the end of the word there (going forward), unless the word
     is long or the script has no spaces; never inside a surrogate pair or
     before a combining mark. */
  function boundary(text, at, forward) {
    var i = at;
    for (var d = 0; d < 20 && i > 0 && i < text.length; d++) {
      if (forward ? /\s/.test(text[i]) : /\s/.test(text[i - 1])) return i;
      i += forward ? 1 : -1;
    }
    if (i <= 0 || i >= text.length) return i <= 0 ? 0 : text.length;
    i = at;
    while (i > 0 && i < text.length && /[\p{M}\uDC00-\uDFFF]/u.test(text[i])) i += forward ? 1 : -1;
    return i;
  }

  /* The snippet of a result: about `size` characters of its text around
     the words that matched, escaped, the words marked (docs/search.md). */
  function snippet(text, query, lang, size) {
    size = size || 160;
    var ranges = matches(text, queryWords(query, lang), lang);
    var from = 0, to = text.length;
    if (text.length > size) {
      var best = -1, first = 0, last = 0;
      ranges.forEach(function (r) {
        var seen = {}, end = r[1];
        ranges.forEach(function (o) {
          if (o[0] >= r[0] && o[1] <= r[0] + size) { seen[o[2]] = true; end = Math.max(end, o[1]); }
        });
        var n = Object.keys(seen).length;
        if (n > best) { best = n; first = r[0]; last = end; }
      });
      var before = best < 0 ? 0 : Math.floor((size - (last - first)) / 3);
      from = best < 0 ? 0 : boundary(text, Math.max(0, Math.min(first - before, text.length - size)), false);
      to = boundary(text, Math.max(from + size, last), true);
      if (best >= 0 && to > Math.max(from + size, last) + 20) to = Math.max(from + size, last);
    }
    while (to > from && /\s/.test(text[to - 1])) to--;
    while (from < to && /\s/.test(text[from])) from++;
    return (from > 0 ? '… ' : '') + marked(text, from, to, ranges) + (to < text.length ? ' …' : '');
  }

  /* A message of the results: the form's data attribute of that name
     where the theme writes one, else the language's entry's (kb writes
     them there from the Fluent messages, so that pages do not each carry
     them), with %x placeholders filled. */
  function said(form, name) {
    var own = form.getAttribute('data-' + name);
    if (own) return own;
    var m = loaded[form.getAttribute('data-lang') + '/index'];
    return (m && m.messages && m.messages[name]) || '';
  }
  function message(form, name, values) {
    var text = said(form, name);
    Object.keys(values || {}).forEach(function (k) { text = text.split('%' + k).join(values[k]); });
    return text;
  }

  /* The sentence above the results when the answer changed the query. */
  function noteText(form, note) {
    if (!note) return '';
    var name = note.kind === 'typo' ? 'note-typo' : 'note-code';
    return message(form, name, { a: note.asked, f: note.found });
  }

  /* Kind and, for a tariff line, the rate in force. */
  function meta(form, x) {
    var parts = [], label = said(form, 'kind-' + x.kind);
    if (label) parts.push(label);
    if (x.rate) parts.push(message(form, 'rate', { r: x.rate }));
    return escapeHtml(parts.join(' · '));
  }

  /* Wires a search form: the header box is a WAI-ARIA combobox (see
     docs/search.md); the search page lists ten links at a time. */
  function attach(form) {
    var input = form.querySelector('input[name="q"]');
    var list = document.getElementById(form.getAttribute('data-results'));
    var status = document.getElementById(form.getAttribute('data-status'));
    if (!input || !list) return;
    var page = form.hasAttribute('data-page');
    var popup = page ? null : document.getElementById(form.getAttribute('data-popup'));
    var noteEl = document.getElementById(form.getAttribute('data-note'));
    var pager = page ? form.querySelector('.search-pager') : null;
    var index = new Index(form.getAttribute('data-root'), form.getAttribute('data-lang'),
      form.getAttribute('data-offline') === '1');
    var kind = form.querySelector('select[name="kind"]');
    var chapter = form.querySelector('input[name="chapter"]');
    var timer = null, serial = 0, active = -1, results = [], offset = 0, total = 0;
    /* The entry loads at the first sign of a search (pointer, touch,
       focus), so a first query fetches only shards and chunks; a reader
       who never searches never pays for it. */
    var warm = function () { index.manifest(); };
    input.addEventListener('focus', warm);
    form.addEventListener('pointerenter', warm);
    form.addEventListener('touchstart', warm, { passive: true });

    function setActive(i) {
      var options = list.querySelectorAll('[role="option"]');
      active = options.length ? (i + options.length) % options.length : -1;
      Array.prototype.forEach.call(options, function (o, n) { o.setAttribute('aria-selected', n === active ? 'true' : 'false'); });
      if (active >= 0) {
        input.setAttribute('aria-activedescendant', options[active].id);
        if (options[active].scrollIntoView) options[active].scrollIntoView({ block: 'nearest' });
      } else input.removeAttribute('aria-activedescendant');
    }
    function open() {
      if (!popup || !input.value.trim()) return;
      popup.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }
    function close() {
      if (!popup) return;
      popup.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      setActive(-1);
    }
    function go(i) {
      var r = results[i];
      if (r) root.location.href = r.href;
    }
    function render(q, r) {
      results = r.results;
      total = r.total;
      var none = r.total === 0 ? message(form, 'none', { q: q }) : '';
      if (noteEl) {
        /* "No results" is said once: on the search page its status shows
           it; the header's status is for screen readers only. */
        noteEl.textContent = r.total === 0 ? (page ? '' : none) : noteText(form, r.note);
        noteEl.hidden = !noteEl.textContent;
      }
      var idBase = list.id + '-';
      list.innerHTML = results.map(function (x, i) {
        var m = meta(form, x);
        if (page) {
          return '<li><a href="' + escapeHtml(x.href) + '">' + highlight(x.title, q, index.lang) + '</a>' +
            (m ? '<p class="search-meta">' + m + '</p>' : '') + '<p>' + snippet(x.text, q, index.lang, 220) + '</p></li>';
        }
        return '<li role="option" aria-selected="false" id="' + idBase + i + '"><span class="search-title">' +
          highlight(x.title, q, index.lang) + '</span>' + (m ? '<span class="search-meta">' + m + '</span>' : '') +
          '<span class="search-snippet">' + snippet(x.text, q, index.lang, 120) + '</span></li>';
      }).join('');
      list.hidden = results.length === 0;
      if (status) status.textContent = none || (said(form, 'count') + ' ' + r.total);
      active = -1;
      input.removeAttribute('aria-activedescendant');
      if (pager) {
        pager.hidden = r.total <= 10;
        var span = pager.querySelector('.search-range');
        if (span) span.textContent = (offset + 1) + '–' + Math.min(offset + 10, r.total) + ' / ' + r.total;
        pager.querySelector('[data-step="-1"]').disabled = offset === 0;
        pager.querySelector('[data-step="1"]').disabled = offset + 10 >= r.total;
      }
      if (popup) { if (document.activeElement === input) open(); }
    }
    function run(keepOffset) {
      var q = input.value, mine = ++serial;
      if (!keepOffset) offset = 0;
      if (q.trim().length === 0) {
        list.innerHTML = ''; results = []; if (status) status.textContent = '';
        if (noteEl) { noteEl.textContent = ''; noteEl.hidden = true; }
        if (pager) pager.hidden = true;
        close();
        return;
      }
      var ch = chapter && /^\d{2}$/.test(chapter.value) ? chapter.value : '';
      index.search(q, { prefix: true, limit: 10, offset: offset, kind: kind ? kind.value : '', chapter: ch }).then(function (r) {
        if (mine !== serial) return;
        render(q, r);
        if (page && root.history && root.history.replaceState) {
          var params = new URLSearchParams();
          params.set('q', q);
          if (kind && kind.value) params.set('kind', kind.value);
          if (ch) params.set('chapter', ch);
          if (offset) params.set('from', String(offset + 1));
          root.history.replaceState(null, '', '?' + params.toString());
          /* Another language's search page keeps the query. */
          document.querySelectorAll('.lang-switch a').forEach(function (a) { a.search = '?' + params; });
        }
      });
    }
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(function () { run(false); }, 120); });
    if (kind) kind.addEventListener('change', function () { run(false); });
    if (chapter) chapter.addEventListener('input', function () { run(false); });
    if (pager) {
      pager.addEventListener('click', function (e) {
        var step = e.target && e.target.getAttribute && e.target.getAttribute('data-step');
        if (!step) return;
        offset = Math.max(0, offset + 10 * parseInt(step, 10));
        run(true);
        list.focus && list.setAttribute('tabindex', '-1');
        if (list.focus) list.focus();
      });
    }
    input.addEventListener('keydown', function (e) {
      var expanded = popup && !popup.hidden;
      if (e.key === 'Escape') {
        if (expanded) { close(); } else { input.value = ''; run(false); }
        e.preventDefault();
      } else if (popup && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
        if (!expanded) open();
        if (results.length) setActive(active + (e.key === 'ArrowDown' ? 1 : active < 0 ? 0 : -1));
        e.preventDefault();
      } else if (popup && e.key === 'Enter' && expanded && active >= 0) {
        e.preventDefault();
        go(active);
      }
    });
    if (popup) {
      input.addEventListener('focus', function () { if (results.length || (noteEl && noteEl.textContent)) open(); });
      list.addEventListener('click', function (e) {
        var li = e.target && e.target.closest ? e.target.closest('[role="option"]') : null;
        if (li) go(Array.prototype.indexOf.call(list.children, li));
      });
      list.addEventListener('mousedown', function (e) { e.preventDefault(); });
      document.addEventListener('pointerdown', function (e) { if (!form.contains(e.target)) close(); });
      document.addEventListener('focusin', function (e) { if (!form.contains(e.target)) close(); });
    }
    var params = new URLSearchParams(root.location ? root.location.search : '');
    var q = params.get('q');
    if (q && page) {
      input.value = q;
      if (kind && params.get('kind')) kind.value = params.get('kind');
      if (chapter && params.get('chapter')) chapter.value = params.get('chapter');
      var from = parseInt(params.get('from') || '1', 10);
      offset = from > 1 ? Math.floor((from - 1) / 10) * 10 : 0;
      run(true);
    }
  }

  var api = { receive: receive, words: words, shardOf: shardOf, Index: Index, highlight: highlight, snippet: snippet,
    editDistance: editDistance,
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
