import type { ReactNode } from 'react';
import { useT } from '../../app/i18n';

/**
 * A wide table that scrolls sideways within itself on a narrow screen; focusable and named so that
 * keyboard users can scroll it too (WCAG 2.1.1, axe scrollable-region-focusable). The name says it
 * is the scrollable table: the section around it often has `label` as its own name, and two
 * landmarks of one name cannot be told apart (axe landmark-unique).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useT();
  return (
    <div className="table-scroll" role="region" aria-label={t('scrollableTable', { label })} tabIndex={0}>
      {children}
    </div>
  );
}
