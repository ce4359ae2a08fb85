import type { ReactNode } from 'react';
import { useT } from './i18n';

/** A CSV download (served by the API) and what kind of file it is. */
export function CsvLink({ href, children }: { href: string; children: ReactNode }) {
  const { t } = useT();
  return (
    <>
      <a href={href} download>
        {children}
      </a>{' '}
      <span className="role">{t('csv.what')}</span>
    </>
  );
}
