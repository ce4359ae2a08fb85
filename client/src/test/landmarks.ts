import { text } from './text';

/**
 * The names of the region landmarks in `container` (sections named by a heading, and elements with
 * role="region"), as a screen reader's list of landmarks shows them. axe's landmark-unique wants
 * each one different.
 */
export function regionNames(container: HTMLElement): string[] {
  return [...container.querySelectorAll('section[aria-labelledby], section[aria-label], [role="region"]')].map((el) => {
    const ids = el.getAttribute('aria-labelledby');
    if (ids)
      return ids
        .split(/\s+/)
        .map((id) => text(document.getElementById(id)) ?? '')
        .join(' ');
    return el.getAttribute('aria-label') ?? '';
  });
}
