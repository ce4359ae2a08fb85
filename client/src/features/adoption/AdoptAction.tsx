import { Link } from 'react-router';
import { useT } from '../../app/i18n';
import { deliverablePath } from '../deliverable/paths';
import '../../app/forms.css';

/** "We adopted this" on a deliverable's page: anyone may declare (or claim) an adoption. */
export function AdoptAction({ deliverableId }: { deliverableId: string }) {
  const { t, lang } = useT();
  return (
    <p className="editor-actions">
      <Link className="button-secondary" to={`${deliverablePath(lang, deliverableId)}/adopt`}>
        {t('adoption.action')}
      </Link>
    </p>
  );
}
