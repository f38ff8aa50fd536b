// Adds a "Copy" button to each code block of a post. Without this script the code is still selectable.
(function () {
  if (!navigator.clipboard) return;
  document.querySelectorAll('.prose pre').forEach(function (pre) {
    var code = pre.querySelector('code');
    if (!code) return;
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-code';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', 'Copy code to clipboard');
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(code.innerText).then(
        function () {
          button.textContent = 'Copied';
          setTimeout(function () {
            button.textContent = 'Copy';
          }, 2000);
        },
        function () {
          button.textContent = 'Press Ctrl+C';
        },
      );
    });
    pre.classList.add('has-copy-button');
    pre.appendChild(button);
  });
})();
