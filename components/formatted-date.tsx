import { formatDate, isoDateTime } from '@/lib/dates';

/** A date as readers read it, with the exact instant in `datetime` for machines. */
export function FormattedDate({ date }: { date: Date }) {
  return <time dateTime={isoDateTime(date)}>{formatDate(date)}</time>;
}
