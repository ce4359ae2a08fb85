import { useT } from './i18n';

/** An error in the page's language with a retry that asks the network again. */
export function LoadError({ message, onRetry }: { message?: string; onRetry: () => void }) {
  const { t } = useT();
  return (
    <div className="error" role="alert">
      <p>{message ?? t('loadError')}</p>
      <button type="button" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}
