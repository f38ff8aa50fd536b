import { loadSiteConfig, setSite, type SiteConfig } from '../../lib/site';
import { SiteConfigError } from '../../lib/site/config';

/**
 * The site config of this run, read once at its start and made the process's (getSite). A mistake in it is
 * printed as the list of problems it is, without a stack trace, and the run exits with 1.
 */
export function loadSiteOrExit(): SiteConfig {
  try {
    const site = loadSiteConfig(process.env);
    setSite(site);
    return site;
  } catch (error) {
    if (!(error instanceof SiteConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
