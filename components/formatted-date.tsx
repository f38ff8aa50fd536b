import { formatDate, isoDateTime } from '@/lib/posts/dates';

/** A date as readers read it, with the exact instant in `datetime` for machines. */
export function FormattedDate({ date, pagefindMeta }: { date: Date; pagefindMeta?: string }) {
  return (
    <time dateTime={isoDateTime(date)} data-pagefind-meta={pagefindMeta}>
      {formatDate(date)}
    </time>
  );
}
