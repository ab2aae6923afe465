// Generated from Templates/ — do not edit. Regenerate with:
//   MUJAZ_UPDATE_THEME=1 swift test --filter DefaultThemeTests

/// The default theme inside the binary, so `mujaz init` and builds without `Templates/` work anywhere.
enum DefaultTheme {
    static let files: [String: String] = [
        "404.mustache": ##"""
{{<layout}}
{{$content}}
<header class="page-header">
  <h1>الصفحة غير موجودة</h1>
</header>
<p>لم نجد هذه الصفحة. ربما نُقلت أو حُذفت.</p>
<p><a href="{{{site.homeURL}}}">العودة إلى الصفحة الرئيسية</a></p>
{{/content}}
{{/layout}}

"""##,
        "article.mustache": ##"""
{{<layout}}
{{$head}}
<meta property="og:type" content="article">
<meta property="og:title" content="{{article.title}}">
<meta property="og:description" content="{{page.description}}">
<meta property="og:url" content="{{{page.url}}}">
<meta property="og:site_name" content="{{site.title}}">
<meta property="og:locale" content="ar_AR">
<meta property="article:published_time" content="{{{article.isoDate}}}">
<script type="application/ld+json">{{{article.jsonLD}}}</script>
{{/head}}
{{$content}}
<article class="article">
  <header class="article-header">
    <h1>{{article.title}}</h1>
    <p class="meta"><time datetime="{{{article.isoDate}}}">{{article.date}}</time> <span aria-hidden="true">·</span> {{article.readingTime}}</p>
  </header>
  {{#article.showsSummary}}<p class="lead">{{{article.summary}}}</p>{{/article.showsSummary}}
  <div class="body">
{{{article.body}}}
  </div>
  {{#article.hasTags}}
  <ul class="tags" aria-label="الوسوم">
    {{#article.tags}}<li>{{.}}</li>{{/article.tags}}
  </ul>
  {{/article.hasTags}}
</article>
{{#article.hasEntities}}
<aside class="entities" aria-labelledby="entities-title">
  <h2 id="entities-title">في هذا الخبر</h2>
  {{#article.entityGroups}}
  <section class="entity-group">
    <h3>{{label}}</h3>
    <ul class="chips">
      {{#entities}}<li><a href="{{{url}}}">{{name}}</a></li>{{/entities}}
    </ul>
  </section>
  {{/article.entityGroups}}
</aside>
{{/article.hasEntities}}
{{#article.hasRelated}}
<section class="related" aria-labelledby="related-title">
  <h2 id="related-title">أخبار ذات صلة</h2>
  <ul class="items compact">
    {{#article.related}}
    <li class="item">
      <h3 class="item-title"><a href="{{{url}}}">{{title}}</a></h3>
      <p class="meta"><time datetime="{{{isoDate}}}">{{date}}</time></p>
    </li>
    {{/article.related}}
  </ul>
</section>
{{/article.hasRelated}}
{{/content}}
{{/layout}}

"""##,
        "briefing.mustache": ##"""
{{<layout}}
{{$content}}
<header class="page-header">
  <p class="kicker">موجز اليوم <span aria-hidden="true">·</span> {{briefing.articleCount}}</p>
  <h1><time datetime="{{{briefing.isoDay}}}">{{briefing.date}}</time></h1>
</header>
{{#hasTopEntities}}
<aside class="day-entities" aria-labelledby="day-entities-title">
  <h2 id="day-entities-title">الأكثر ذكرًا في هذا اليوم</h2>
  <ul class="chips">
    {{#topEntities}}
    {{>partials/counted-entity}}
    {{/topEntities}}
  </ul>
</aside>
{{/hasTopEntities}}
<ul class="items">
  {{#articles}}
  {{>partials/article-item}}
  {{/articles}}
</ul>
{{>partials/pagination}}
{{/content}}
{{/layout}}

"""##,
        "briefings.mustache": ##"""
{{<layout}}
{{$content}}
<header class="page-header">
  <p class="kicker">{{site.title}}</p>
  <h1>موجز كل يوم</h1>
</header>
<ul class="days">
  {{#days}}
  <li><a href="{{{url}}}"><time datetime="{{{isoDay}}}">{{date}}</time></a> <span class="count">{{articleCount}}</span></li>
  {{/days}}
</ul>
{{/content}}
{{/layout}}

"""##,
        "directory.mustache": ##"""
{{<layout}}
{{$content}}
<header class="page-header">
  <p class="kicker">{{site.title}}</p>
  <h1>الأسماء في الأخبار</h1>
</header>
{{#groups}}
<section class="directory-group">
  <h2>{{label}} <span class="count">{{count}}</span></h2>
  <ul class="chips">
    {{#entities}}
    {{>partials/counted-entity}}
    {{/entities}}
  </ul>
</section>
{{/groups}}
{{/content}}
{{/layout}}

"""##,
        "entity.mustache": ##"""
{{<layout}}
{{$head}}
<link rel="alternate" type="application/atom+xml" title="{{entity.name}}" href="{{{entity.feedURL}}}">
{{/head}}
{{$content}}
<header class="page-header">
  <p class="kicker">{{entity.typeLabel}} <span aria-hidden="true">·</span> {{entity.articleCount}}</p>
  <h1>{{entity.name}}</h1>
  <p class="feed-link"><a href="{{{entity.feedURL}}}">تابع أخبار {{entity.name}} عبر الخلاصة</a></p>
</header>
<ul class="items">
  {{#articles}}
  {{>partials/article-item}}
  {{/articles}}
</ul>
{{>partials/pagination}}
{{#hasCoMentioned}}
<aside class="co-mentioned" aria-labelledby="co-mentioned-title">
  <h2 id="co-mentioned-title">يُذكر معه</h2>
  <ul class="chips">
    {{#coMentioned}}
    {{>partials/counted-entity}}
    {{/coMentioned}}
  </ul>
</aside>
{{/hasCoMentioned}}
{{/content}}
{{/layout}}

"""##,
        "index.mustache": ##"""
{{<layout}}
{{$content}}
<header class="page-header">
  <p class="kicker">{{site.description}}</p>
  <h1>آخر الأخبار</h1>
</header>
<ul class="items">
  {{#articles}}
  {{>partials/article-item}}
  {{/articles}}
</ul>
{{>partials/pagination}}
{{/content}}
{{/layout}}

"""##,
        "layout.mustache": ##"""
<!doctype html>
<html lang="{{site.language}}" dir="{{site.direction}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>{{page.title}}</title>
<meta name="description" content="{{page.description}}">
<link rel="canonical" href="{{{page.url}}}">
<link rel="stylesheet" href="{{{site.stylesheetURL}}}">
<link rel="alternate" type="application/atom+xml" title="{{site.title}}" href="{{{site.feedURL}}}">
<script src="{{{site.searchScriptURL}}}" data-index="{{{site.searchIndexURL}}}" defer></script>
{{$head}}{{/head}}
</head>
<body>
<a class="skip-link" href="#main">انتقل إلى المحتوى</a>
{{>partials/header}}
<main id="main" class="container">
{{$content}}{{/content}}
</main>
{{>partials/footer}}
</body>
</html>

"""##,
        "partials/article-item.mustache": ##"""
<li class="item">
  <h2 class="item-title"><a href="{{{url}}}">{{title}}</a></h2>
  <p class="meta"><time datetime="{{{isoDate}}}">{{date}}</time></p>
  <p class="summary">{{{summary}}}</p>
</li>

"""##,
        "partials/counted-entity.mustache": ##"""
<li><a href="{{{url}}}">{{name}}</a> <span class="count">{{count}}</span></li>

"""##,
        "partials/footer.mustache": ##"""
<footer class="site-footer">
  <div class="container">
    <p>{{site.title}} — {{site.description}}</p>
  </div>
</footer>

"""##,
        "partials/header.mustache": ##"""
<header class="site-header">
  <div class="container header-inner">
    <a class="site-title" href="{{{site.homeURL}}}">{{site.title}}</a>
    <nav aria-label="التنقل الرئيسي">
      <ul class="nav">
        <li><a href="{{{site.homeURL}}}">الرئيسية</a></li>
        <li><a href="{{{site.briefingsURL}}}">موجز كل يوم</a></li>
        <li><a href="{{{site.directoryURL}}}">الأسماء</a></li>
        <li><a href="{{{site.feedURL}}}">الخلاصة</a></li>
      </ul>
    </nav>
    <form class="site-search" role="search" action="{{{site.searchURL}}}" method="get">
      <label class="visually-hidden" for="site-search-query">ابحث في الموقع</label>
      <input id="site-search-query" type="search" name="q" placeholder="ابحث…">
      <button type="submit">بحث</button>
    </form>
  </div>
</header>

"""##,
        "partials/pagination.mustache": ##"""
{{#pagination.isPaginated}}
<nav class="pagination" aria-label="الصفحات">
  {{#pagination.hasPrevious}}<a rel="prev" href="{{{pagination.previousURL}}}">→ الأحدث</a>{{/pagination.hasPrevious}}
  <span class="page-number">صفحة {{pagination.current}} من {{pagination.total}}</span>
  {{#pagination.hasNext}}<a rel="next" href="{{{pagination.nextURL}}}">الأقدم ←</a>{{/pagination.hasNext}}
</nav>
{{/pagination.isPaginated}}

"""##,
        "search.js": ##"""
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

"""##,
        "search.mustache": ##"""
{{<layout}}
{{$head}}
<meta name="robots" content="noindex">
{{/head}}
{{$content}}
<header class="page-header">
  <h1 id="search-title">البحث</h1>
</header>
<form class="search-page-form" role="search" action="{{{site.searchURL}}}" method="get" aria-labelledby="search-title">
  <label for="search-query">ابحث في الأخبار والأسماء</label>
  <input id="search-query" type="search" name="q" autocomplete="off">
  <button type="submit">ابحث</button>
</form>
<p id="search-status" class="meta" role="status" aria-live="polite"></p>
<noscript><p>يحتاج البحث إلى تفعيل JavaScript في المتصفح.</p></noscript>
<ol id="search-results" class="items search-results"></ol>
{{/content}}
{{/layout}}

"""##,
        "style.css": ##"""
/* Mujaz default theme: right-to-left Arabic reading, system fonts only, light and dark. */

:root {
  --text: #1b1b1f;
  --muted: #55565c;
  --background: #fbfaf7;
  --surface: #ffffff;
  --border: #e3e0d8;
  --accent: #0b5a9c;
  --accent-hover: #073f6e;
  --chip: #eef3f8;
  --focus: #c25700;
  --reading: "Noto Naskh Arabic", "Geeza Pro", "Amiri", "Arabic Typesetting", "Traditional Arabic", "Times New Roman", serif;
  --interface: "Noto Sans Arabic", "Segoe UI", "SF Arabic", "Geeza Pro", "Tahoma", "DejaVu Sans", sans-serif;
  color-scheme: light dark;
}

@media (prefers-color-scheme: dark) {
  :root {
    --text: #e9e7e2;
    --muted: #b2b0aa;
    --background: #131416;
    --surface: #1b1c1f;
    --border: #33353a;
    --accent: #8cc7ff;
    --accent-hover: #b9dcff;
    --chip: #22303d;
    --focus: #ffb366;
  }
}

*, *::before, *::after { box-sizing: border-box; }

html {
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}

body {
  margin: 0;
  background: var(--background);
  color: var(--text);
  font-family: var(--interface);
  font-size: 1.0625rem;
  line-height: 1.8;
}

.container {
  max-width: 46rem;
  margin-inline: auto;
  padding-inline: 1.25rem;
}

a { color: var(--accent); text-underline-offset: 0.3em; }
a:hover { color: var(--accent-hover); }
a:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 2px; }

.skip-link {
  position: absolute;
  inset-inline-start: 1rem;
  top: -3rem;
  background: var(--surface);
  padding: 0.5rem 1rem;
  z-index: 10;
}
.skip-link:focus { top: 1rem; }

/* Header and footer */
.site-header {
  border-block-end: 1px solid var(--border);
  background: var(--surface);
}
.header-inner {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: 0.5rem 1.5rem;
  padding-block: 0.9rem;
}
.site-title {
  font-size: 1.5rem;
  font-weight: 700;
  color: var(--text);
  text-decoration: none;
}
.nav {
  display: flex;
  flex-wrap: wrap;
  gap: 0.25rem 1.25rem;
  margin: 0;
  padding: 0;
  list-style: none;
}
.nav a { text-decoration: none; font-weight: 600; }
.nav a:hover { text-decoration: underline; }

/* Search: the header box and the search page */
.visually-hidden {
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
.site-search, .search-page-form { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; }
.site-search input, .search-page-form input, .site-search button, .search-page-form button {
  font: inherit;
  padding: 0.3rem 0.6rem;
  border: 1px solid var(--border);
  border-radius: 4px;
  background: var(--surface);
  color: var(--text);
}
.search-page-form label { flex-basis: 100%; font-weight: 600; }
.search-page-form input { flex: 1 1 16rem; }
.site-search input:focus-visible, .search-page-form input:focus-visible,
.site-search button:focus-visible, .search-page-form button:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
.search-results mark { background: var(--chip); color: inherit; font-weight: 700; }
.result-kind { color: var(--muted); font-size: 0.95rem; }

.site-footer {
  margin-block-start: 4rem;
  padding-block: 2rem;
  border-block-start: 1px solid var(--border);
  color: var(--muted);
  font-size: 0.95rem;
}

/* Headings and page headers */
h1, h2, h3 { line-height: 1.45; font-weight: 700; }
h1 { font-size: clamp(1.75rem, 1.3rem + 2vw, 2.4rem); margin-block: 0.4rem 0.8rem; }
h2 { font-size: 1.35rem; margin-block: 2.2rem 0.8rem; }
h3 { font-size: 1.1rem; margin-block: 1.2rem 0.5rem; }

.page-header, .article-header {
  padding-block: 2rem 1rem;
  border-block-end: 1px solid var(--border);
  margin-block-end: 1.5rem;
}
.kicker, .meta, .count, .feed-link { color: var(--muted); font-size: 0.95rem; }
.kicker { margin: 0; font-weight: 600; }
.meta { margin: 0; }

/* Article lists */
.items { list-style: none; margin: 0; padding: 0; }
.item { padding-block: 1.1rem; border-block-end: 1px solid var(--border); }
.item-title { font-size: 1.25rem; margin: 0 0 0.25rem; }
.item-title a { color: var(--text); text-decoration: none; }
.item-title a:hover { color: var(--accent); text-decoration: underline; }
.summary { margin: 0.4rem 0 0; font-family: var(--reading); font-size: 1.1rem; line-height: 1.9; }
.items.compact .item { padding-block: 0.7rem; }
.items.compact .item-title { font-size: 1.05rem; }

/* Article page */
.lead {
  font-family: var(--reading);
  font-size: 1.25rem;
  line-height: 1.9;
  color: var(--text);
  padding-inline-start: 1rem;
  border-inline-start: 4px solid var(--accent);
}
.body {
  font-family: var(--reading);
  font-size: 1.2rem;
  line-height: 2;
  overflow-wrap: break-word;
}
.body p { margin-block: 0 1.2em; }
.body img { max-width: 100%; height: auto; }
.body blockquote {
  margin-inline: 0;
  padding-inline-start: 1rem;
  border-inline-start: 3px solid var(--border);
  color: var(--muted);
}
.body table { border-collapse: collapse; display: block; overflow-x: auto; }
.body th, .body td { border: 1px solid var(--border); padding: 0.35rem 0.7rem; text-align: start; }
.body pre { overflow-x: auto; direction: ltr; text-align: left; background: var(--surface); padding: 0.8rem; }

/* Entity chips, tags and directories */
.chips, .tags {
  display: flex;
  flex-wrap: wrap;
  gap: 0.5rem;
  list-style: none;
  margin: 0;
  padding: 0;
}
.chips li, .tags li {
  background: var(--chip);
  border-radius: 999px;
  padding: 0.2rem 0.85rem;
}
.chips a { text-decoration: none; font-weight: 600; }
.chips a:hover { text-decoration: underline; }
.entities, .related, .co-mentioned, .day-entities {
  margin-block-start: 2.5rem;
  padding: 0.5rem 1.25rem 1.25rem;
  background: var(--surface);
  border: 1px solid var(--border);
  border-radius: 0.75rem;
}
.entities h2, .related h2, .co-mentioned h2, .day-entities h2 { margin-block-start: 0.8rem; }
.directory-group { margin-block-end: 2rem; }

.days { list-style: none; margin: 0; padding: 0; }
.days li { padding-block: 0.6rem; border-block-end: 1px solid var(--border); }
.days a { font-weight: 600; }

/* Pagination */
.pagination {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: 1rem;
  margin-block: 2rem;
}
.pagination a {
  padding: 0.45rem 1rem;
  border: 1px solid var(--border);
  border-radius: 0.5rem;
  background: var(--surface);
  text-decoration: none;
  font-weight: 600;
}
.page-number { color: var(--muted); }

@media (max-width: 32rem) {
  body { font-size: 1rem; }
  .body { font-size: 1.125rem; }
  .header-inner { flex-direction: column; align-items: flex-start; }
}

@media print {
  .site-header nav, .site-search, .pagination, .skip-link { display: none; }
}

"""##,
    ]
}
