import { useId, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Button, TextInput } from 'suomifi-ui-components';
import { useT } from '../../app/i18n';

/** The API's limits on a search (server search.parse.ts): longer ones are BAD_USER_INPUT. */
export const MAX_QUERY_LENGTH = 500;
/** Words or quoted phrases. */
export const MAX_QUERY_WORDS = 16;

/**
 * A labelled search box. Submitting goes to the search page with the words in the URL; on the
 * search page itself the current filters are kept.
 */
export function SearchForm({
  label,
  initial,
  keepFilters = false,
}: {
  label: string;
  initial: string;
  keepFilters?: boolean;
}) {
  const { t, lang } = useT();
  const id = useId();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [value, setValue] = useState(initial);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams(keepFilters ? params : undefined);
    const q = value.trim();
    if (q) next.set('q', q);
    else next.delete('q');
    const search = next.toString();
    navigate(`/${lang}/search${search ? `?${search}` : ''}`);
  };

  return (
    <form role="search" className="search-form" onSubmit={submit}>
      <div className="search-row">
        <TextInput
          id={id}
          name="q"
          labelText={label}
          value={value}
          autoComplete="off"
          maxLength={MAX_QUERY_LENGTH}
          fullWidth
          onChange={(v) => setValue(String(v ?? ''))}
        />
        <Button type="submit">{t('search.button')}</Button>
      </div>
    </form>
  );
}
