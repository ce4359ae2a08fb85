import { useId, type ReactNode } from 'react';
import { useT } from '../../app/i18n';

/** A titled part of a detail page; says so when there is nothing to show. */
export function Section({
  title,
  empty,
  emptyText,
  children,
}: {
  title: string;
  empty: boolean;
  emptyText?: string;
  children?: ReactNode;
}) {
  const { t } = useT();
  const id = useId();
  return (
    <section className="detail-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {empty ? <p className="empty">{emptyText ?? t('project.none')}</p> : children}
    </section>
  );
}

/** An external link that says where it goes. */
export function ExternalLink({ href, children }: { href: string; children?: ReactNode }) {
  return (
    <a href={href} rel="noopener noreferrer" className="external">
      {children ?? href}
    </a>
  );
}
