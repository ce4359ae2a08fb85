/** The width of a text as drawn, e.g. a canvas context's `measureText(text).width`. */
export type Measure = (text: string) => number;

/**
 * `text` in lines of at most `maxWidth` as `measure` measures them, for text drawn on a canvas
 * (which does not wrap): between words, and a word longer than a line hyphenated (see wordHead).
 * Nothing is left out.
 */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (measure(joined) <= maxWidth) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (rest.length > 1 && measure(rest) > maxWidth) {
      const [head, used] = wordHead(rest, maxWidth, measure);
      lines.push(head);
      rest = rest.slice(used);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

const VOWEL = /[aeiouyåäöéü]/i;
const CONSONANT = /[bcdfghjklmnpqrstvwxz]/i;

/**
 * The first line of a word too long for one, and how many of its characters that takes: up to a
 * hyphen of its own that fits; else before a consonant followed by a vowel (where Finnish words
 * are hyphenated: tur-val-li-suus, and a fair place in Swedish and English ones); else as many
 * characters as fit. The longest that fits, with a hyphen added where the word had none.
 */
function wordHead(word: string, maxWidth: number, measure: Measure): [string, number] {
  for (let i = word.lastIndexOf('-', word.length - 2); i > 0; i = word.lastIndexOf('-', i - 1))
    if (measure(word.slice(0, i + 1)) <= maxWidth) return [word.slice(0, i + 1), i + 1];
  for (let i = word.length - 2; i > 1; i -= 1)
    if (
      CONSONANT.test(word[i]!) &&
      VOWEL.test(word[i + 1]!) &&
      VOWEL.test(word.slice(0, i)) &&
      measure(`${word.slice(0, i)}-`) <= maxWidth
    )
      return [`${word.slice(0, i)}-`, i];
  let n = word.length - 1;
  while (n > 1 && measure(`${word.slice(0, n)}-`) > maxWidth) n -= 1;
  return [`${word.slice(0, n)}-`, n];
}
