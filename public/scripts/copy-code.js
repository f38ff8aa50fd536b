// Adds a "Copy" button to each code block of a post. Without this script the code is still selectable.
(function () {
  // The words, in the site's language, from the script element (components/enhancement-script.tsx).
  var strings = JSON.parse(document.currentScript.dataset.strings);
  if (!navigator.clipboard) return;
  document.querySelectorAll('.prose pre').forEach(function (pre) {
    var code = pre.querySelector('code');
    if (!code) return;
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-code';
    button.textContent = strings.copy;
    button.setAttribute('aria-label', strings.label);
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(code.innerText).then(
        function () {
          button.textContent = strings.copied;
          setTimeout(function () {
            button.textContent = strings.copy;
          }, 2000);
        },
        function () {
          button.textContent = strings.failed;
        },
      );
    });
    pre.classList.add('has-copy-button');
    pre.appendChild(button);
  });
})();
