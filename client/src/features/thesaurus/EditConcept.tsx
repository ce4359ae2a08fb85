import { useState } from 'react';
import { useClient, useMutation } from 'urql';
import { formErrors, newIdempotencyKey, type FieldError } from '../../app/forms';
import { useT } from '../../app/i18n';
import { LANGUAGE_NAMES } from '../../app/lang';
import { ConceptForm, type SaveConcept } from './ConceptForm';
import { TERM_LANGS, termsInput, termTexts, type Terms } from './terms';
import { SearchConceptsQuery, UpdateConceptMutation, type ConceptItem } from './thesaurus.queries';

/** "Suomi: kaava; Svenska: plan; English: –" – a concept's stored terms in a message. */
function storedTerms(terms: Terms): string {
  return TERM_LANGS.map((l) => `${LANGUAGE_NAMES[l]}: ${terms[l].join(', ') || '–'}`).join('; ');
}

/**
 * Curators: a concept's terms, saved against the version the edit started from. When someone
 * else saved in between (CONFLICT), the stored terms are fetched and named in the error: the
 * curator's own stay in the form, and saving again replaces the stored ones knowingly.
 */
export function EditConcept({
  concept,
  name,
  onSaved,
  onCancel,
}: {
  concept: ConceptItem;
  name: string;
  onSaved: (saved: ConceptItem) => void;
  onCancel: () => void;
}) {
  const { t } = useT();
  const client = useClient();
  const [, update] = useMutation(UpdateConceptMutation);
  const [version, setVersion] = useState(concept.version);
  const slug = concept.id.replace(/[^\w-]/g, '');

  const conflict = async (): Promise<FieldError[]> => {
    // The refetch also refreshes the table's row (the cache normalises the concept).
    const fresh = await client.query(SearchConceptsQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    const stored = fresh.data?.searchConcepts.find((c) => c.id === concept.id);
    if (!stored) return [{ message: t('thesaurus.gone') }];
    setVersion(stored.version);
    return [{ message: t('thesaurus.conflict', { terms: storedTerms(stored) }) }];
  };

  const save: SaveConcept = async (texts) => {
    const result = await update({
      input: { id: concept.id, expectedVersion: version, ...termsInput(texts) },
      idempotencyKey: newIdempotencyKey(),
    });
    if (result.error) {
      const f = formErrors(result.error, t);
      return f.code === 'CONFLICT' ? conflict() : f.errors;
    }
    onSaved(result.data!.updateSearchConcept);
    return undefined;
  };

  return (
    <ConceptForm
      prefix={`concept-${slug}`}
      heading={t('thesaurus.editHeading', { name })}
      initial={termTexts(concept)}
      submitLabel={t('form.save')}
      save={save}
      onCancel={onCancel}
    />
  );
}
