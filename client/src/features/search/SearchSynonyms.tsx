import { Link, useSearchParams } from 'react-router';
import { useT } from '../../app/i18n';
import { quoteTerms } from './search-params';

export interface Synonyms {
  term: string;
  synonyms: string[];
}

/**
 * The words the search looked for besides the typed ones (the API's thesaurus), a link to the
 * same search with those words quoted, which turns that off, and a link to the thesaurus itself.
 */
export function SearchSynonyms({ query, synonyms }: { query: string; synonyms: readonly Synonyms[] }) {
  const { t, lang } = useT();
  const [params] = useSearchParams();
  if (synonyms.length === 0) return null;
  const words = [...new Set(synonyms.flatMap((s) => s.synonyms))];
  const exact = quoteTerms(
    query,
    synonyms.map((s) => s.term),
  );
  const next = new URLSearchParams(params);
  if (exact) next.set('q', exact);
  return (
    <p className="search-synonyms">
      {t('search.alsoSearched', { words: words.join(', ') })}{' '}
      {exact && <Link to={`?${next.toString()}`}>{t('search.searchAsTyped')}</Link>}
      {exact && <span aria-hidden="true"> · </span>}
      <Link className="search-thesaurus-link" to={`/${lang}/thesaurus`}>
        {t('search.thesaurusLink')}
      </Link>
    </p>
  );
}
