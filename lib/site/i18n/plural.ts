/** The forms of a phrase with a count, by CLDR plural category; `other` is required, the rest as the language needs. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * A counter for one language: picks the form of a phrase for a count by the language's plural rules
 * (Intl.PluralRules) and puts the count, formatted for the language, where the form has `#`.
 */
export function counter(language: string): (count: number, forms: PluralForms) => string {
  const rules = new Intl.PluralRules(language);
  const numbers = new Intl.NumberFormat(language);
  return (count, forms) => (forms[rules.select(count)] ?? forms.other).replaceAll('#', numbers.format(count));
}
