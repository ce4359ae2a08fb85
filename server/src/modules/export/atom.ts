import type { Lang } from '../../domain/enums.js';

export interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  link: string;
  summary: string;
  lang: string;
  author: string | null;
  category: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  selfUrl: string;
  alternateUrl: string;
  lang: Lang;
  entries: AtomEntry[];
}

// XML 1.0 forbids most control characters even when escaped.
// eslint-disable-next-line no-control-regex -- matching them is the point
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text for element content or a double-quoted attribute. */
export function xml(s: string): string {
  return s
    .replace(INVALID_XML, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** An Atom 1.0 document (RFC 4287): feed id, title, updated, author, self link; entries with id, title, updated, link, summary. */
export function atomXml(feed: AtomFeed): string {
  const updated = feed.entries.reduce((max, e) => (e.updated > max ? e.updated : max), '1970-01-01T00:00:00Z');
  const entries = feed.entries.map(
    (e) => `  <entry xml:lang="${xml(e.lang)}">
    <id>${xml(e.id)}</id>
    <title type="text">${xml(e.title)}</title>
    <updated>${e.updated}</updated>
    <link rel="alternate" type="text/html" href="${xml(e.link)}"/>
    <category term="${xml(e.category)}"/>
    ${e.author ? `<author><name>${xml(e.author)}</name></author>\n    ` : ''}<summary type="text">${xml(e.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.lang}">
  <id>${xml(feed.id)}</id>
  <title type="text">${xml(feed.title)}</title>
  <updated>${updated}</updated>
  <link rel="self" type="application/atom+xml" href="${xml(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${xml(feed.alternateUrl)}"/>
  <author><name>Kuntagraph</name></author>
  <generator>Kuntagraph</generator>
${entries.join('\n')}
</feed>
`;
}
