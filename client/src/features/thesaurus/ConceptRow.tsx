import { useEffect, useRef, useState } from 'react';
import { Button } from 'suomifi-ui-components';
import { fieldId } from '../../app/forms';
import { useT } from '../../app/i18n';
import { DeleteConcept } from './DeleteConcept';
import { EditConcept } from './EditConcept';
import { conceptName, TERM_LANGS, type TermLang } from './terms';
import type { ConceptItem } from './thesaurus.queries';

/** One language's terms, comma-separated, marked with their language; a dash when there are none. */
function TermsCell({ terms, lang, header }: { terms: readonly string[]; lang: TermLang; header: boolean }) {
  const { t } = useT();
  const content =
    terms.length > 0 ? (
      <span lang={lang}>{terms.join(', ')}</span>
    ) : (
      <>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t('thesaurus.noTerms')}</span>
      </>
    );
  return header ? <th scope="row">{content}</th> : <td>{content}</td>;
}

/**
 * A concept's row, headed by its terms in the page's language. For curators: Edit opens the form
 * in a row of its own below (focus goes to its first input, and back to Edit when it closes), and
 * Delete asks first.
 */
export function ConceptRow({
  concept,
  curator,
  onSaved,
  onDeleted,
}: {
  concept: ConceptItem;
  curator: boolean;
  onSaved: (name: string) => void;
  onDeleted: (name: string) => void;
}) {
  const { t, lang } = useT();
  const [editing, setEditing] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  const slug = concept.id.replace(/[^\w-]/g, '');
  const editRowId = `concept-edit-${slug}`;
  const name = conceptName(concept, lang);

  useEffect(() => {
    if (editing) document.getElementById(fieldId(`concept-${slug}.fi`))?.focus();
    else if (opened.current) editRef.current?.focus();
    opened.current = editing;
  }, [editing, slug]);

  return (
    <>
      <tr>
        {TERM_LANGS.map((l) => (
          <TermsCell key={l} terms={concept[l]} lang={l} header={l === lang} />
        ))}
        {curator && (
          <td>
            <div className="row-actions">
              <Button
                ref={editRef}
                variant="secondary"
                aria-expanded={editing}
                aria-controls={editRowId}
                onClick={() => setEditing((e) => !e)}
              >
                {t('thesaurus.edit')}
                <span className="visually-hidden"> {name}</span>
              </Button>
              <DeleteConcept id={concept.id} name={name} onDeleted={() => onDeleted(name)} />
            </div>
          </td>
        )}
      </tr>
      {curator && editing && (
        <tr id={editRowId} className="concept-edit-row">
          <td colSpan={TERM_LANGS.length + 1}>
            <EditConcept
              concept={concept}
              name={name}
              onCancel={() => setEditing(false)}
              onSaved={(saved) => {
                setEditing(false);
                onSaved(conceptName(saved, lang));
              }}
            />
          </td>
        </tr>
      )}
    </>
  );
}
