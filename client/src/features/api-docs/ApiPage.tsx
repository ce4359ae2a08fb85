import { Heading } from 'suomifi-ui-components';
import { Fragment, useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { DCAT_JSONLD_URL, DCAT_TURTLE_URL, feedUrl, GRAPH_DUMP_URL, listCsvUrl } from '../../app/exports';
import { useT } from '../../app/i18n';
import { usePageTitle } from '../../app/usePageTitle';
import { DOCS } from './content';
import { CREATE_KEY, curlExamples, downloadExamples } from './examples';

function Part({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="detail-section" aria-labelledby={id}>
      <Heading variant="h2" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** Code to copy: wraps instead of scrolling, so it reads at 320 px too (copying keeps one line). */
function Code({ children }: { children: string }) {
  return (
    <pre className="code" translate="no">
      <code>{children}</code>
    </pre>
  );
}

/** `/{lang}/api`: what the API is, the open-data downloads, how to get a key, examples and limits. */
export default function ApiPage() {
  const { lang } = useT();
  const d = DOCS[lang];
  usePageTitle(d.title);
  const origin = globalThis.location?.origin ?? '';
  const endpoint = `${origin}/graphql`;
  const curl = curlExamples(endpoint);
  return (
    <article className="detail prose">
      <Heading variant="h1">{d.title}</Heading>
      <p className="lead">{d.intro}</p>
      <p>
        {d.endpoint} <code translate="no">{endpoint}</code>
      </p>
      <Part title={d.firstHeading}>
        <p>{d.first}</p>
        <Code>{curl.first}</Code>
        <p>{d.languages}</p>
      </Part>
      <Part title={d.schemaHeading}>
        <p>
          {d.schemaFile}{' '}
          <a href="/schema.graphql" download>
            {d.schemaDownload}
          </a>
        </p>
        <p>{d.introspection}</p>
        <Code>{curl.introspection}</Code>
      </Part>
      <Part title={d.downloadsHeading}>
        <p>{d.downloadsIntro}</p>
        <ul className="downloads">
          <li>
            {d.dcat} <a href={DCAT_JSONLD_URL}>JSON-LD</a>, <a href={DCAT_TURTLE_URL}>Turtle</a>
          </li>
          <li>
            {d.dump}{' '}
            <a href={GRAPH_DUMP_URL} download>
              graph.json
            </a>
          </li>
          <li>
            {d.csv}{' '}
            {(['projects', 'deliverables', 'adoptions'] as const).map((list, i) => (
              <Fragment key={list}>
                {i > 0 && ', '}
                <a href={listCsvUrl(list, lang)} download>
                  {d.csvLists[list]}
                </a>
              </Fragment>
            ))}
            . {d.csvMore}
          </li>
          <li>
            {d.feeds} <a href={feedUrl('deliverables', lang)}>{d.feedLinks.deliverables}</a>,{' '}
            <a href={feedUrl('projects', lang)}>{d.feedLinks.projects}</a>. {d.feedsMore}
          </li>
        </ul>
        <p>{d.downloadsExamples}</p>
        <Code>{downloadExamples(origin)}</Code>
      </Part>
      <Part title={d.keyHeading}>
        <p>{d.keyIntro}</p>
        <ol>
          {d.keySteps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
        <p>
          {d.keyWeb} <Link to={`/${lang}/account/api-keys`}>{d.keyWebLink}</Link>
        </p>
        <p>{d.keySignIn}</p>
        <Code>{curl.signIn}</Code>
        <p>{d.keyCreate}</p>
        <Code>{CREATE_KEY}</Code>
        <Code>{curl.createKey}</Code>
        <p>{d.keyOnce}</p>
        <p>{d.keyUse}</p>
        <Code>{curl.withKey}</Code>
        <p>{d.keyRevoke}</p>
      </Part>
      <Part title={d.limitsHeading}>
        <ul>
          {d.limits.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      </Part>
      <Part title={d.errorsHeading}>
        <p>{d.errors}</p>
      </Part>
    </article>
  );
}
