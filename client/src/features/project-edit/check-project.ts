import { checkDateOrder, checkTexts, checkUrl } from '../../app/form-checks';
import type { FieldError } from '../../app/forms';
import { LIMITS } from '../../app/limits';
import type { ProjectValues } from './ProjectEditPage';

type T = (key: string, options?: Record<string, unknown>) => string;

/** What the API would refuse of a project, found before asking it (server: project.inputs.ts). */
export function checkProject(values: ProjectValues, t: T): FieldError[] {
  const bad: FieldError[] = [];
  if (!values.name.fi.trim() && !values.name.sv.trim() && !values.name.en.trim())
    bad.push({ field: 'name.fi', message: t('form.someLanguage') });
  bad.push(
    ...checkTexts('name', values.name, LIMITS.name, t),
    ...checkTexts('summary', values.summary, LIMITS.text, t),
    ...checkTexts('description', values.description, LIMITS.text, t),
    ...checkDateOrder('plannedEnd', values.plannedStart, values.plannedEnd, t('form.endBeforeStart')),
    ...checkDateOrder('actualEnd', values.actualStart, values.actualEnd, t('form.endBeforeStart')),
    ...checkUrl('website', values.website, t),
  );
  return bad;
}
