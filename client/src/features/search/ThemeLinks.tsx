import { Link } from 'react-router';
import { enumLabel, useT } from '../../app/i18n';

/** Top-level themes first, each followed by its sub-themes (the schema's two levels). */
export const THEMES = [
  'BUILT_ENVIRONMENT',
  'E_PERMITS_BUILDING_CONTROL',
  'LAND_USE_PLANNING',
  'PLAN_DATA_MODEL',
  'MASTER_PLAN_MAINTENANCE',
  'CITY_MODEL_3D',
  'CULTURAL_ENVIRONMENT',
  'DIGITAL_SECURITY',
  'SAAS_SECURITY',
  'CYBER_SECURITY_TESTING',
  'CONTINUITY_AND_PREPAREDNESS',
  'SECURITY_COMPETENCE',
  'WASTE_MANAGEMENT',
  'DATA_DRIVEN_MANAGEMENT',
  'WORK_CULTURE',
  'DATA_QUALITY',
] as const;

/** Every theme as a link to the search of its projects and deliverables. */
export function ThemeLinks() {
  const { t, lang } = useT();
  return (
    <ul className="theme-links">
      {THEMES.map((theme) => (
        <li key={theme}>
          <Link to={`/${lang}/search?theme=${theme}`}>{enumLabel(t, 'theme', theme)}</Link>
        </li>
      ))}
    </ul>
  );
}
