import type { FormEvent, ReactNode } from 'react';
import {
  CheckGroup,
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
  type FieldError,
  type FieldErrorOf,
} from '../../app/forms';
import { checkText, checkTexts, checkUrl } from '../../app/form-checks';
import { enumLabel, useT } from '../../app/i18n';
import { LIMITS } from '../../app/limits';
import {
  LanguageFields,
  languageLabels,
  textsInput,
  textsOf,
  type LocalizedField,
  type Texts,
} from '../project-edit/LanguageFields';
import {
  DELIVERABLE_KINDS,
  DEVELOPMENT_STATUSES,
  MAINTENANCE_TYPES,
  PLATFORMS,
  type DeliverableEditData,
} from './deliverable-edit.queries';
import {
  contactErrors,
  contactLabels,
  contactRowsOf,
  ContactsFields,
  contactsInput,
  type ContactRow,
} from './ContactsFields';
import { LanguageChecks } from './LanguageChecks';

export interface DeliverableValues {
  kind: string;
  title: Texts;
  shortDescription: Texts;
  description: Texts;
  licence: string;
  /** One keyword per line. */
  keywords: string;
  /** ISO 639-1 codes. */
  languages: string[];
  /** Platform enum values (software). */
  platforms: string[];
  developmentStatus: string;
  /** publiccode.yml maintenance type (internal, contract, community, none) or ''. */
  maintenanceType: string;
  maintenanceUntil: string;
  contacts: ContactRow[];
  landingUrl: string;
  repositoryUrl: string;
  documentationUrl: string;
  publishedAt: string;
}

export const emptyDeliverable = (): DeliverableValues => ({
  kind: '',
  title: textsOf(null),
  shortDescription: textsOf(null),
  description: textsOf(null),
  licence: '',
  keywords: '',
  languages: [],
  platforms: [],
  developmentStatus: '',
  maintenanceType: '',
  maintenanceUntil: '',
  contacts: [],
  landingUrl: '',
  repositoryUrl: '',
  documentationUrl: '',
  publishedAt: '',
});

export function deliverableValues(d: DeliverableEditData): DeliverableValues {
  return {
    kind: d.kind,
    title: textsOf(d.titleTranslations),
    shortDescription: textsOf(d.shortDescriptionTranslations),
    description: textsOf(d.descriptionTranslations),
    licence: d.licence ?? '',
    keywords: d.keywords.join('\n'),
    languages: [...d.languages],
    platforms: [...d.platforms],
    developmentStatus: d.developmentStatus ?? '',
    maintenanceType: d.maintenanceType ?? '',
    maintenanceUntil: d.maintenanceUntil ?? '',
    contacts: contactRowsOf(d.contacts),
    landingUrl: d.landingUrl ?? '',
    repositoryUrl: d.repositoryUrl ?? '',
    documentationUrl: d.documentationUrl ?? '',
    publishedAt: d.publishedAt ?? '',
  };
}

const v = (s: string) => (s.trim() === '' ? null : s.trim());

/** The keywords field's lines, trimmed, without empty lines or repeats. */
export function keywordList(text: string): string[] {
  return [...new Set(text.split(/\r?\n/).map((k) => k.trim()))].filter(Boolean);
}

const URLS = ['landingUrl', 'repositoryUrl', 'documentationUrl'] as const;
const KEYWORDS_MAX = LIMITS.keywords;
const KEYWORD_MAX_LENGTH = LIMITS.keyword;

/** The form's values as the fields shared by CreateDeliverableInput and UpdateDeliverableInput. */
export function deliverableInput(values: DeliverableValues) {
  return {
    kind: values.kind as (typeof DELIVERABLE_KINDS)[number],
    title: textsInput(values.title),
    shortDescription: textsInput(values.shortDescription),
    description: textsInput(values.description),
    licence: v(values.licence),
    keywords: keywordList(values.keywords),
    languages: values.languages,
    platforms: values.platforms.filter((x): x is (typeof PLATFORMS)[number] =>
      (PLATFORMS as readonly string[]).includes(x),
    ),
    developmentStatus: v(values.developmentStatus) as (typeof DEVELOPMENT_STATUSES)[number] | null,
    maintenanceType: v(values.maintenanceType),
    maintenanceUntil: v(values.maintenanceUntil),
    contacts: contactsInput(values.contacts),
    landingUrl: v(values.landingUrl),
    repositoryUrl: v(values.repositoryUrl),
    documentationUrl: v(values.documentationUrl),
    publishedAt: v(values.publishedAt),
  };
}

/**
 * Checked before asking the API: a kind, a title in at least one language, texts within their
 * limits, keywords the API takes (at most 30, each at most 60 characters), http(s) addresses and
 * contacts it takes.
 */
export function checkDeliverable(
  values: DeliverableValues,
  t: (k: string, o?: Record<string, unknown>) => string,
): FieldError[] {
  const bad: FieldError[] = [];
  if (!values.kind) bad.push({ field: 'kind', message: t('form.required') });
  if (!values.title.fi.trim() && !values.title.sv.trim() && !values.title.en.trim())
    bad.push({ field: 'title.fi', message: t('deliverableEdit.titleRequired') });
  const keywords = keywordList(values.keywords);
  if (keywords.length > KEYWORDS_MAX || keywords.some((k) => k.length > KEYWORD_MAX_LENGTH))
    bad.push({
      field: 'keywords',
      message: t('deliverableEdit.keywordsInvalid', { max: KEYWORDS_MAX, length: KEYWORD_MAX_LENGTH }),
    });
  bad.push(
    ...checkTexts('title', values.title, LIMITS.name, t),
    ...checkTexts('shortDescription', values.shortDescription, LIMITS.text, t),
    ...checkTexts('description', values.description, LIMITS.text, t),
    ...checkText('licence', values.licence, LIMITS.licence, t),
    ...URLS.flatMap((u) => checkUrl(u, values[u], t)),
    ...contactErrors(values.contacts, t),
  );
  return bad;
}

/** The fields of a deliverable, shared by the new and edit pages. */
export function DeliverableForm({
  values,
  onChange,
  onSubmit,
  busy,
  errors,
  summaryRef,
  fieldError,
  submitLabel,
  before,
  after,
}: {
  values: DeliverableValues;
  onChange: (next: DeliverableValues) => void;
  onSubmit: () => void;
  busy: boolean;
  errors: FieldError[];
  summaryRef: React.RefObject<HTMLDivElement | null>;
  fieldError: FieldErrorOf;
  submitLabel: string;
  before?: ReactNode;
  after?: ReactNode;
}) {
  const { t } = useT();
  const textFields: LocalizedField[] = [
    { field: 'title', label: t('deliverableEdit.title'), maxLength: LIMITS.name },
    {
      field: 'shortDescription',
      label: t('deliverableEdit.shortDescription'),
      multiline: true,
      rows: 2,
      maxLength: LIMITS.text,
    },
    { field: 'description', label: t('deliverableEdit.description'), multiline: true, rows: 5, maxLength: LIMITS.text },
  ];
  const labels: Record<string, string> = {
    ...languageLabels(textFields, t),
    kind: t('deliverableEdit.kind'),
    licence: t('deliverableEdit.licence'),
    keywords: t('deliverableEdit.keywords'),
    languages: t('deliverableEdit.languages'),
    platforms: t('deliverableEdit.platforms'),
    developmentStatus: t('deliverableEdit.developmentStatus'),
    maintenanceType: t('deliverableEdit.maintenanceType'),
    maintenanceUntil: t('deliverableEdit.maintenanceUntil'),
    publishedAt: t('deliverableEdit.publishedAt'),
    ...contactLabels(values.contacts, t),
    ...Object.fromEntries(URLS.map((u) => [u, t(`deliverableEdit.${u}`)])),
  };
  const set = <K extends keyof DeliverableValues>(k: K, value: DeliverableValues[K]) =>
    onChange({ ...values, [k]: value });
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <ErrorSummary errors={errors} summaryRef={summaryRef} labels={labels} />
      {before}
      <SelectField
        field="kind"
        label={labels.kind}
        value={values.kind}
        empty={t('form.choose')}
        onChange={(x) => set('kind', x)}
        options={DELIVERABLE_KINDS.map((k) => ({ value: k, label: enumLabel(t, 'deliverableKind', k) }))}
        error={fieldError('kind')}
      />
      <p className="tabs-note">{t('deliverableEdit.languagesNote')}</p>
      <LanguageFields
        fields={textFields}
        values={{ title: values.title, shortDescription: values.shortDescription, description: values.description }}
        onChange={(field, l, x) => {
          const f = field as 'title';
          set(f, { ...values[f], [l]: x });
        }}
        fieldError={fieldError}
      />
      <fieldset>
        <legend>{t('deliverableEdit.details')}</legend>
        <TextField
          field="licence"
          label={labels.licence}
          hint={t('deliverableEdit.licenceHint')}
          maxLength={LIMITS.licence}
          value={values.licence}
          onChange={(x) => set('licence', x)}
          error={fieldError('licence')}
        />
        <TextArea
          field="keywords"
          label={labels.keywords}
          hint={t('deliverableEdit.keywordsHint')}
          rows={4}
          value={values.keywords}
          onChange={(x) => set('keywords', x)}
          error={fieldError('keywords')}
        />
        <LanguageChecks
          field="languages"
          label={labels.languages}
          hint={t('deliverableEdit.languagesHint')}
          value={values.languages}
          onChange={(x) => set('languages', x)}
          error={fieldError('languages')}
        />
        <CheckGroup
          field="platforms"
          label={labels.platforms}
          hint={t('deliverableEdit.platformsHint')}
          options={PLATFORMS.map((x) => ({ value: x, label: enumLabel(t, 'platform', x) }))}
          value={values.platforms}
          onChange={(x) => set('platforms', x)}
          error={fieldError('platforms')}
          className="plain-fieldset"
        />
        <SelectField
          field="developmentStatus"
          label={labels.developmentStatus}
          value={values.developmentStatus}
          empty={t('form.notKnown')}
          onChange={(x) => set('developmentStatus', x)}
          options={DEVELOPMENT_STATUSES.map((k) => ({ value: k, label: enumLabel(t, 'developmentStatus', k) }))}
          error={fieldError('developmentStatus')}
        />
        <TextField
          field="publishedAt"
          type="date"
          label={labels.publishedAt}
          value={values.publishedAt}
          onChange={(x) => set('publishedAt', x)}
          error={fieldError('publishedAt')}
        />
        {URLS.map((u) => (
          <TextField
            key={u}
            field={u}
            type="url"
            inputMode="url"
            label={labels[u]}
            hint={t('form.urlHint')}
            maxLength={LIMITS.url}
            value={values[u]}
            onChange={(x) => set(u, x)}
            error={fieldError(u)}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('deliverableEdit.maintenance')}</legend>
        <SelectField
          field="maintenanceType"
          label={labels.maintenanceType}
          value={values.maintenanceType}
          empty={t('form.notKnown')}
          onChange={(x) => set('maintenanceType', x)}
          options={MAINTENANCE_TYPES.map((k) => ({ value: k, label: enumLabel(t, 'maintenanceType', k) }))}
          error={fieldError('maintenanceType')}
        />
        <TextField
          field="maintenanceUntil"
          type="date"
          label={labels.maintenanceUntil}
          value={values.maintenanceUntil}
          onChange={(x) => set('maintenanceUntil', x)}
          error={fieldError('maintenanceUntil')}
        />
      </fieldset>
      <ContactsFields rows={values.contacts} onChange={(x) => set('contacts', x)} fieldError={fieldError} />
      <div className="form-actions">
        <SubmitButton busy={busy}>{busy ? t('form.saving') : submitLabel}</SubmitButton>
        {after}
      </div>
    </form>
  );
}
