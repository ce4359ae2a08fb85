import { Heading } from 'suomifi-ui-components';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { isNotFound } from '../../app/errors';
import { useT } from '../../app/i18n';
import { LoadError } from '../../app/LoadError';
import { NotFound } from '../../app/NotFound';
import { PageSkeleton } from '../../app/Skeleton';
import { usePageTitle } from '../../app/usePageTitle';
import { OrganisationView } from '../municipality/OrganisationView';
import { OrganisationPageQuery } from './OrganisationPage.query';

/** `/{lang}/organisations/:id`: an organisation that is not a municipality (associations, agencies …). */
export default function OrganisationPage() {
  const { t, lang } = useT();
  const { id = '' } = useParams();
  const [{ data, error }, retry] = useQuery({ query: OrganisationPageQuery, variables: { id, lang } });
  usePageTitle(data?.organisation.name.text);

  if (!data) {
    if (error && isNotFound(error)) return <NotFound message={t('organisation.notFound')} />;
    if (error)
      return (
        <>
          <Heading variant="h1">{t('organisation.heading')}</Heading>
          <LoadError
            error={error}
            message={t('organisation.loadError')}
            onRetry={() => retry({ requestPolicy: 'network-only' })}
          />
        </>
      );
    return <PageSkeleton />;
  }
  return <OrganisationView org={data.organisation} />;
}
