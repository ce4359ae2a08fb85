import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from 'suomifi-ui-components';
import { useT } from './i18n';

export interface ConfirmActionProps {
  /** The first button's text, and what it acts on (read to screen readers only). */
  label: string;
  target: string;
  /** The question asked before acting (also the group's accessible name). */
  question: string;
  confirmLabel: string;
  busy: boolean;
  /** A message when the action failed. */
  error?: ReactNode;
  onConfirm: () => void;
  /** Look of the first button, and class names of it and of the question group. */
  variant?: 'secondary' | 'secondaryNoBorder';
  className?: string;
  groupClassName?: string;
}

/** A destructive action that asks first; focus moves to the confirming button. */
export function ConfirmAction(p: ConfirmActionProps) {
  const { t } = useT();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  if (!confirming)
    return (
      <Button variant={p.variant ?? 'secondary'} className={p.className} onClick={() => setConfirming(true)}>
        {p.label}
        <span className="visually-hidden"> {p.target}</span>
      </Button>
    );
  return (
    <div className={p.groupClassName} role="group" aria-label={p.question}>
      <p>{p.question}</p>
      {p.error && (
        <p className="field-error" role="alert">
          {p.error}
        </p>
      )}
      <div className="row-actions">
        <Button
          ref={confirmRef}
          aria-disabled={p.busy}
          onClick={() => {
            if (!p.busy) p.onConfirm();
          }}
        >
          {p.confirmLabel}
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(false)}>
          {t('form.cancel')}
        </Button>
      </div>
    </div>
  );
}
