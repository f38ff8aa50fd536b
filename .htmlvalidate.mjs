// html-validate's recommended rules for every page in out/, with these exceptions, each for a reason:
const config = {
  extends: ['html-validate:recommended'],
  rules: {
    // React writes void elements self-closed (<meta/>, <img/>) while the Markdown pipeline writes them
    // without the slash (<img>); both are valid HTML syntax, and the mix is not something an author controls.
    'void-style': 'off',
    // React writes some attribute names in camelCase (charSet, dateTime, fetchPriority); HTML attribute
    // names are case-insensitive, so browsers and validators read them as charset, datetime, fetchpriority.
    'attr-case': 'off',
    // React writes boolean attributes as hidden="" and defer="" while the Markdown pipeline writes bare
    // `disabled`; both forms are valid HTML.
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // Labelled lists (aria-label="Tags") are announced with their name by screen readers ("Tags, list, 3
    // items"); the rule's default only allows labels on interactive elements and landmarks.
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
    // Heading ids follow GitHub's slug rules, which keep a leading hyphen where an emoji stood
    // ("🚀 Launch" -> "-launch"); HTML allows any id without spaces, which is what relaxed mode checks.
    'valid-id': ['error', { relaxed: true }],
    // Formulas: KaTeX sizes and places each glyph with inline styles it computes at build time. Authors cannot
    // write inline styles (the sanitizer removes them before KaTeX runs), so only KaTeX's properties are allowed.
    'no-inline-style': [
      'error',
      {
        allowedProperties: [
          'display', 'height', 'width', 'min-width', 'vertical-align', 'top', 'bottom', 'left', 'position',
          'margin', 'margin-top', 'margin-right', 'margin-left', 'padding-left', 'border-width', 'border-style',
          'border-color', 'border-top-width', 'border-right-width', 'border-right-style', 'border-bottom-width',
          'color', 'background-color', 'text-shadow',
        ],
      },
    ],
  },
};

export default config;
