// Apart from the pages so that other pages can link here without loading the pages' chunks.

/**
 * The page of an organisation: a municipality by its code, any other organisation (a joint
 * municipal authority, an association …) by its id; global ids may hold `=`, so it is encoded.
 */
export function organisationPath(lang: string, org: { id: string; municipalityCode?: string | null }): string {
  return org.municipalityCode
    ? `/${lang}/municipalities/${org.municipalityCode}`
    : `/${lang}/organisations/${encodeURIComponent(org.id)}`;
}
