import { useId, useRef, useState } from 'react';
import { useT } from '../../app/i18n';

/**
 * A drop zone for files with an ordinary file input inside it, so keyboard and screen reader users
 * (and anyone who cannot drag) choose files the usual way.
 */
export function FileDrop({ onFiles, hint }: { onFiles: (files: File[]) => void; hint?: string }) {
  const { t } = useT();
  const [active, setActive] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const depth = useRef(0);
  return (
    <div
      className={active ? 'drop-zone drop-zone-active' : 'drop-zone'}
      onDragEnter={(e) => {
        e.preventDefault();
        depth.current += 1;
        setActive(true);
      }}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={() => {
        depth.current -= 1;
        if (depth.current <= 0) setActive(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        depth.current = 0;
        setActive(false);
        const files = [...e.dataTransfer.files];
        if (files.length) onFiles(files);
      }}
    >
      <p aria-hidden="true">{t('upload.dropHere')}</p>
      <label htmlFor={id} className="field-label">
        {t('upload.chooseFiles')}
      </label>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <input
        ref={input}
        id={id}
        type="file"
        multiple
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          if (files.length) onFiles(files);
          // The same file can be chosen again after a failure.
          e.target.value = '';
        }}
      />
    </div>
  );
}
