// Shows the "Show comments" button (components/comments.tsx) and, only when it is clicked, adds giscus's script
// with the attributes the page carries, in the site's current theme; then keeps giscus's theme in step with it.
(function () {
  var section = document.querySelector('[data-comments]');
  var button = section && section.querySelector('[data-comments-show]');
  if (!button) return;
  var config = JSON.parse(section.getAttribute('data-comments'));
  var origin = new URL(config.src).origin;
  var root = document.documentElement;
  var systemDark = matchMedia('(prefers-color-scheme: dark)');
  function theme() {
    var scheme = root.dataset.theme || (systemDark.matches ? 'dark' : 'light');
    return config.themes[scheme];
  }
  function syncTheme() {
    var frame = section.querySelector('iframe.giscus-frame');
    if (frame) frame.contentWindow.postMessage({ giscus: { setConfig: { theme: theme() } } }, origin);
  }
  button.hidden = false;
  button.addEventListener('click', function () {
    var script = document.createElement('script');
    // An added script runs as soon as it loads (async) without asking.
    script.src = config.src;
    script.crossOrigin = 'anonymous';
    Object.keys(config.attributes).forEach(function (name) {
      script.setAttribute(name, config.attributes[name]);
    });
    script.setAttribute('data-theme', theme());
    section.appendChild(script);
    button.hidden = true;
    // The button is gone: keep keyboard focus where the comments appear.
    section.querySelector('.giscus').focus();
    new MutationObserver(syncTheme).observe(root, { attributes: true, attributeFilter: ['data-theme'] });
    systemDark.addEventListener('change', syncTheme);
  });
})();
