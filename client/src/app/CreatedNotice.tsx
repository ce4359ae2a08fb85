import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { Notice } from './Notice';

/** Whether the page was opened by creating what it shows (`navigate(path, { state: { created: true } })`). */
export function useCreated(): boolean {
  const state: unknown = useLocation().state;
  return typeof state === 'object' && state !== null && (state as { created?: unknown }).created === true;
}

/**
 * Says that what the page shows was just created, after a form navigated here: the notice takes
 * focus (it is read, and keyboard users start from it) as the forms' saved notices do.
 */
export function CreatedNotice({ message }: { message: string }) {
  const created = useCreated();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (created) ref.current?.focus();
  }, [created]);
  if (!created) return null;
  return (
    <Notice tone="success" role="status" tabIndex={-1} ref={ref}>
      <p>{message}</p>
    </Notice>
  );
}
