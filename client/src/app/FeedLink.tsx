import type { ReactNode } from 'react';
import { feedUrl, type FeedSubject } from './exports';
import { useT } from './i18n';

/**
 * A page's Atom feed in the page's language: a visible link (default text "Follow with a feed
 * reader (Atom)") and a `<link rel="alternate">` that React 19 hoists into the head and removes
 * with the page, so browsers and feed readers find the feed from the page address too.
 * `name` is what the feed follows, for the feed's title.
 */
export function FeedLink({ subject, name, children }: { subject: FeedSubject; name: string; children?: ReactNode }) {
  const { t, lang } = useT();
  const href = feedUrl(subject, lang);
  return (
    <>
      <link rel="alternate" type="application/atom+xml" title={t('feed.title', { name })} href={href} />
      <a className="feed-link" href={href} type="application/atom+xml">
        {children ?? t('feed.follow')}
      </a>
    </>
  );
}
