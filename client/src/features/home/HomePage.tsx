import { Heading } from 'suomifi-ui-components';
import { Link } from 'react-router';
import { FeedLink } from '../../app/FeedLink';
import { enumLabel, useT } from '../../app/i18n';
import { usePageTitle } from '../../app/usePageTitle';
import { SearchForm } from '../search/SearchForm';
import { HomeStats } from './HomeStats';

/** Top-level themes first, each followed by its sub-themes (the schema's two levels). */
export const THEMES = [
  'BUILT_ENVIRONMENT',
  'E_PERMITS_BUILDING_CONTROL',
  'LAND_USE_PLANNING',
  'PLAN_DATA_MODEL',
  'MASTER_PLAN_MAINTENANCE',
  'CITY_MODEL_3D',
  'CULTURAL_ENVIRONMENT',
  'DIGITAL_SECURITY',
  'SAAS_SECURITY',
  'CYBER_SECURITY_TESTING',
  'CONTINUITY_AND_PREPAREDNESS',
  'SECURITY_COMPETENCE',
  'WASTE_MANAGEMENT',
  'DATA_DRIVEN_MANAGEMENT',
  'WORK_CULTURE',
  'DATA_QUALITY',
] as const;

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
        <ul className="theme-links">
          {THEMES.map((theme) => (
            <li key={theme}>
              <Link to={`/${lang}/search?theme=${theme}`}>{enumLabel(t, 'theme', theme)}</Link>
            </li>
          ))}
        </ul>
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
