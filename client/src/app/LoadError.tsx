import { Button, InlineAlert } from 'suomifi-ui-components';
import { useT } from './i18n';

/** An error in the page's language with a retry that asks the network again. */
export function LoadError({ message, onRetry }: { message?: string; onRetry: () => void }) {
  const { t } = useT();
  return (
    <div className="error" role="alert">
      <InlineAlert status="error">
        <p>{message ?? t('loadError')}</p>
        <Button variant="secondary" onClick={onRetry}>
          {t('retry')}
        </Button>
      </InlineAlert>
    </div>
  );
}
