import { useT } from './i18n';

/**
 * Grey blocks where content will appear, sized like it so nothing jumps when it arrives; the
 * status text is for screen readers.
 */
export function Skeleton({ lines = 3, label }: { lines?: number; label?: string }) {
  const { t } = useT();
  return (
    <div className="skeleton" aria-busy="true">
      <p className="visually-hidden" role="status">
        {label ?? t('loading')}
      </p>
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} className="skeleton-line" aria-hidden="true" />
      ))}
    </div>
  );
}

export function PageSkeleton() {
  return (
    <div className="page-skeleton">
      <div className="skeleton-title" aria-hidden="true" />
      <Skeleton lines={6} />
    </div>
  );
}
