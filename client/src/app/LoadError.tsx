import type { TFunction } from 'i18next';
import { Button, InlineAlert } from 'suomifi-ui-components';
import type { CombinedError } from 'urql';
import { throttled } from './errors';
import { useT } from './i18n';

/**
 * An error in the page's language with a retry that asks the network again (none without
 * `onRetry`). Given the `error`, a rate-limited request says so and when to try again instead.
 */
export function LoadError({
  message,
  error,
  onRetry,
}: {
  message?: string;
  error?: CombinedError;
  onRetry?: () => void;
}) {
  const { t } = useT();
  return (
    <div className="error" role="alert">
      <InlineAlert status="error">
        <p>{(error && throttledMessage(t, error)) || (message ?? t('loadError'))}</p>
        {onRetry && (
          <Button variant="secondary" onClick={onRetry}>
            {t('retry')}
          </Button>
        )}
      </InlineAlert>
    </div>
  );
}

/** "Too many requests …, try again in about N minutes", or null when the error is not THROTTLED. */
function throttledMessage(t: TFunction, error: CombinedError): string | null {
  const limit = throttled(error);
  if (!limit) return null;
  const seconds = limit.retryAfterSeconds;
  if (seconds === null) return t('throttled.later');
  if (seconds < 60) return t('throttled.seconds', { count: seconds });
  return t('throttled.minutes', { count: Math.ceil(seconds / 60) });
}
