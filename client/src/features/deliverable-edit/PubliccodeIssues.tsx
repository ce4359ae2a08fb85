import { useT } from '../../app/i18n';
import type { PubliccodeIssue } from './publiccode.queries';

/** Offsets of the start of `line` (1-based) plus `column - 1`, and of that line's end, in `text`. */
export function lineRange(text: string, line: number, column: number | null): [number, number] {
  const lines = text.split('\n');
  const i = Math.min(Math.max(line, 1), lines.length) - 1;
  const lineStart = lines.slice(0, i).reduce((n, l) => n + l.length + 1, 0);
  const length = lines[i].replace(/\r$/, '').length;
  return [lineStart + Math.min(Math.max((column ?? 1) - 1, 0), length), lineStart + length];
}

/** Focuses the textarea `id` and selects the rest of the line the issue is on. */
function showInText(id: string, text: string, issue: PubliccodeIssue) {
  const el = document.getElementById(id);
  if (!(el instanceof HTMLTextAreaElement) || issue.line == null) return false;
  el.focus();
  el.setSelectionRange(...lineRange(text, issue.line, issue.column));
  return true;
}

/**
 * Problems the API found in a publiccode.yml: "Line 3, column 5: message (path)". The messages
 * are in English, and marked so. With `textareaId`, the place links to that spot in the pasted
 * text (`text` is the text that was read).
 */
export function PubliccodeIssues({
  issues,
  textareaId,
  text,
}: {
  issues: readonly PubliccodeIssue[];
  textareaId?: string;
  text?: string;
}) {
  const { t, lang } = useT();
  return (
    <ul className="publiccode-issues">
      {issues.map((issue, i) => {
        const where =
          issue.line == null
            ? null
            : issue.column == null
              ? t('publiccodeImport.atLine', { line: issue.line })
              : t('publiccodeImport.at', { line: issue.line, column: issue.column });
        return (
          <li key={i}>
            {where &&
              (textareaId && text != null ? (
                <a
                  href={`#${textareaId}`}
                  onClick={(e) => {
                    if (showInText(textareaId, text, issue)) e.preventDefault();
                  }}
                >
                  {where}
                </a>
              ) : (
                where
              ))}
            {where && ': '}
            <span lang={lang === 'en' ? undefined : 'en'}>{issue.message}</span>
            {issue.path && (
              <>
                {' '}
                (<code>{issue.path}</code>)
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
