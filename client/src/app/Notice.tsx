import type { HTMLAttributes, ReactNode, Ref } from 'react';
import { InlineAlert } from 'suomifi-ui-components';

/** success is drawn as suomi.fi's neutral alert: the design system has no success colour for it. */
export type NoticeTone = 'neutral' | 'success' | 'warning' | 'error';

const TONE_CLASS: Record<NoticeTone, string> = {
  neutral: 'notice',
  success: 'notice notice-success',
  warning: 'notice notice-warn',
  error: 'notice notice-error',
};

/**
 * A suomi.fi InlineAlert for a message on the page. The outer element carries the role, tabIndex
 * and ref (InlineAlert drops its ref), so a caller can move focus to a message it just showed.
 */
export function Notice({
  tone = 'neutral',
  className,
  children,
  ref,
  ...rest
}: { tone?: NoticeTone; children: ReactNode; ref?: Ref<HTMLDivElement> } & HTMLAttributes<HTMLDivElement>) {
  return (
    <div ref={ref} className={className ? `${TONE_CLASS[tone]} ${className}` : TONE_CLASS[tone]} {...rest}>
      <InlineAlert status={tone === 'success' ? 'neutral' : tone}>{children}</InlineAlert>
    </div>
  );
}
