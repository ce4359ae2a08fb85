/**
 * Node colours by kind (the API's typename), after the Okabe–Ito palette that stays apart with the
 * common colour vision deficiencies. The legend names each colour and the list view groups by
 * kind, so colour is never the only cue.
 */
export const KIND_COLOURS: Record<string, string> = {
  Project: '#0072B2',
  Organisation: '#D55E00',
  Deliverable: '#009E73',
  Specification: '#CC79A7',
  NationalService: '#7b3294',
  Grant: '#E69F00',
  FundingCall: '#8c6d00',
  Region: '#56B4E9',
};

export const OTHER_COLOUR = '#545454';

/** Kinds in the order the legend and the list show them. */
export const KIND_ORDER = Object.keys(KIND_COLOURS);

export const colourOfKind = (typename: string) => KIND_COLOURS[typename] ?? OTHER_COLOUR;

export function sortKinds(kinds: Iterable<string>): string[] {
  const rank = (k: string) => (KIND_ORDER.includes(k) ? KIND_ORDER.indexOf(k) : KIND_ORDER.length);
  return [...kinds].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
