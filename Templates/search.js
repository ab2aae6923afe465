// Mujaz search: folds the query exactly as the build folds articles (SearchTerms.swift, MatchingKey.swift,
// Clitics.swift; the shared vectors of Tests/SiteBuilderTests/Search/fold-vectors.json prove it), fetches only the
// index shards of its terms and ranks in the browser. Every page gets window.mujazSearch(query); the search page
// also shows the results. See docs/search.md.
(function () {
  'use strict';

  // ---- Folding: a port of SearchTerms.terms(of:), line for line.
  var WAW = 0x648, FAA = 0x641, BAA = 0x628, LAM = 0x644, KAF = 0x643, PERSIAN_KAF = 0x6A9, ALEF = 0x627;
  var SHORTEST_ALTERNATIVE_STEM = 3;
  var WORD = /[\p{L}\p{M}\p{N}]+/gu;

  // MatchingKey.foldedValue: -1 when the key drops the scalar.
  function foldedValue(v) {
    if ((v >= 0x64B && v <= 0x652) || v === 0x670 || v === 0x640) return -1;
    if (v === 0x622 || v === 0x623 || v === 0x625 || v === 0x671) return ALEF;
    if (v === 0x649 || v === 0x6CC) return 0x64A;
    if (v === 0x6A9) return KAF;
    if (v === 0x629) return 0x647;
    if (v >= 0x660 && v <= 0x669) return v - 0x660 + 0x30;
    if (v >= 0x6F0 && v <= 0x6F9) return v - 0x6F0 + 0x30;
    if ((v >= 0x200B && v <= 0x200F) || v === 0xFEFF) return -1;
    return v;
  }

  // MatchingKey.of for one word (a word holds no whitespace).
  function matchingKey(word) {
    var out = '';
    for (var ch of word.normalize('NFC')) {
      var folded = foldedValue(ch.codePointAt(0));
      if (folded >= 0) out += String.fromCodePoint(folded);
    }
    return out.toLowerCase();
  }

  function isPlainArabicLetter(v) {
    return (v >= 0x621 && v <= 0x63A) || (v >= 0x641 && v <= 0x64A);
  }

  function isHamzaAlef(v) {
    return v === 0x623 || v === 0x625 || v === 0x622;
  }

  // Clitics.candidateSplits on the code points of a key: [{stem, proven}], the whole word first.
  function readings(letters) {
    var first = letters[0];
    if (!(first === WAW || first === FAA || first === BAA || first === LAM || first === KAF || first === PERSIAN_KAF || first === ALEF)) {
      return [{ stem: letters, proven: false }];
    }
    function at(position) { return position < letters.length ? letters[position] : -1; }
    var hasConjunction = at(0) === WAW || at(0) === FAA;
    var result = [];
    for (var conjunction = 0; conjunction <= (hasConjunction ? 1 : 0); conjunction++) {
      var preposition = at(conjunction);
      var hasPreposition = preposition === BAA || preposition === LAM || preposition === KAF || preposition === PERSIAN_KAF;
      for (var prepositionLength = 0; prepositionLength <= (hasPreposition ? 1 : 0); prepositionLength++) {
        var articleStart = conjunction + prepositionLength;
        var articleLength = 0;
        if (at(articleStart) === ALEF && at(articleStart + 1) === LAM && (preposition !== LAM || prepositionLength === 0)) {
          articleLength = 2;
        } else if (prepositionLength === 1 && preposition === LAM && at(articleStart) === LAM) {
          articleLength = 1;
        }
        // As in Clitics.swift, the stem starts after the article even when a too short stem drops it below.
        var stemStart = articleStart + articleLength;
        var stemLength = letters.length - stemStart;
        var cliticLength = conjunction + prepositionLength;
        if (articleLength > 0 && stemLength < (cliticLength > 0 ? 3 : 2)) articleLength = 0;
        var remaining = letters.length - cliticLength - articleLength;
        if (!(cliticLength === 0 || remaining >= 2)) continue;
        var beforeHamza = prepositionLength === 0 && isHamzaAlef(at(articleStart));
        result.push({
          stem: letters.slice(stemStart),
          proven: cliticLength > 0 && (articleLength > 0 || beforeHamza)
        });
      }
    }
    return result;
  }

  // Clitics.split without lexicons: the most stripped reading the spelling proves, else the whole word.
  function provenStem(candidates) {
    for (var index = candidates.length - 1; index >= 1; index--) {
      if (candidates[index].proven) return candidates[index].stem;
    }
    return candidates[0].stem;
  }

  function termsOf(word) {
    var key = matchingKey(word);
    if (key === '') return [];
    var letters = Array.from(key, function (ch) { return ch.codePointAt(0); });
    if (!letters.every(isPlainArabicLetter)) return [key];
    var candidates = readings(letters);
    var proven = provenStem(candidates);
    var terms = [String.fromCodePoint.apply(null, proven)];
    candidates.forEach(function (candidate) {
      var stem = String.fromCodePoint.apply(null, candidate.stem);
      if (candidate.stem.length < proven.length && candidate.stem.length >= SHORTEST_ALTERNATIVE_STEM && terms.indexOf(stem) < 0) {
        terms.push(stem);
      }
    });
    return terms;
  }

  // SearchTerms.fold: the terms of each word, the proven stem first.
  function fold(text) {
    var words = String(text).match(WORD) || [];
    return words.map(termsOf).filter(function (terms) { return terms.length > 0; });
  }

  // ---- Searching an index whose files `load(path)` gives (a Promise of the parsed JSON of `index.json`,
  // `t/N.json`…), each file loaded once.
  var ARTICLE_RESULTS = 20;
  var ENTITY_RESULTS = 3;
  var PRIMARY_WEIGHT = 1;
  var ALTERNATIVE_WEIGHT = 0.75;

  function searcher(load) {
    var fetched = {};

    function getJSON(path) {
      if (!fetched[path]) {
        fetched[path] = load(path);
        fetched[path].catch(function () { delete fetched[path]; });
      }
      return fetched[path];
    }

    var shardByPrefix = null;
    function manifest() {
      return getJSON('index.json').then(function (index) {
        if (!shardByPrefix) {
          shardByPrefix = new Map();
          index.shards.forEach(function (prefix, number) { shardByPrefix.set(prefix, number); });
        }
        return index;
      });
    }

    // The shard of the longest listed prefix of `term`, or -1 when no term of the index starts like it.
    function shardOf(term) {
      var letters = Array.from(term);
      for (var length = Math.min(letters.length, 4); length >= 1; length--) {
        var number = shardByPrefix.get(letters.slice(0, length).join(''));
        if (number !== undefined) return number;
      }
      return -1;
    }

    function fieldScore(mask) {
      return (mask & 4 ? 4 : 0) + (mask & 2 ? 3 : 0) + (mask & 9 ? 1 : 0);
    }

    // Ranks articles by query words matched, then by field score (title 4, entity 3, summary or body 1; alternative
    // stems count less), then newest first (ids are in date order); entities named by every query word first.
    function rank(words, shards) {
      var articles = new Map();
      var entitySets = [];
      words.forEach(function (terms) {
        var best = new Map();
        var entities = new Set();
        terms.forEach(function (term, position) {
          var shard = shards.get(shardOf(term));
          if (!shard) return;
          var weight = position === 0 ? PRIMARY_WEIGHT : ALTERNATIVE_WEIGHT;
          var postings = Object.prototype.hasOwnProperty.call(shard.a, term) ? shard.a[term] : [];
          for (var index = 0, id = 0; index < postings.length; index += 2) {
            id += postings[index];
            var score = weight * fieldScore(postings[index + 1]);
            if (!(best.get(id) >= score)) best.set(id, score);
          }
          (Object.prototype.hasOwnProperty.call(shard.e, term) ? shard.e[term] : []).forEach(function (entity) { entities.add(entity); });
        });
        best.forEach(function (score, id) {
          var entry = articles.get(id) || { id: id, words: 0, score: 0 };
          entry.words += 1;
          entry.score += score;
          articles.set(id, entry);
        });
        entitySets.push(entities);
      });
      var ranked = Array.from(articles.values()).sort(function (a, b) {
        return b.words - a.words || b.score - a.score || a.id - b.id;
      });
      var named = entitySets.length ? Array.from(entitySets[0]).filter(function (entity) {
        return entitySets.every(function (set) { return set.has(entity); });
      }) : [];
      return { articles: ranked, entities: named };
    }

    function chunks(ids, size, folder) {
      var numbers = Array.from(new Set(ids.map(function (id) { return Math.floor(id / size); })));
      return Promise.all(numbers.map(function (number) { return getJSON(folder + number + '.json'); })).then(function (lists) {
        var records = new Map();
        numbers.forEach(function (number, index) {
          lists[index].forEach(function (record, offset) { records.set(number * size + offset, record); });
        });
        return records;
      });
    }

    // Full results: {words, entities: [{url, title, typeLabel, articleCount}], articles: [{url, title, isoDay, date, summary}]}.
    function search(query) {
      var seen = new Set();
      var words = fold(query).filter(function (terms) {
        var key = terms.join(' ');
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      }).slice(0, 10);
      if (!words.length) return Promise.resolve({ words: words, entities: [], articles: [] });
      return manifest().then(function (index) {
        var numbers = new Set();
        words.forEach(function (terms) {
          terms.forEach(function (term) { var number = shardOf(term); if (number >= 0) numbers.add(number); });
        });
        var list = Array.from(numbers);
        return Promise.all(list.map(function (number) { return getJSON('t/' + number + '.json'); })).then(function (loaded) {
          var shards = new Map();
          list.forEach(function (number, position) { shards.set(number, loaded[position]); });
          var ranked = rank(words, shards);
          var articleIDs = ranked.articles.slice(0, ARTICLE_RESULTS).map(function (entry) { return entry.id; });
          return Promise.all([
            chunks(articleIDs, index.articleChunk, 'd/'),
            chunks(ranked.entities, index.entityChunk, 'e/')
          ]).then(function (records) {
            var entities = ranked.entities.map(function (id) {
              var record = records[1].get(id);
              return { url: record[2], title: record[0], typeLabel: record[1], articleCount: record[3], words: record[4] };
            }).sort(function (a, b) {
              // A name with no word beyond the query's first (غزة before قطاع غزة), then the most covered.
              return (a.words - words.length) - (b.words - words.length) || b.articleCount - a.articleCount;
            }).slice(0, ENTITY_RESULTS);
            var articles = articleIDs.map(function (id) {
              var record = records[0].get(id);
              return { url: record[0], title: record[1], isoDay: record[2], date: record[3], summary: record[4] };
            });
            return { words: words, entities: entities, articles: articles };
          });
        });
      });
    }

    // [{url, title}], best first: the entities, then the articles.
    function bestFirst(query) {
      return search(query).then(function (results) {
        return results.entities.concat(results.articles).map(function (result) {
          return { url: result.url, title: result.title };
        });
      });
    }

    return { search: search, bestFirst: bestFirst };
  }

  if (typeof module === 'object' && module.exports) {
    module.exports = { fold: fold, searcher: searcher };
    return;
  }

  // ---- In the browser: the index is fetched by root-relative URLs, from this script's data-index.
  var script = document.currentScript;
  var indexRoot = (script && script.dataset.index) || '/search/data/';
  var site = searcher(function (path) {
    return fetch(indexRoot + path).then(function (response) {
      if (!response.ok) throw new Error(path + ': HTTP ' + response.status);
      return response.json();
    });
  });
  var search = site.search;
  window.mujazSearch = site.bestFirst;

  // ---- The search page.
  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // The summary as text nodes, with <mark> around each word that folds to a query term.
  function highlighted(text, terms) {
    var paragraph = element('p', 'summary');
    var last = 0;
    text.replace(WORD, function (word, offset) {
      var matches = termsOf(word).some(function (term) { return terms.has(term); });
      if (!matches) return word;
      paragraph.appendChild(document.createTextNode(text.slice(last, offset)));
      paragraph.appendChild(element('mark', '', word));
      last = offset + word.length;
      return word;
    });
    paragraph.appendChild(document.createTextNode(text.slice(last)));
    return paragraph;
  }

  function resultItem(url, title, meta, summary) {
    var item = element('li', 'item');
    var heading = element('h2', 'item-title');
    var link = element('a', '', title);
    link.href = url;
    heading.appendChild(link);
    item.appendChild(heading);
    item.appendChild(meta);
    if (summary) item.appendChild(summary);
    return item;
  }

  function show(query, list, status) {
    list.textContent = '';
    if (!query.trim()) { status.textContent = ''; return; }
    status.textContent = 'جارٍ البحث…';
    search(query).then(function (results) {
      var terms = new Set();
      results.words.forEach(function (word) { word.forEach(function (term) { terms.add(term); }); });
      results.entities.forEach(function (entity) {
        var meta = element('p', 'meta');
        meta.appendChild(element('span', 'result-kind', entity.typeLabel));
        list.appendChild(resultItem(entity.url, entity.title, meta, null));
      });
      results.articles.forEach(function (article) {
        var meta = element('p', 'meta');
        var time = element('time', '', article.date);
        time.setAttribute('datetime', article.isoDay);
        meta.appendChild(time);
        list.appendChild(resultItem(article.url, article.title, meta, highlighted(article.summary, terms)));
      });
      var count = results.entities.length + results.articles.length;
      status.textContent = count ? 'النتائج: ' + count + ' لـ «' + query + '»' : 'لا نتائج لـ «' + query + '»';
    }).catch(function () {
      status.textContent = 'تعذّر تحميل فهرس البحث.';
    });
  }

  function startSearchPage() {
    var list = document.getElementById('search-results');
    var input = document.getElementById('search-query');
    var status = document.getElementById('search-status');
    if (!list || !input || !status) return;
    var query = new URLSearchParams(window.location.search).get('q') || '';
    input.value = query;
    show(query, list, status);
    input.form.addEventListener('submit', function (event) {
      event.preventDefault();
      var url = new URL(window.location.href);
      url.searchParams.set('q', input.value);
      window.history.replaceState(null, '', url);
      show(input.value, list, status);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', startSearchPage);
  } else {
    startSearchPage();
  }
})();
