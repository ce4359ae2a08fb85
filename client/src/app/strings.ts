import type { ProjectStatus, Theme } from './enums';
import { formatNumber } from './format';
import type { Lang } from './lang';

// A plain dictionary until the app grows enough to need an i18n library.

export interface Strings {
  tagline: string;
  skipToContent: string;
  language: string;
  projectsHeading: string;
  projectCount: (n: number) => string;
  loading: string;
  loadError: string;
  retry: string;
  empty: string;
  loadMore: string;
  status: string;
  leadOrganisation: string;
  participants: string;
  grants: string;
  grant: (amount: string | null, year: number) => string;
  themes: string;
  /** Appended to text shown in another language than the one chosen. */
  inLanguage: Record<Lang, string>;
  theme: Record<Theme, string>;
  projectStatus: Record<ProjectStatus, string>;
  footer: { source: string; licenceUrl: string; projects: string };
}

export const SITE_NAME = 'Kuntagraph';

/** Each language's name in itself, for the language switcher. */
export const LANGUAGE_NAMES: Record<Lang, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };

const fi: Strings = {
  tagline: 'Kuntien digitalisaatiohankkeet ja niiden tulosten uudelleenkäyttö',
  skipToContent: 'Siirry sisältöön',
  language: 'Kieli',
  projectsHeading: 'Hankkeet',
  projectCount: (n) => (n === 1 ? '1 hanke' : `${formatNumber(n, 'fi')} hanketta`),
  loading: 'Ladataan hankkeita…',
  loadError: 'Hankkeiden lataaminen epäonnistui.',
  retry: 'Yritä uudelleen',
  empty: 'Hankkeita ei löytynyt.',
  loadMore: 'Näytä lisää hankkeita',
  status: 'Tila',
  leadOrganisation: 'Vastuuorganisaatio',
  participants: 'Osallistujat',
  grants: 'Avustukset',
  grant: (amount, year) => `${year}: ${amount === null ? 'summa ei tiedossa' : `enintään ${amount}`}`,
  themes: 'Teemat',
  inLanguage: { fi: 'suomeksi', sv: 'ruotsiksi', en: 'englanniksi' },
  theme: {
    BUILT_ENVIRONMENT: 'Rakennettu ympäristö',
    E_PERMITS_BUILDING_CONTROL: 'Sähköinen lupa ja rakennusvalvonta',
    LAND_USE_PLANNING: 'Maankäytön suunnittelu',
    PLAN_DATA_MODEL: 'Kaavatietomalli',
    MASTER_PLAN_MAINTENANCE: 'Yleiskaavan ylläpito',
    CITY_MODEL_3D: '3D-kaupunkimalli',
    CULTURAL_ENVIRONMENT: 'Kulttuuriympäristö',
    WASTE_MANAGEMENT: 'Jätehuolto',
    DIGITAL_SECURITY: 'Digitaalinen turvallisuus',
    SAAS_SECURITY: 'SaaS-palvelujen tietoturva',
    CYBER_SECURITY_TESTING: 'Kyberturvallisuuden testaus',
    CONTINUITY_AND_PREPAREDNESS: 'Jatkuvuus ja varautuminen',
    SECURITY_COMPETENCE: 'Turvallisuusosaaminen',
    DATA_DRIVEN_MANAGEMENT: 'Tiedolla johtaminen',
    WORK_CULTURE: 'Työkulttuuri',
    DATA_QUALITY: 'Tiedon laatu',
  },
  projectStatus: {
    PLANNED: 'Suunniteltu',
    FUNDED: 'Rahoitettu',
    ONGOING: 'Käynnissä',
    COMPLETED: 'Päättynyt',
    DISCONTINUED: 'Keskeytetty',
  },
  footer: {
    source: 'Lähde: Tilastokeskus, kunta- ja maakuntaluokitukset 2021, lisenssi',
    licenceUrl: 'https://creativecommons.org/licenses/by/4.0/deed.fi',
    projects: 'Hanke- ja avustustiedot: valtiovarainministeriön avustuspäätökset.',
  },
};

const sv: Strings = {
  tagline: 'Kommunernas digitaliseringsprojekt och återanvändningen av deras resultat',
  skipToContent: 'Hoppa till innehållet',
  language: 'Språk',
  projectsHeading: 'Projekt',
  projectCount: (n) => `${formatNumber(n, 'sv')} projekt`,
  loading: 'Projekten laddas…',
  loadError: 'Det gick inte att ladda projekten.',
  retry: 'Försök igen',
  empty: 'Inga projekt hittades.',
  loadMore: 'Visa fler projekt',
  status: 'Status',
  leadOrganisation: 'Ansvarig organisation',
  participants: 'Deltagare',
  grants: 'Understöd',
  grant: (amount, year) => `${year}: ${amount === null ? 'beloppet okänt' : `högst ${amount}`}`,
  themes: 'Teman',
  inLanguage: { fi: 'på finska', sv: 'på svenska', en: 'på engelska' },
  theme: {
    BUILT_ENVIRONMENT: 'Byggd miljö',
    E_PERMITS_BUILDING_CONTROL: 'Elektroniska tillstånd och byggnadstillsyn',
    LAND_USE_PLANNING: 'Planering av markanvändningen',
    PLAN_DATA_MODEL: 'Datamodell för planläggning',
    MASTER_PLAN_MAINTENANCE: 'Underhåll av generalplanen',
    CITY_MODEL_3D: '3D-stadsmodell',
    CULTURAL_ENVIRONMENT: 'Kulturmiljö',
    WASTE_MANAGEMENT: 'Avfallshantering',
    DIGITAL_SECURITY: 'Digital säkerhet',
    SAAS_SECURITY: 'Informationssäkerhet i SaaS-tjänster',
    CYBER_SECURITY_TESTING: 'Testning av cybersäkerhet',
    CONTINUITY_AND_PREPAREDNESS: 'Kontinuitet och beredskap',
    SECURITY_COMPETENCE: 'Säkerhetskompetens',
    DATA_DRIVEN_MANAGEMENT: 'Kunskapsbaserad ledning',
    WORK_CULTURE: 'Arbetskultur',
    DATA_QUALITY: 'Datakvalitet',
  },
  projectStatus: {
    PLANNED: 'Planerat',
    FUNDED: 'Finansierat',
    ONGOING: 'Pågående',
    COMPLETED: 'Avslutat',
    DISCONTINUED: 'Avbrutet',
  },
  footer: {
    source: 'Källa: Statistikcentralen, kommun- och landskapsindelningar 2021, licens',
    licenceUrl: 'https://creativecommons.org/licenses/by/4.0/deed.sv',
    projects: 'Uppgifter om projekt och understöd: finansministeriets understödsbeslut.',
  },
};

const en: Strings = {
  tagline: 'Municipal digitalisation projects in Finland and the reuse of their results',
  skipToContent: 'Skip to content',
  language: 'Language',
  projectsHeading: 'Projects',
  projectCount: (n) => (n === 1 ? '1 project' : `${formatNumber(n, 'en')} projects`),
  loading: 'Loading projects…',
  loadError: 'The projects could not be loaded.',
  retry: 'Try again',
  empty: 'No projects found.',
  loadMore: 'Show more projects',
  status: 'Status',
  leadOrganisation: 'Lead organisation',
  participants: 'Participants',
  grants: 'Grants',
  grant: (amount, year) => `${year}: ${amount === null ? 'amount unknown' : `up to ${amount}`}`,
  themes: 'Themes',
  inLanguage: { fi: 'in Finnish', sv: 'in Swedish', en: 'in English' },
  theme: {
    BUILT_ENVIRONMENT: 'Built environment',
    E_PERMITS_BUILDING_CONTROL: 'E-permits and building control',
    LAND_USE_PLANNING: 'Land use planning',
    PLAN_DATA_MODEL: 'Plan data model',
    MASTER_PLAN_MAINTENANCE: 'Master plan maintenance',
    CITY_MODEL_3D: '3D city model',
    CULTURAL_ENVIRONMENT: 'Cultural environment',
    WASTE_MANAGEMENT: 'Waste management',
    DIGITAL_SECURITY: 'Digital security',
    SAAS_SECURITY: 'SaaS security',
    CYBER_SECURITY_TESTING: 'Cyber security testing',
    CONTINUITY_AND_PREPAREDNESS: 'Continuity and preparedness',
    SECURITY_COMPETENCE: 'Security competence',
    DATA_DRIVEN_MANAGEMENT: 'Data-driven management',
    WORK_CULTURE: 'Work culture',
    DATA_QUALITY: 'Data quality',
  },
  projectStatus: {
    PLANNED: 'Planned',
    FUNDED: 'Funded',
    ONGOING: 'Ongoing',
    COMPLETED: 'Completed',
    DISCONTINUED: 'Discontinued',
  },
  footer: {
    source: 'Source: Statistics Finland, municipality and region classifications 2021, licence',
    licenceUrl: 'https://creativecommons.org/licenses/by/4.0/deed.en',
    projects: 'Project and grant data: Ministry of Finance grant decisions.',
  },
};

export const STRINGS: Record<Lang, Strings> = { fi, sv, en };
