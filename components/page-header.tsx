import type { ReactNode } from 'react';

/** The heading of a list page: its title as the page's h1, and an optional line below. */
export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <header className="mb-10 space-y-3 border-b border-zinc-200 pb-8 dark:border-zinc-800">
      <h1 className="text-3xl font-bold tracking-tight text-zinc-900 sm:text-4xl dark:text-zinc-50">{title}</h1>
      {children && <div className="text-lg text-zinc-600 dark:text-zinc-400">{children}</div>}
    </header>
  );
}
