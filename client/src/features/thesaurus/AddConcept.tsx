import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { formErrors, newIdempotencyKey } from '../../app/forms';
import { useT } from '../../app/i18n';
import { Notice } from '../../app/Notice';
import { ConceptForm, type SaveConcept } from './ConceptForm';
import { conceptName, termsInput } from './terms';
import { CreateConceptMutation } from './thesaurus.queries';

/**
 * Curators: a new concept. Creating invalidates `searchConcepts` in the cache
 * (app/cache-updates.ts), so the table refetches; the form empties for the next one and the
 * focus moves to the notice saying what was added.
 */
export function AddConcept() {
  const { t, lang } = useT();
  const [, create] = useMutation(CreateConceptMutation);
  const [added, setAdded] = useState<string | null>(null);
  const addedRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (added) addedRef.current?.focus();
  }, [added]);

  const save: SaveConcept = async (texts) => {
    setAdded(null);
    const result = await create({ input: termsInput(texts), idempotencyKey: newIdempotencyKey() });
    if (result.error) return formErrors(result.error, t).errors;
    setAdded(conceptName(result.data!.createSearchConcept, lang));
    return undefined;
  };

  return (
    <div className="thesaurus-add">
      <ConceptForm
        prefix="concept-new"
        heading={t('thesaurus.add')}
        headingLevel="h2"
        submitLabel={t('thesaurus.addButton')}
        save={save}
        clearOnSave
        before={
          added && (
            <Notice tone="success" role="status" tabIndex={-1} ref={addedRef}>
              <p>{t('thesaurus.added', { name: added })}</p>
            </Notice>
          )
        }
      />
    </div>
  );
}
