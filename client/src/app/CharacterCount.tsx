import { useEffect, useRef, useState } from 'react';
import { formatNumber } from './format';
import { useT } from './i18n';
import { textLength } from './limits';

/** How long typing pauses before the count is announced: not on every keystroke. */
export const ANNOUNCE_DELAY_MS = 1000;

/**
 * The characters used of a long text's limit ("12 / 20 000"), for the textarea's description.
 * Screen readers hear how many are left politely, once the user pauses typing.
 */
export function CharacterCount({ id, value, max }: { id: string; value: string; max: number }) {
  const { t, lang } = useT();
  const length = textLength(value);
  const over = length > max;
  const [announce, setAnnounce] = useState('');
  const first = useRef(true);
  useEffect(() => {
    // The count as the page opens is no news; changes are.
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(
      () =>
        setAnnounce(
          over
            ? t('form.count.over', { count: length - max, formatted: formatNumber(length - max, lang) })
            : t('form.count.left', { count: max - length, formatted: formatNumber(max - length, lang) }),
        ),
      ANNOUNCE_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [length, max, over, t, lang]);
  return (
    <>
      <p id={id} className={over ? 'character-count character-count-over' : 'character-count'}>
        <span aria-hidden="true">
          {formatNumber(length, lang)} / {formatNumber(max, lang)}
        </span>
        <span className="visually-hidden">
          {t('form.count.used', { length: formatNumber(length, lang), max: formatNumber(max, lang) })}
        </span>
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
    </>
  );
}
