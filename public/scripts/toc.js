// The table of contents (components/table-of-contents.tsx): from 1280 px, where it is a column beside the post,
// keeps its <details> open (CSS already shows the list; this makes its state say so), and at every width marks
// the link of the section being read with aria-current. Without this script the list and its links work the same.
(function () {
  var nav = document.querySelector('.toc');
  if (!nav) return;
  var details = nav.querySelector('details');
  var summary = nav.querySelector('summary');
  var links = Array.prototype.slice.call(nav.querySelectorAll('a[href^="#"]'));
  var targets = links.map(function (link) {
    return document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
  });
  var wide = window.matchMedia('(min-width: 80rem)');

  function layout() {
    details.open = wide.matches;
    // There the summary is only a label: keep it out of the tab order.
    if (wide.matches) summary.setAttribute('tabindex', '-1');
    else summary.removeAttribute('tabindex');
  }

  var current = -1;
  function mark() {
    // The current section is the last one whose heading has passed the upper quarter of the window.
    var line = window.innerHeight / 4;
    var index = -1;
    for (var i = 0; i < targets.length; i++) {
      if (targets[i] && targets[i].getBoundingClientRect().top <= line) index = i;
    }
    if (index === current) return;
    if (current >= 0) links[current].removeAttribute('aria-current');
    current = index;
    if (index < 0) return;
    var link = links[index];
    link.setAttribute('aria-current', 'true');
    // Keep the marked link in sight when the column scrolls on its own (the page does not move).
    if (nav.scrollHeight > nav.clientHeight) {
      var top = link.offsetTop;
      if (top < nav.scrollTop || top + link.offsetHeight > nav.scrollTop + nav.clientHeight) nav.scrollTop = top - nav.clientHeight / 2;
    }
  }

  var queued = false;
  function onScroll() {
    if (queued) return;
    queued = true;
    requestAnimationFrame(function () {
      queued = false;
      mark();
    });
  }

  layout();
  wide.addEventListener('change', layout);
  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('resize', onScroll, { passive: true });
  mark();
})();
