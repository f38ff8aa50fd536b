// npm run check [-- --json]: lints the content without building the site (see lib/authoring/check.ts). Prints one
// finding per line, `path:line:column  severity  message`, or a JSON array with --json; fails on errors only.
import { checkContent, formatFinding, type Severity } from '../lib/authoring/check';
import { defaultLoadOptions } from '../lib/posts';
import { loadSiteOrExit } from './lib/load-site';

loadSiteOrExit();
const findings = checkContent(defaultLoadOptions());
const count = (severity: Severity) => findings.filter((finding) => finding.severity === severity).length;
const errors = count('error');
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(findings, null, 2));
} else {
  for (const finding of findings) console.log(formatFinding(finding));
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  console.error(`check: ${plural(errors, 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'note')}`);
}
process.exitCode = errors > 0 ? 1 : 0;
