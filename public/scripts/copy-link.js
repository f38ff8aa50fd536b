// Shows the "Copy link" share button, which stays invisible without JavaScript, and copies the page's
// canonical URL with the Clipboard API; data-copied shows a check for a moment.
(function () {
  // The words, in the site's language, from the script element (components/enhancement-script.tsx).
  var strings = JSON.parse(document.currentScript.dataset.strings);
  if (!navigator.clipboard) return;
  document.querySelectorAll('[data-copy-link]').forEach(function (button) {
    var label = button.querySelector('[data-copy-link-label]') || button;
    var idle = label.textContent;
    button.classList.remove('invisible');
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(button.getAttribute('data-copy-link')).then(
        function () {
          label.textContent = strings.copied;
          button.setAttribute('data-copied', '');
          setTimeout(function () {
            label.textContent = idle;
            button.removeAttribute('data-copied');
          }, 2000);
        },
        function () {
          label.textContent = strings.failed;
        },
      );
    });
  });
})();
