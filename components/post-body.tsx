/** A post's rendered Markdown in the prose styles. The HTML was sanitized when the post was loaded. */
export function PostBody({ html }: { html: string }) {
  return <div className="prose prose-zinc sm:prose-lg dark:prose-invert max-w-none" dangerouslySetInnerHTML={{ __html: html }} />;
}
