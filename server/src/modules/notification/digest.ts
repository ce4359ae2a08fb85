/*
 * The e-mail digest of a user's unread notifications, in their language (fi, sv, en): one
 * plain-text and one HTML body.
 */

export type DigestLang = 'fi' | 'sv' | 'en';

export interface DigestItem {
  action: string;
  nodeType: string;
  /** The name of the followed node the change concerns, as stored (LocalizedText). */
  label: Record<string, string> | null;
  followedType: string;
  at: Date;
}

const NODE: Record<string, Record<DigestLang, string>> = {
  Project: { fi: 'hanke', sv: 'projekt', en: 'project' },
  Deliverable: { fi: 'tuotos', sv: 'leverans', en: 'deliverable' },
  Release: { fi: 'versio', sv: 'version', en: 'release' },
  File: { fi: 'tiedosto', sv: 'fil', en: 'file' },
  Adoption: { fi: 'käyttöönotto', sv: 'ibruktagande', en: 'adoption' },
  LessonLearned: { fi: 'opittu asia', sv: 'lärdom', en: 'lesson learned' },
  Organisation: { fi: 'organisaatio', sv: 'organisation', en: 'organisation' },
};

const VERB: Record<string, Record<DigestLang, string>> = {
  create: { fi: 'lisätty', sv: 'tillagd', en: 'added' },
  declare: { fi: 'ilmoitettu', sv: 'anmäld', en: 'declared' },
  upload: { fi: 'lisätty', sv: 'tillagd', en: 'added' },
  update: { fi: 'muutettu', sv: 'ändrad', en: 'changed' },
  delete: { fi: 'poistettu', sv: 'borttagen', en: 'removed' },
  archive: { fi: 'arkistoitu', sv: 'arkiverad', en: 'archived' },
  restore: { fi: 'palautettu', sv: 'återställd', en: 'restored' },
  withdraw: { fi: 'peruttu', sv: 'återkallad', en: 'withdrawn' },
  confirm: { fi: 'vahvistettu', sv: 'bekräftad', en: 'confirmed' },
  verify: { fi: 'todennettu', sv: 'verifierad', en: 'verified' },
};

const TEXT: Record<DigestLang, { subject: (n: number) => string; intro: string; footer: string; untitled: string }> = {
  fi: {
    subject: (n) => `Kuntagraph: ${n} ${n === 1 ? 'uusi muutos' : 'uutta muutosta'} seuraamissasi kohteissa`,
    intro: 'Seuraamissasi kohteissa on tapahtunut muutoksia:',
    footer: 'Voit muuttaa koosteiden tiheyttä Kuntagraphin asetuksissa.',
    untitled: '(nimetön)',
  },
  sv: {
    subject: (n) => `Kuntagraph: ${n} ${n === 1 ? 'ny ändring' : 'nya ändringar'} i det du följer`,
    intro: 'Det du följer har ändrats:',
    footer: 'Du kan ändra hur ofta du får sammandrag i inställningarna i Kuntagraph.',
    untitled: '(namnlös)',
  },
  en: {
    subject: (n) => `Kuntagraph: ${n} new ${n === 1 ? 'change' : 'changes'} in what you follow`,
    intro: 'What you follow has changed:',
    footer: 'You can change how often you get digests in your Kuntagraph settings.',
    untitled: '(untitled)',
  },
};

/** A stored language, or fi. */
export function digestLang(value: string | null | undefined): DigestLang {
  return value === 'sv' || value === 'en' ? value : 'fi';
}

function pick(label: Record<string, string> | null, lang: DigestLang): string | null {
  if (!label) return null;
  for (const l of [lang, 'fi', 'sv', 'en']) if (typeof label[l] === 'string' && label[l].trim()) return label[l];
  return null;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** One line per change: `<name>: <node type> <verb> (<action>), <date> UTC`. */
export function digestLine(item: DigestItem, lang: DigestLang): string {
  const name = pick(item.label, lang) ?? TEXT[lang].untitled;
  const node = NODE[item.nodeType]?.[lang] ?? item.nodeType;
  const verb = VERB[item.action.split('.')[1] ?? '']?.[lang];
  const when = item.at.toISOString().slice(0, 16).replace('T', ' ');
  return `${name}: ${node}${verb ? ` ${verb}` : ''} (${item.action}), ${when} UTC`;
}

export function composeDigest(items: DigestItem[], lang: DigestLang): { subject: string; text: string; html: string } {
  const t = TEXT[lang];
  const lines = items.map((i) => digestLine(i, lang));
  const text = [t.intro, '', ...lines.map((l) => `- ${l}`), '', t.footer, ''].join('\n');
  const html = `<!doctype html><html lang="${lang}"><body><p>${escapeHtml(t.intro)}</p><ul>${lines
    .map((l) => `<li>${escapeHtml(l)}</li>`)
    .join('')}</ul><p>${escapeHtml(t.footer)}</p></body></html>`;
  return { subject: t.subject(items.length), text, html };
}
