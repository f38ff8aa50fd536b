// An embed (an iframe, a dev.to Liquid tag) cannot live in a static Markdown post; a link to what it showed can.

/** A link that stands in for an embed: where it points and a label a reader understands. */
export interface EmbedLink {
  url: string;
  label: string;
}

const YOUTUBE_ID = /^[\w-]{6,}$/;

/**
 * The link that replaces an embed of `address`: a YouTube player becomes "YouTube video <id>" pointing at the
 * watch page, a Vimeo player "Vimeo video <id>", GitHub, gists, CodePen and tweets get their own labels, and any
 * other page is labelled with its host and path. Undefined for an address that is not an http(s) URL.
 */
export function embedLink(address: string): EmbedLink | undefined {
  let url: URL;
  try {
    url = new URL(address.startsWith('//') ? `https:${address}` : address);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const host = url.hostname.replace(/^(www|m)\./, '');
  const parts = url.pathname.split('/').filter(Boolean);

  if (host === 'youtube.com' || host === 'youtube-nocookie.com' || host === 'youtu.be') {
    const id =
      host === 'youtu.be'
        ? parts[0]
        : parts[0] === 'embed' || parts[0] === 'shorts'
          ? parts[1]
          : url.searchParams.get('v');
    if (id && YOUTUBE_ID.test(id)) return youtubeVideo(id);
  }
  if ((host === 'vimeo.com' || host === 'player.vimeo.com') && parts.length > 0) {
    const id = parts.at(-1)!;
    if (/^\d+$/.test(id)) return vimeoVideo(id);
  }
  if (host === 'gist.github.com' && parts.length >= 2)
    return { url: url.href, label: `GitHub gist ${parts[0]}/${parts[1]}` };
  if (host === 'github.com' && parts.length >= 2)
    return { url: url.href, label: `${parts.join('/')} on GitHub` };
  if (host === 'codepen.io' && parts.length >= 3)
    return { url: url.href.replace('/embed/', '/pen/'), label: `CodePen by ${parts[0]}` };
  if ((host === 'twitter.com' || host === 'x.com') && parts[1] === 'status' && parts[2]) {
    return { url: url.href, label: `Post by @${parts[0]} on X` };
  }
  return { url: url.href, label: `${host}${url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '')}` };
}

/** "YouTube video <id>", linking to the watch page. */
export const youtubeVideo = (id: string): EmbedLink => ({
  url: `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`,
  label: `YouTube video ${id}`,
});

/** "Vimeo video <id>", linking to the video's page. */
export const vimeoVideo = (id: string): EmbedLink => ({
  url: `https://vimeo.com/${encodeURIComponent(id)}`,
  label: `Vimeo video ${id}`,
});
