import { Link } from 'react-router';
import { useT } from '../../app/i18n';
import { useEditableDeliverable } from '../deliverable-edit/EditorActions';
import { Section } from '../project-page/Section';
import { deliverablePath } from './paths';

/** The export of a software deliverable as publiccode.yml (served by the API, not the web app). */
export function publiccodeUrl(id: string): string {
  return `/export/deliverables/${encodeURIComponent(id)}/publiccode.yml`;
}

/**
 * A software deliverable's publiccode.yml: a download link when the export works, else what it
 * still lacks (each gap by its field, in the page's language) and, for editors, where to add it.
 * Nothing for other kinds (`missing` null).
 */
export function PubliccodeExport({
  deliverableId,
  missing,
}: {
  deliverableId: string;
  missing: readonly { field: string; message: string }[] | null | undefined;
}) {
  const { t, lang } = useT();
  const editable = useEditableDeliverable(deliverableId);
  if (!missing) return null;
  // Each gap this client knows (has words for) is a field of the edit form; a newer API's may not be.
  const known = (field: string) => t(`publiccode.gap.${field}`, { defaultValue: '' });
  return (
    <Section title={t('publiccode.heading')} empty={false}>
      <p>{t('publiccode.what')}</p>
      {missing.length === 0 ? (
        <p>
          <a href={publiccodeUrl(deliverableId)} download="publiccode.yml">
            {t('publiccode.download')}
          </a>{' '}
          <span className="role">(YAML)</span>
        </p>
      ) : (
        <>
          <p>{t('publiccode.notYet')}</p>
          <ul>
            {missing.map((gap) => (
              <li key={gap.field}>
                {known(gap.field) || <span lang={lang === 'en' ? undefined : 'en'}>{gap.message}</span>}
              </li>
            ))}
          </ul>
          {editable && missing.some((g) => known(g.field)) && (
            <p>
              <Link to={`${deliverablePath(lang, deliverableId)}/edit`}>{t('publiccode.fillIn')}</Link>
            </p>
          )}
        </>
      )}
    </Section>
  );
}
