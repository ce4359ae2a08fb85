import '../../app/locales/follow';
import { Link } from 'react-router';
import type { TFunction } from 'i18next';
import { useT } from '../../app/i18n';
import { LocalizedText } from '../../app/LocalizedText';
import { LOCALES, type Lang } from '../../app/lang';
import { nodePath } from '../graph-explorer/paths';
import type { NodeLabel } from './follow.queries';

/** The label of a node type ("Project"), or the type itself when this client does not know it. */
export function nodeTypeLabel(t: TFunction, type: string): string {
  return t(`follow.nodeType.${type}`, { defaultValue: type });
}

/** A link to a followed or changed node by its name; a removed node is named by its type. */
export function NodeLink({ node, type }: { node: NodeLabel | null; type: string }) {
  const { t, lang } = useT();
  if (!node) return <span>{t('follow.removed', { type: nodeTypeLabel(t, type) })}</span>;
  const text = 'name' in node ? node.name : 'title' in node ? node.title : null;
  return (
    <Link to={nodePath(lang, node.id)}>
      {text ? (
        <LocalizedText value={text} properName={node.__typename === 'Organisation'} />
      ) : 'version' in node ? (
        `${nodeTypeLabel(t, type)} ${node.version}`
      ) : (
        nodeTypeLabel(t, type)
      )}
    </Link>
  );
}

/** Date and time in Finland's time zone, as the language writes them. */
export function formatDateTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Helsinki',
  }).format(date);
}
