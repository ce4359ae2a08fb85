import { LanguageStatus, NationalServiceKind, OrganisationKind, SpecificationKind, Theme } from '../../domain/enums.js';

/**
 * The one table that maps the sources' own words to Kuntagraph's enumerations (DOMAIN.md:
 * "keep the mapping in one table in the importer").
 */
export const MAP = {
  languageStatus: {
    FI: LanguageStatus.FINNISH,
    SV: LanguageStatus.SWEDISH,
    BILINGUAL_FI_MAJORITY: LanguageStatus.BILINGUAL_FINNISH_MAJORITY,
    BILINGUAL_SV_MAJORITY: LanguageStatus.BILINGUAL_SWEDISH_MAJORITY,
  } as Record<string, LanguageStatus>,

  theme: {
    built_environment: Theme.BUILT_ENVIRONMENT,
    digital_security: Theme.DIGITAL_SECURITY,
    'data quality': Theme.DATA_QUALITY,
  } as Record<string, Theme>,

  specificationKind: {
    'data model': SpecificationKind.DATA_MODEL,
    'data component library': SpecificationKind.DATA_MODEL,
    method: SpecificationKind.METHOD,
    classification: SpecificationKind.CLASSIFICATION,
    'recommendation series': SpecificationKind.RECOMMENDATION,
    'data exchange specification': SpecificationKind.DATA_EXCHANGE_SPECIFICATION,
    'international standard': SpecificationKind.INTERNATIONAL_STANDARD,
    'community standard': SpecificationKind.COMMUNITY_STANDARD,
    'EU directive / data specification': SpecificationKind.REGULATION,
    'assessment criteria': SpecificationKind.CRITERIA,
    'reporting specification': SpecificationKind.DATA_EXCHANGE_SPECIFICATION,
  } as Record<string, SpecificationKind>,

  /** national-services.csv has no kind column: assigned here from each service's description. */
  nationalServiceKind: {
    'suomifi-tunnistus': NationalServiceKind.IDENTIFICATION,
    'suomifi-valtuudet': NationalServiceKind.AUTHORISATION,
    'suomifi-viestit': NationalServiceKind.MESSAGING,
    'suomifi-maksut': NationalServiceKind.PAYMENTS,
    'suomifi-kartat': NationalServiceKind.GEOSPATIAL_PLATFORM,
    'suomifi-palveluvayla': NationalServiceKind.DATA_EXCHANGE_LAYER,
    'suomifi-palvelutietovaranto': NationalServiceKind.SERVICE_CATALOGUE,
    yhteentoimivuusalusta: NationalServiceKind.INTEROPERABILITY_PLATFORM,
    lupapiste: NationalServiceKind.E_PERMIT_PLATFORM,
    'ryhti-rytj': NationalServiceKind.NATIONAL_INFORMATION_SYSTEM,
    paikkatietoalusta: NationalServiceKind.GEOSPATIAL_PLATFORM,
    paikkatietoikkuna: NationalServiceKind.OPEN_DATA_PORTAL,
    'kuntatalouden-tietopalvelu': NationalServiceKind.NATIONAL_INFORMATION_SYSTEM,
    'finnish-authenticator': NationalServiceKind.IDENTIFICATION,
    kybermittari: NationalServiceKind.ASSESSMENT_TOOL,
    topten: NationalServiceKind.KNOWLEDGE_BASE,
  } as Record<string, NationalServiceKind>,
};

/** Organisations whose kind the name rules below would get wrong. */
const KIND_OVERRIDES: Record<string, OrganisationKind> = {
  'suomen-kuntaliitto': OrganisationKind.ASSOCIATION,
  'open-geospatial-consortium': OrganisationKind.ASSOCIATION,
  'euroopan-komissio': OrganisationKind.OTHER,
};

/** DOMAIN.md's rules: the kind of an organisation from its Finnish name. */
export function kindFromName(nameFi: string, slug: string): OrganisationKind {
  if (KIND_OVERRIDES[slug]) return KIND_OVERRIDES[slug];
  const n = nameFi.toLowerCase();
  if (/ministeriö$/.test(n)) return OrganisationKind.MINISTRY;
  if (/kuntayhtymä$/.test(n)) return OrganisationKind.JOINT_MUNICIPAL_AUTHORITY;
  if (/\boy$|\boyj$/.test(n)) return OrganisationKind.COMPANY;
  if (/\bry$/.test(n)) return OrganisationKind.ASSOCIATION;
  if (/yliopisto$|korkeakoulu$/.test(n)) return OrganisationKind.UNIVERSITY;
  if (/^\S+n liitto$/.test(n)) return OrganisationKind.REGIONAL_COUNCIL;
  if (/virasto$|laitos$|keskus\b|konttori$|neuvottelukunta/.test(n)) return OrganisationKind.STATE_AGENCY;
  return OrganisationKind.OTHER;
}

/**
 * Canonical Finnish names for the spellings the sources use for the same body, so that one
 * organisation gets one record (merge on key).
 */
export const ORG_ALIASES: Record<string, { fi: string; en?: string; sv?: string; aliases?: string[] }> = {
  'digi- ja väestötietovirasto (dvv)': {
    fi: 'Digi- ja väestötietovirasto',
    en: 'Digital and Population Data Services Agency',
    aliases: ['DVV'],
  },
  'digi- ja väestötietovirasto': {
    fi: 'Digi- ja väestötietovirasto',
    en: 'Digital and Population Data Services Agency',
    aliases: ['DVV'],
  },
  'maanmittauslaitos (mml)': { fi: 'Maanmittauslaitos', en: 'National Land Survey of Finland', aliases: ['MML'] },
  valtiokonttori: { fi: 'Valtiokonttori', en: 'State Treasury' },
  'suomen ympäristökeskus syke': {
    fi: 'Suomen ympäristökeskus',
    en: 'Finnish Environment Institute',
    aliases: ['SYKE', 'Syke'],
  },
  syke: { fi: 'Suomen ympäristökeskus', en: 'Finnish Environment Institute', aliases: ['SYKE', 'Syke'] },
  ympäristöministeriö: { fi: 'Ympäristöministeriö', en: 'Ministry of the Environment' },
  valtiovarainministeriö: {
    fi: 'Valtiovarainministeriö',
    sv: 'Finansministeriet',
    en: 'Ministry of Finance',
    aliases: ['VM'],
  },
  'valtiovarainministeriö (ministry of finance)': {
    fi: 'Valtiovarainministeriö',
    sv: 'Finansministeriet',
    en: 'Ministry of Finance',
    aliases: ['VM'],
  },
  'cloudpermit oy': { fi: 'Cloudpermit Oy', en: 'Cloudpermit Ltd' },
  'traficomin kyberturvallisuuskeskus': {
    fi: 'Traficomin Kyberturvallisuuskeskus',
    en: 'Traficom National Cyber Security Centre Finland',
  },
  'rakennustarkastusyhdistys rty ry': {
    fi: 'Rakennustarkastusyhdistys RTY ry',
    en: 'Finnish Association of Building Inspectors RTY',
    aliases: ['RTY'],
  },
  tilastokeskus: { fi: 'Tilastokeskus', en: 'Statistics Finland' },
  'suomen kuntaliitto': {
    fi: 'Suomen Kuntaliitto',
    en: 'Association of Finnish Municipalities',
    aliases: ['Kuntaliitto'],
  },
  'open geospatial consortium (ogc)': {
    fi: 'Open Geospatial Consortium',
    en: 'Open Geospatial Consortium',
    aliases: ['OGC'],
  },
  'ogc community standard': { fi: 'Open Geospatial Consortium', en: 'Open Geospatial Consortium', aliases: ['OGC'] },
  'kuntien tiera oy': { fi: 'Kuntien Tiera Oy' },
  'turun yliopisto': { fi: 'Turun yliopisto' },
  'pirkanmaan liitto': { fi: 'Pirkanmaan liitto' },
  'pirkanmaan ely-keskus': { fi: 'Pirkanmaan ELY-keskus' },
  'tampereen kaupunkiseudun kuntayhtymä': {
    fi: 'Tampereen kaupunkiseudun kuntayhtymä',
    sv: 'Samkommunen för Tammerfors stadsregion',
  },
};
