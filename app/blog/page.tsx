import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArchiveView } from '@/components/archive-view';
import { getArchivePage } from '@/lib/archives';

export const metadata: Metadata = { title: 'Blog' };

export default function BlogPage() {
  const found = getArchivePage('blog', undefined, 1);
  if (!found) notFound();
  return <ArchiveView {...found} />;
}
