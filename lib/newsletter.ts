// A newsletter signup: a plain HTML form that posts a reader's email address to the provider, no script needed.

/** The site config's `newsletter`: where the signup form posts, and what it sends. */
export interface NewsletterConfig {
  /** The provider's subscribe URL (the `action` of the form its embed code gives), https. */
  action: string;
  /** The name the provider expects for the email address: `email` (Buttondown), `email_address` (Kit), `EMAIL` (Mailchimp). */
  emailField: string;
  /** Fields sent as they are, such as Buttondown's `embed: "1"`. */
  hiddenFields?: Record<string, string>;
  /** The heading above the form; default "Get new posts by email". */
  title?: string;
  /** One line under the heading, such as how often you write. */
  description?: string;
  /** Open the provider's confirmation page in a new tab, so the reader keeps the post; default false. */
  newTab?: boolean;
}

/** The options every preset takes besides its own. */
type PresetOptions = Pick<NewsletterConfig, 'title' | 'description' | 'newTab'>;

/** Buttondown, for the newsletter's username (buttondown.com/<username>). */
export function buttondown({ username, ...options }: { username: string } & PresetOptions): NewsletterConfig {
  return { action: `https://buttondown.com/api/emails/embed-subscribe/${encodeURIComponent(username)}`, emailField: 'email', hiddenFields: { embed: '1' }, ...options };
}

/** Kit (formerly ConvertKit), for a form's id (the number in its embed code's `action`). */
export function kit({ formId, ...options }: { formId: string } & PresetOptions): NewsletterConfig {
  return { action: `https://app.kit.com/forms/${encodeURIComponent(formId)}/subscriptions`, emailField: 'email_address', ...options };
}

/**
 * Mailchimp, for the `action` URL of an audience's embedded form (`https://….list-manage.com/subscribe/post?u=…&id=…`),
 * with the empty field Mailchimp checks to turn away bots.
 */
export function mailchimp({ action, ...options }: { action: string } & PresetOptions): NewsletterConfig {
  const url = new URL(action);
  const botField = `b_${url.searchParams.get('u') ?? ''}_${url.searchParams.get('id') ?? ''}`;
  return { action, emailField: 'EMAIL', hiddenFields: { [botField]: '' }, ...options };
}

const KNOWN_FIELDS: ReadonlyArray<keyof NewsletterConfig> = ['action', 'emailField', 'hiddenFields', 'title', 'description', 'newTab'];
// Names as providers use them: `email`, `EMAIL`, `email_address`, `fields[first_name]`, `b_<u>_<id>`.
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_.[\]-]*$/;

/** Checks the site config's `newsletter`; throws an error naming the field, what it found and what was expected. */
export function checkNewsletter(newsletter: unknown, source = 'lib/site.ts'): void {
  if (newsletter === undefined) return;
  const fail = (field: string, found: unknown, expected: string): never => {
    throw new Error(`${source}: newsletter${field ? `.${field}` : ''}: found ${JSON.stringify(found)}, expected ${expected}`);
  };
  if (typeof newsletter !== 'object' || newsletter === null || Array.isArray(newsletter)) fail('', newsletter, 'an object with action and emailField, or no newsletter field');
  const config = newsletter as Record<string, unknown>;
  for (const field of Object.keys(config)) {
    if (!(KNOWN_FIELDS as string[]).includes(field)) fail(field, config[field], `no such field (newsletter has ${KNOWN_FIELDS.join(', ')})`);
  }
  if (typeof config.action !== 'string' || !isHttpsUrl(config.action)) fail('action', config.action, "the https URL of the provider's subscribe form, such as https://buttondown.com/api/emails/embed-subscribe/you");
  if (typeof config.emailField !== 'string' || !FIELD_NAME.test(config.emailField)) fail('emailField', config.emailField, 'the form field name the provider expects, such as "email" or "EMAIL"');
  if (config.hiddenFields !== undefined) {
    const hidden = config.hiddenFields;
    if (typeof hidden !== 'object' || hidden === null || Array.isArray(hidden)) fail('hiddenFields', hidden, 'an object of field names and text values');
    for (const [name, value] of Object.entries(hidden as Record<string, unknown>)) {
      if (!FIELD_NAME.test(name) || name === config.emailField) fail('hiddenFields', name, 'a form field name other than the email field');
      if (typeof value !== 'string') fail(`hiddenFields.${name}`, value, 'text');
    }
  }
  for (const field of ['title', 'description'] as const) {
    if (config[field] !== undefined && (typeof config[field] !== 'string' || !config[field].trim())) fail(field, config[field], 'text, or no such field');
  }
  if (config.newTab !== undefined && typeof config.newTab !== 'boolean') fail('newTab', config.newTab, 'true or false');
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}
