/** Text as a user reads it: source formatting collapsed, the no-break spaces of Intl kept. */
export const text = (el: Element | null | undefined) => el?.textContent?.replace(/[ \n]+/g, ' ').trim();
