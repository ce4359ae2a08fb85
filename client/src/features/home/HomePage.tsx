import { Heading } from 'suomifi-ui-components';
import { Link } from 'react-router';
import { FeedLink } from '../../app/FeedLink';
import { useT } from '../../app/i18n';
import { usePageTitle } from '../../app/usePageTitle';
import { SearchForm } from '../search/SearchForm';
import { ThemeLinks } from '../search/ThemeLinks';
import { HomeStats } from './HomeStats';

/** `/{lang}/`: search box, theme shortcuts, the graph's key figures and feeds of what is new. */
export function HomePage() {
  const { t, lang } = useT();
  usePageTitle(null);
  return (
    <>
      <Heading variant="h1">{t('home.heading')}</Heading>
      <p className="lead">{t('home.intro')}</p>
      <SearchForm label={t('home.searchLabel')} initial="" />
      <section aria-labelledby="home-figures">
        <Heading variant="h2" id="home-figures">
          {t('home.figures')}
        </Heading>
        <HomeStats />
        <p className="figure-links">
          <Link to={`/${lang}/statistics`}>{t('statistics.homeLink')}</Link>
          <Link to={`/${lang}/regions`}>{t('regions.heading')}</Link>
        </p>
      </section>
      <section aria-labelledby="home-themes">
        <Heading variant="h2" id="home-themes">
          {t('home.themes')}
        </Heading>
        <ThemeLinks />
        <p>
          <Link to={`/${lang}/projects`}>{t('home.allProjects')}</Link>
        </p>
      </section>
      <p className="feed-links">
        {t('feed.followThese')}{' '}
        <FeedLink subject="deliverables" name={t('feed.deliverables')}>
          {t('feed.deliverables')}
        </FeedLink>
        ,{' '}
        <FeedLink subject="projects" name={t('feed.projects')}>
          {t('feed.projects')}
        </FeedLink>
      </p>
    </>
  );
}
