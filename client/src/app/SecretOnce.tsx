import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button, Heading } from 'suomifi-ui-components';
import { Notice } from './Notice';

export interface SecretOnceProps {
  heading: string;
  warning: string;
  secret: string;
  testId: string;
  copyLabel: string;
  copiedLabel: string;
  hideLabel: string;
  onHide: () => void;
  children?: ReactNode;
}

/**
 * A secret shown once (an API key, a webhook signing secret): focused on arrival, with a copy
 * button; when the clipboard is refused the secret stays selectable on screen.
 */
export function SecretOnce(p: SecretOnceProps) {
  const [copied, setCopied] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
    setCopied(false);
  }, [p.secret]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(p.secret);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <Notice tone="warning" role="alert" tabIndex={-1} ref={ref}>
      <Heading variant="h3">{p.heading}</Heading>
      <p>
        <strong>{p.warning}</strong>
      </p>
      <code className="secret" data-testid={p.testId}>
        {p.secret}
      </code>
      <div className="form-actions">
        <Button onClick={() => void copy()}>{p.copyLabel}</Button>
        <span role="status">{copied ? p.copiedLabel : ''}</span>
        <Button variant="secondary" onClick={p.onHide}>
          {p.hideLabel}
        </Button>
      </div>
    </Notice>
  );
}
