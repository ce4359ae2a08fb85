import { Heading } from 'suomifi-ui-components';
import { Link } from 'react-router';
import { useT } from './i18n';
import { usePageTitle } from './usePageTitle';

export function NotFound({ message }: { message?: string }) {
  const { t, lang } = useT();
  usePageTitle(message ?? t('notFound'));
  return (
    <>
      <Heading variant="h1">{message ?? t('notFound')}</Heading>
      <p>
        <Link to={`/${lang}/`}>{t('notFoundLink')}</Link>
      </p>
    </>
  );
}
