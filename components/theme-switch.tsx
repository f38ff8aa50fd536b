import { ENHANCEMENT_ATTRIBUTE } from '@/lib/build-contract';
import { EnhancementScript } from './enhancement-script';
import { Icon } from './icons';
import { t } from '@/lib/site/i18n';

/** The themes, each with the dictionary key of its name. */
const CHOICES = [
  { value: 'light', label: 'themeLight' },
  { value: 'dark', label: 'themeDark' },
  { value: 'system', label: 'themeSystem' },
] as const;

/**
 * Applies the theme the reader chose (kept in localStorage under `theme` by /scripts/theme.js) before the first
 * paint, as `data-theme` on `<html>`; with no choice, or storage blocked, the page follows the system. Goes in
 * `<head>`, written inline so that no request delays it; marked so the post-export step keeps it.
 */
export function ThemeScript() {
  const code = "try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch{}";
  return <script {...{ [ENHANCEMENT_ATTRIBUTE]: 'theme-init' }} dangerouslySetInnerHTML={{ __html: code }} />;
}

/**
 * Light, dark or the system's theme. Invisible until /scripts/theme.js shows it (without JavaScript it could
 * not work, and the page follows the system); it keeps its place meanwhile, so showing it shifts nothing.
 */
export function ThemeSwitch() {
  return (
    <div role="group" aria-label={t.theme} data-theme-switch className="invisible inline-flex rounded-md border border-zinc-300 p-0.5 dark:border-zinc-700">
      {CHOICES.map((choice) => (
        <button
          key={choice.value}
          type="button"
          data-theme-choice={choice.value}
          aria-pressed="false"
          title={t[choice.label]}
          className="aria-pressed:bg-zinc-200 dark:aria-pressed:bg-zinc-800 hover:text-accent-700 dark:hover:text-accent-300 cursor-pointer rounded-sm p-1.5 text-zinc-700 dark:text-zinc-300"
        >
          <Icon name={choice.value} />
          <span className="sr-only">{t[choice.label]}</span>
        </button>
      ))}
      <EnhancementScript name="theme" />
    </div>
  );
}
