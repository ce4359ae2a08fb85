import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Button, Heading } from 'suomifi-ui-components';
import { ErrorSummary, SubmitButton, TextField, useFormErrors, type FieldError } from '../../app/forms';
import { useT } from '../../app/i18n';
import { NO_TEXTS, TERM_LANGS, termCount, type TermLang, type TermTexts } from './terms';

/** Terms of one concept in all (the API's MAX_TERMS); the API checks again. */
export const MIN_TERMS = 2;

/** Saves the texts; resolves to the errors to show, or nothing when saved. */
export type SaveConcept = (texts: TermTexts) => Promise<FieldError[] | undefined>;

/**
 * A concept's terms: one input per language, terms separated by commas. Errors go to the summary
 * at the top (focused) and beside the inputs; the API's field names (`fi`, `sv`, `en`) are
 * prefixed with `prefix`, so several forms on the page keep their ids apart.
 */
export function ConceptForm({
  prefix,
  heading,
  headingLevel = 'h3',
  initial = NO_TEXTS,
  submitLabel,
  save,
  onCancel,
  clearOnSave = false,
  before,
}: {
  prefix: string;
  heading: string;
  headingLevel?: 'h2' | 'h3';
  initial?: TermTexts;
  submitLabel: string;
  save: SaveConcept;
  onCancel?: () => void;
  /** Empty the inputs after a save (the add form); an edit form is closed by its caller instead. */
  clearOnSave?: boolean;
  /** Shown between the heading and the inputs (a saved notice). */
  before?: ReactNode;
}) {
  const { t } = useT();
  const headingId = useId();
  const [texts, setTexts] = useState<TermTexts>(initial);
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();
  const fieldOf = (f: string) => `${prefix}.${f}`;
  const fieldError = (f: TermLang) => form.fieldError(f) ?? form.fieldError(fieldOf(f));
  const labels = Object.fromEntries(TERM_LANGS.map((l) => [fieldOf(l), t(`thesaurus.terms.${l}`)]));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (termCount(texts) < MIN_TERMS) return form.fail([{ message: t('thesaurus.tooFew') }]);
    setBusy(true);
    const errors = await save(texts).finally(() => setBusy(false));
    if (errors) return form.fail(errors);
    form.clear();
    if (clearOnSave) setTexts(NO_TEXTS);
  };

  return (
    <form className="form concept-form" noValidate aria-labelledby={headingId} onSubmit={(e) => void submit(e)}>
      <Heading variant={headingLevel} id={headingId}>
        {heading}
      </Heading>
      {before}
      <ErrorSummary
        errors={form.errors.map((e) => (e.field ? { ...e, field: fieldOf(e.field) } : e))}
        summaryRef={form.summaryRef}
        labels={labels}
      />
      <p className="field-hint">{t('thesaurus.formHint')}</p>
      {TERM_LANGS.map((l) => (
        <TextField
          key={l}
          field={fieldOf(l)}
          label={labels[fieldOf(l)]!}
          hint={t(`thesaurus.example.${l}`)}
          lang={l}
          value={texts[l]}
          onChange={(v) => setTexts((old) => ({ ...old, [l]: v }))}
          error={fieldError(l)}
        />
      ))}
      <div className="form-actions">
        <SubmitButton busy={busy}>{busy ? t('form.saving') : submitLabel}</SubmitButton>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
