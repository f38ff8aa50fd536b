import { serializeJsonLd, type JsonLdObject } from '@/lib/output/structured-data';

/** Structured data for search engines, serialized so that no field can break out of the script element. */
export function JsonLd({ data }: { data: JsonLdObject }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
