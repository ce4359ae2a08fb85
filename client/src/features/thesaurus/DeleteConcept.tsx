import { useMutation } from 'urql';
import { ConfirmAction } from '../../app/ConfirmAction';
import { formErrors } from '../../app/forms';
import { useT } from '../../app/i18n';
import { DeleteConceptMutation } from './thesaurus.queries';

/**
 * Curators: removing a concept asks first, since searches stop finding its terms' texts for each
 * other. Deleting invalidates the concept and `searchConcepts` (app/cache-updates.ts).
 */
export function DeleteConcept({ id, name, onDeleted }: { id: string; name: string; onDeleted: () => void }) {
  const { t } = useT();
  const [{ fetching, error }, remove] = useMutation(DeleteConceptMutation);
  return (
    <ConfirmAction
      label={t('thesaurus.delete')}
      target={name}
      question={t('thesaurus.confirmDelete', { name })}
      confirmLabel={t('thesaurus.confirmDeleteButton')}
      busy={fetching}
      error={error && formErrors(error, t).errors[0]?.message}
      onConfirm={() =>
        void remove({ id }).then((r) => {
          if (!r.error) onDeleted();
        })
      }
    />
  );
}
