// Full-text search on /search/ with Pagefind's index (built at the end of `npm run build`). The form
// works without this script: it submits ?q= back to this page, which then shows the results.
(function () {
  // The words, in the site's language, from the script element (components/enhancement-script.tsx).
  var strings = JSON.parse(document.currentScript.dataset.strings);
  var plural = new Intl.PluralRules(document.documentElement.lang);
  var form = document.querySelector('[data-search-form]');
  var input = form && form.querySelector('input[name="q"]');
  var status = document.querySelector('[data-search-status]');
  var list = document.querySelector('[data-search-results]');
  if (!form || !input || !status || !list) return;
  // Pagefind's bundle beside this script's folder, so that a site under a sub-path (/my-blog/scripts/search.js)
  // loads /my-blog/pagefind/pagefind.js.
  var bundle = new URL('../pagefind/pagefind.js', (document.currentScript && document.currentScript.src) || location.href).href;
  var pagefind;
  var latest = 0;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  // Pagefind's excerpt is escaped page text with matches in <mark>: keep the text and the marks, nothing else.
  function highlighted(excerpt) {
    var parsed = document.createElement('template');
    parsed.innerHTML = excerpt;
    var out = document.createDocumentFragment();
    parsed.content.childNodes.forEach(function (node) {
      out.appendChild(node.nodeName === 'MARK' ? el('mark', null, node.textContent) : document.createTextNode(node.textContent));
    });
    return out;
  }

  function render(results, query) {
    list.textContent = '';
    var forms = strings.results;
    var message = results.length === 0 ? strings.none : forms[plural.select(results.length)] || forms.other;
    status.textContent = message.replace('#', results.length.toLocaleString(document.documentElement.lang)).replace('{q}', function () { return query; });
    results.forEach(function (result) {
      var item = el('li', 'search-result');
      var heading = el('h2');
      var link = el('a', null, result.meta.title || result.url);
      link.href = result.url;
      heading.appendChild(link);
      item.appendChild(heading);
      if (result.meta.date) item.appendChild(el('p', 'search-meta', result.meta.date));
      var excerpt = el('p', 'search-excerpt');
      excerpt.appendChild(highlighted(result.excerpt));
      item.appendChild(excerpt);
      var tags = (result.filters && result.filters.tag) || [];
      if (tags.length) item.appendChild(el('p', 'search-tags', tags.map(function (t) { return '#' + t; }).join('  ')));
      list.appendChild(item);
    });
  }

  function search(query) {
    var run = ++latest;
    if (!query.trim()) {
      list.textContent = '';
      status.textContent = '';
      return;
    }
    status.textContent = strings.searching;
    (pagefind ? Promise.resolve(pagefind) : import(bundle).then(function (module) { pagefind = module; return module; }))
      .then(function (module) { return module.search(query); })
      .then(function (response) { return Promise.all(response.results.slice(0, 20).map(function (r) { return r.data(); })); })
      .then(function (results) { if (run === latest) render(results, query); })
      .catch(function () { if (run === latest) status.textContent = strings.unavailable; });
  }

  var initial = new URLSearchParams(location.search).get('q') || '';
  input.value = initial;
  search(initial);
  var timer;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var url = new URL(location.href);
      if (input.value) url.searchParams.set('q', input.value);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
      search(input.value);
    }, 150);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    search(input.value);
  });
})();
