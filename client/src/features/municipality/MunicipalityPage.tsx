import { Heading } from 'suomifi-ui-components';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { isNotFound } from '../../app/errors';
import { useT } from '../../app/i18n';
import { LoadError } from '../../app/LoadError';
import { LocalizedText } from '../../app/LocalizedText';
import { NotFound } from '../../app/NotFound';
import { PageSkeleton } from '../../app/Skeleton';
import { usePageTitle } from '../../app/usePageTitle';
import { ReasonList } from '../project-page/RelatedProjects';
import { Section } from '../project-page/Section';
import { MunicipalityPageQuery, type MunicipalityPageData } from './MunicipalityPage.query';
import { OrganisationView } from './OrganisationView';

/** A municipality code is three digits ("091"): anything else names no municipality. */
const MUNICIPALITY_CODE = /^\d{3}$/;

/** `/{lang}/municipalities/:code`: a municipality's projects, adoptions and look-alikes. */
export default function MunicipalityPage() {
  const { t } = useT();
  const { code = '' } = useParams();
  if (!MUNICIPALITY_CODE.test(code)) return <NotFound message={t('municipality.notFound')} />;
  return <Municipality code={code} />;
}

function Municipality({ code }: { code: string }) {
  const { t, lang } = useT();
  const [{ data, error }, retry] = useQuery({ query: MunicipalityPageQuery, variables: { code, lang } });
  usePageTitle(data?.municipality.name.text);

  if (!data) {
    if (error && isNotFound(error)) return <NotFound message={t('municipality.notFound')} />;
    if (error)
      return (
        <>
          <Heading variant="h1">{code}</Heading>
          <LoadError
            error={error}
            message={t('municipality.loadError')}
            onRetry={() => retry({ requestPolicy: 'network-only' })}
          />
        </>
      );
    return <PageSkeleton />;
  }
  return <OrganisationView org={data.municipality} similar={<SimilarMunicipalities data={data} />} />;
}

function SimilarMunicipalities({ data }: { data: MunicipalityPageData }) {
  const { t, lang } = useT();
  return (
    <Section
      title={t('municipality.similar')}
      empty={data.similarMunicipalities.length === 0}
      emptyText={t('municipality.noSimilar')}
    >
      <ul className="plain-list related">
        {data.similarMunicipalities.map((s) => (
          <li key={s.municipality.id}>
            {s.municipality.municipalityCode ? (
              <Link to={`/${lang}/municipalities/${s.municipality.municipalityCode}`}>
                <LocalizedText value={s.municipality.name} properName />
              </Link>
            ) : (
              <LocalizedText value={s.municipality.name} properName />
            )}
            <ReasonList reasons={s.reasons} group="similarityReason" />
          </li>
        ))}
      </ul>
    </Section>
  );
}
