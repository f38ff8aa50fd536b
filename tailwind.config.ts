import typography from '@tailwindcss/typography';
import type { Config } from 'tailwindcss';
import colors from 'tailwindcss/colors';

// Loaded from app/globals.css with @config. Tailwind 4 finds the class names in app/ and components/ itself.
// The dark: variant is defined there too (@custom-variant): the system's theme unless the reader chose one.
const config = {
  theme: {
    extend: {
      colors: {
        // The one accent of the site; every link and highlight uses its 700 (light) and 300 (dark) shades,
        // which keep WCAG AA contrast on the page backgrounds.
        accent: colors.teal,
      },
      fontFamily: {
        // System fonts: nothing to download, no layout shift while a web font loads.
        sans: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Helvetica Neue"', 'Arial', 'sans-serif'],
        serif: ['Charter', '"Bitstream Charter"', '"Sitka Text"', 'Cambria', 'Georgia', 'serif'],
        mono: ['ui-monospace', 'SFMono-Regular', 'Menlo', 'Consolas', '"Liberation Mono"', 'monospace'],
      },
      maxWidth: { measure: '42rem' },
      typography: {
        DEFAULT: {
          css: {
            // Inline code reads as code without the typography plugin's added backticks.
            'code::before': { content: 'none' },
            'code::after': { content: 'none' },
            code: { fontWeight: '500' },
            a: { textUnderlineOffset: '3px' },
          },
        },
      },
    },
  },
  plugins: [typography],
} satisfies Config;

export default config;
