import typography from '@tailwindcss/typography';
import type { Config } from 'tailwindcss';

// Loaded from app/globals.css with @config. Tailwind 4 finds the class names in app/ and components/ itself.
const config = {
  darkMode: 'media',
  theme: {
    extend: {
      fontFamily: {
        // System fonts: nothing to download, no layout shift while a web font loads.
        sans: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Helvetica Neue"', 'Arial', 'sans-serif'],
        serif: ['Charter', '"Bitstream Charter"', '"Sitka Text"', 'Cambria', 'Georgia', 'serif'],
        mono: ['ui-monospace', 'SFMono-Regular', 'Menlo', 'Consolas', '"Liberation Mono"', 'monospace'],
      },
      maxWidth: { measure: '42rem' },
    },
  },
  plugins: [typography],
} satisfies Config;

export default config;
