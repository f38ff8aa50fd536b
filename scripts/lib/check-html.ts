import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { listHtmlFiles } from './check-links';

/** Validates every `.html` file of a built site with the project's .htmlvalidate.mjs; one line per error. */
export async function validateHtml(root: string, configDir = process.cwd()): Promise<string[]> {
  const config: ConfigData = (await import(pathToFileURL(path.join(configDir, '.htmlvalidate.mjs')).href)).default;
  const validator = new HtmlValidate(config);
  const errors: string[] = [];
  for (const page of listHtmlFiles(root)) {
    const report = await validator.validateFile(path.join(root, page));
    for (const result of report.results) {
      for (const message of result.messages) {
        if (message.severity === 2) errors.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
  }
  return errors;
}
