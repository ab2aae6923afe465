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
  .site-header nav, .pagination, .skip-link { display: none; }
}

"""##,
    ]
}
