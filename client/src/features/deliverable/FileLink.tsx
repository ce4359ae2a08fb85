import { formatNumber } from '../../app/format';
import { useT } from '../../app/i18n';
import { LOCALES, type Lang } from '../../app/lang';

/** Sizes as people read them: kB below a megabyte, else MB with one decimal. */
export function formatSize(bytes: number, lang: Lang): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.ceil(bytes / 1024)), lang)} kB`;
  return `${new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
}

/** A file to download: its name, then its media type and size. */
export function FileLink({
  file,
}: {
  file: { filename: string; downloadUrl: string; mediaType: string; byteSize: number };
}) {
  const { lang } = useT();
  return (
    <>
      <a href={file.downloadUrl} download>
        {file.filename}
      </a>{' '}
      <span className="role">
        ({file.mediaType}, {formatSize(file.byteSize, lang)})
      </span>
    </>
  );
}
