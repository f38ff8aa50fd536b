// Shows the theme switch, marks the current choice, applies and keeps a new one (read back by the inline
// script in <head>, components/theme-switch.tsx).
(function () {
  var root = document.documentElement;
  var buttons = document.querySelectorAll('[data-theme-choice]');
  function mark(choice) {
    buttons.forEach(function (b) {
      b.setAttribute('aria-pressed', b.dataset.themeChoice === choice);
    });
  }
  buttons.forEach(function (b) {
    b.addEventListener('click', function () {
      var choice = b.dataset.themeChoice;
      if (choice === 'system') delete root.dataset.theme;
      else root.dataset.theme = choice;
      try {
        localStorage.setItem('theme', choice);
      } catch {}
      mark(choice);
    });
  });
  mark(root.dataset.theme || 'system');
  document.querySelector('[data-theme-switch]').classList.remove('invisible');
})();
