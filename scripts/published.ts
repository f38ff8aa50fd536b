// npm run published: the fingerprint of the posts a build would publish now, and the next scheduled post. The
// scheduled GitHub Pages workflow compares the fingerprint with the last deployment's and builds only on a change.
import { ContentError, defaultLoadOptions, loadContent } from '../lib/posts';
import { nextScheduled, publishedFingerprint, scheduleMessage } from '../lib/posts/schedule';

try {
  const { content, unpublished } = loadContent({ ...defaultLoadOptions(), includeDrafts: false, gitHistory: undefined });
  console.error(scheduleMessage(nextScheduled(unpublished)));
  console.log(publishedFingerprint(content.posts));
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
