import { Link } from 'react-router';
import { enumLabel, useT } from '../../app/i18n';
import { THEMES } from '../../app/themes';

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
