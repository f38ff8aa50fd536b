import { displayPath } from '../../site/errors';
import type { Skipped } from './model';

/** What an import did, for the summary printed at its end. */
export interface ImportReport {
  /** Post files written. */
  written: string[];
  skipped: Skipped[];
  /** Author files written. */
  authorsCreated: string[];
  /** Author files whose real name is unknown, and why. */
  authorsToName: Array<{ file: string; why: string }>;
  /** Site paths of images downloaded now. */
  imagesDownloaded: string[];
  /** Site paths of images a previous run had downloaded. */
  imagesReused: string[];
  /** SVGs downloaded now, rewritten to keep only what draws, with what was taken out (lib/output/svg.ts). */
  svgsSanitized: Array<{ path: string; removed: string[] }>;
  /** Images that stay remote, and why. */
  imagesRemote: Array<{ post: string; url: string; reason: string }>;
  /** What a post lost or what to check in it, one line each. */
  notes: Array<{ post: string; note: string }>;
  /** Why the import stopped before its end, if it did: the item and file it could not write. */
  stopped?: { origin: string; file: string; reason: string };
}

/** A report with nothing in it yet. */
export function emptyReport(): ImportReport {
  return {
    written: [],
    skipped: [],
    authorsCreated: [],
    authorsToName: [],
    imagesDownloaded: [],
    imagesReused: [],
    svgsSanitized: [],
    imagesRemote: [],
    notes: [],
  };
}

/** The report as lines of text, a titled section for each kind of result that has any. */
export function formatReport(report: ImportReport): string {
  const sections: Array<[string, string[]]> = [
    ['Posts written', report.written.map(displayPath)],
    ['Skipped', report.skipped.map((s) => `${s.origin}: ${s.reason}`)],
    ['Authors created', report.authorsCreated.map(displayPath)],
    [
      'Authors to name',
      report.authorsToName.map((a) => `${displayPath(a.file)}: ${a.why}; write the author's real name there`),
    ],
    ['Images downloaded', report.imagesDownloaded],
    ['Images already downloaded', report.imagesReused],
    [
      'SVGs rewritten to draw only (no script, event handler or outside address)',
      report.svgsSanitized.map((s) => `${s.path}: ${s.removed.length > 0 ? `removed ${s.removed.join(', ')}` : 'nothing to remove'}`),
    ],
    ['Images left remote', report.imagesRemote.map((i) => `${i.post}: ${i.url} (${i.reason})`)],
    ['Dropped or to check', report.notes.map((n) => `${n.post}: ${n.note}`)],
  ];
  const lines: string[] = [];
  for (const [title, items] of sections) {
    if (items.length === 0 && title !== 'Posts written') continue;
    lines.push(`${title} (${items.length}):`, ...items.map((item) => `  ${item}`));
  }
  const { stopped } = report;
  if (stopped) {
    lines.push(
      `Stopped at ${stopped.origin}: could not write ${displayPath(stopped.file)} (${stopped.reason}); the posts after it were not imported`,
    );
  }
  return lines.join('\n');
}
