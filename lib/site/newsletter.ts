// A newsletter signup: a plain HTML form that posts a reader's email address to the provider, no script needed.
import { z } from 'zod';
import { configObject, matching, nonBlank } from './config-fields';

// Names as providers use them: `email`, `EMAIL`, `email_address`, `fields[first_name]`, `b_<u>_<id>`.
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_.[\]-]*$/;
const optionalText = nonBlank('text, or no such field').optional();

/** The site config's `newsletter`: where the signup form posts, and what it sends. */
export const newsletterSchema = configObject(
  {
    /** The provider's subscribe URL (the `action` of the form its embed code gives), https. */
    action: z.url({
      protocol: /^https$/,
      error: "the https URL of the provider's subscribe form, such as https://buttondown.com/api/emails/embed-subscribe/you",
    }),
    /** The name the provider expects for the email address: `email` (Buttondown), `email_address` (Kit), `EMAIL` (Mailchimp). */
    emailField: matching(FIELD_NAME, 'the form field name the provider expects, such as "email" or "EMAIL"'),
    /** Fields sent as they are, such as Buttondown's `embed: "1"`. */
    hiddenFields: z
      .record(matching(FIELD_NAME, 'a form field name such as "embed"'), z.string({ error: 'text' }), { error: 'an object of field names and text values' })
      .optional(),
    /** The heading above the form; default "Get new posts by email". */
    title: optionalText,
    /** One line under the heading, such as how often you write. */
    description: optionalText,
    /** Open the provider's confirmation page in a new tab, so the reader keeps the post; default false. */
    newTab: z.boolean({ error: 'true or false' }).optional(),
  },
  'newsletter',
  'an object with action and emailField, or no newsletter field',
).superRefine((newsletter, ctx) => {
  if (newsletter.hiddenFields && Object.hasOwn(newsletter.hiddenFields, newsletter.emailField)) {
    ctx.addIssue({ code: 'custom', path: ['hiddenFields', newsletter.emailField], message: 'a form field name other than the email field' });
  }
});

/** The site config's `newsletter`, checked. */
export type NewsletterConfig = z.output<typeof newsletterSchema>;

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
