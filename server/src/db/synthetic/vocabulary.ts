import { DeliverableKind, Theme } from '../../domain/enums.js';

/**
 * Real Finnish, Swedish and English vocabulary of municipal digitalisation, with the inflected
 * and compound forms real texts use (`rakennusvalvonnan`, `Kuntien`, `tekoälykokeilu`), so that
 * stemming, compounds and trigram search meet the same difficulties as on real data.
 */

/** A subject a project or deliverable is about. */
export interface Topic {
  key: string;
  theme: Theme;
  /** Finnish nominative, genitive and (where a template needs it) inessive. */
  fi: string;
  fiGen: string;
  fiIne?: string;
  /** True when the Finnish nominative is plural (`yhteiset` rather than `yhteinen`). */
  fiPlural?: boolean;
  /** Swedish and English noun phrases, usable after `av` / `för` and after a gerund. */
  sv: string;
  en: string;
  /** Building block of acronyms such as DIGIRAVA. */
  acronym: string;
  keywords: { fi: string[]; sv: string[]; en: string[] };
  /** Slugs of the real specifications and national services such a project would touch. */
  specifications: string[];
  services: string[];
  weight: number;
}

const PERMIT_SPECS = ['rakennustietovaranto-tietomalli', 'kuntagml', 'rakennetun-ympariston-tietokomponenttikirjasto'];
const PLAN_SPECS = [
  'kaavatietomalli',
  'inspire-plu',
  'sitova-tonttijako-tietomalli',
  'alueidenkayton-rajoitukset-tietomalli',
  'kaupunkiseutusuunnitelman-tietomalli',
];
const MODEL_SPECS = ['citygml', 'citygml-cityjson', 'rakennetun-ympariston-tietokomponenttikirjasto'];
const SECURITY_SPECS = ['katakri-julkri', 'jhs'];
const DATA_SPECS = ['kuntatalous-xbrl', 'kuntaluokitus', 'jhs', 'yhteentoimivuusmenetelma'];
const PERMIT_SERVICES = ['lupapiste', 'ryhti-rytj', 'suomifi-tunnistus', 'suomifi-maksut', 'suomifi-viestit', 'topten'];
const MAP_SERVICES = ['ryhti-rytj', 'paikkatietoalusta', 'suomifi-kartat', 'paikkatietoikkuna'];
const CITIZEN_SERVICES = [
  'suomifi-tunnistus',
  'suomifi-valtuudet',
  'suomifi-viestit',
  'suomifi-maksut',
  'suomifi-palvelutietovaranto',
];
const SECURITY_SERVICES = ['kybermittari', 'finnish-authenticator', 'suomifi-tunnistus'];
const DATA_SERVICES = ['kuntatalouden-tietopalvelu', 'suomifi-palveluvayla', 'yhteentoimivuusalusta'];

const kw = (fi: string[], sv: string[], en: string[]) => ({ fi, sv, en });

export const TOPICS: Topic[] = [
  {
    key: 'building-control',
    theme: Theme.E_PERMITS_BUILDING_CONTROL,
    weight: 8,
    acronym: 'RAVA',
    fi: 'sähköinen rakennusvalvonta',
    fiGen: 'sähköisen rakennusvalvonnan',
    fiIne: 'rakennusvalvonnassa',
    sv: 'elektronisk byggnadstillsyn',
    en: 'electronic building control',
    keywords: kw(
      ['rakennusvalvonta', 'rakennuslupa', 'lupaprosessi'],
      ['byggnadstillsyn', 'bygglov', 'tillståndsprocess'],
      ['building control', 'building permit', 'permit process'],
    ),
    specifications: PERMIT_SPECS,
    services: PERMIT_SERVICES,
  },
  {
    key: 'e-permit',
    theme: Theme.E_PERMITS_BUILDING_CONTROL,
    weight: 5,
    acronym: 'LUPA',
    fi: 'sähköinen lupapalvelu',
    fiGen: 'sähköisen lupapalvelun',
    fiIne: 'lupapalvelussa',
    sv: 'elektronisk tillståndstjänst',
    en: 'electronic permit service',
    keywords: kw(
      ['sähköinen lupa', 'lupahakemus', 'lupapalvelu'],
      ['elektroniskt tillstånd', 'tillståndsansökan'],
      ['e-permit', 'permit application'],
    ),
    specifications: PERMIT_SPECS,
    services: [...PERMIT_SERVICES, 'suomifi-valtuudet'],
  },
  {
    key: 'permit-data',
    theme: Theme.E_PERMITS_BUILDING_CONTROL,
    weight: 3,
    acronym: 'RALU',
    fiPlural: true,
    fi: 'rakennuslupatiedot',
    fiGen: 'rakennuslupatietojen',
    sv: 'bygglovsuppgifter',
    en: 'building permit data',
    keywords: kw(
      ['rakennuslupa', 'rakennustieto', 'tietovaranto'],
      ['bygglov', 'byggnadsdata'],
      ['building permit', 'building data'],
    ),
    specifications: PERMIT_SPECS,
    services: ['ryhti-rytj', 'lupapiste', 'suomifi-palveluvayla'],
  },
  {
    key: 'detailed-plan',
    theme: Theme.LAND_USE_PLANNING,
    weight: 5,
    acronym: 'KAAVA',
    fi: 'asemakaava',
    fiGen: 'asemakaavan',
    fiIne: 'asemakaavoituksessa',
    sv: 'detaljplan',
    en: 'local detailed plan',
    keywords: kw(
      ['asemakaava', 'kaavoitus', 'maankäyttö'],
      ['detaljplan', 'planläggning', 'markanvändning'],
      ['detailed plan', 'land-use planning', 'zoning'],
    ),
    specifications: PLAN_SPECS,
    services: MAP_SERVICES,
  },
  {
    key: 'planning-process',
    theme: Theme.LAND_USE_PLANNING,
    weight: 3,
    acronym: 'KAAPRO',
    fi: 'kaavoitusprosessi',
    fiGen: 'kaavoitusprosessin',
    fiIne: 'kaavoituksessa',
    sv: 'planläggningsprocess',
    en: 'land-use planning process',
    keywords: kw(
      ['kaavoitus', 'osallistuminen', 'vuorovaikutus'],
      ['planläggning', 'delaktighet'],
      ['planning', 'public participation'],
    ),
    specifications: ['kaavatietomalli', 'yhteentoimivuusmenetelma'],
    services: ['ryhti-rytj', 'suomifi-kartat', 'suomifi-viestit'],
  },
  {
    key: 'plan-data-model',
    theme: Theme.PLAN_DATA_MODEL,
    weight: 5,
    acronym: 'KTM',
    fi: 'kaavatietomalli',
    fiGen: 'kaavatietomallin',
    sv: 'plandatamodell',
    en: 'plan data model',
    keywords: kw(
      ['kaavatietomalli', 'tietomalli', 'kaavamääräys', 'Ryhti'],
      ['plandatamodell', 'datamodell'],
      ['plan data model', 'data model', 'machine-readable plan'],
    ),
    specifications: [
      'kaavatietomalli',
      'yhteentoimivuusmenetelma',
      'inspire-plu',
      'rakennetun-ympariston-tietokomponenttikirjasto',
    ],
    services: ['ryhti-rytj', 'yhteentoimivuusalusta', 'paikkatietoalusta'],
  },
  {
    key: 'model-based-plan',
    theme: Theme.PLAN_DATA_MODEL,
    weight: 3,
    acronym: 'TIKA',
    fi: 'tietomallipohjainen kaava',
    fiGen: 'tietomallipohjaisen kaavan',
    sv: 'datamodellbaserad plan',
    en: 'data-model-based plan',
    keywords: kw(
      ['tietomallipohjainen kaava', 'kaavatietomalli', 'Ryhti'],
      ['datamodellbaserad plan'],
      ['model-based plan', 'plan data'],
    ),
    specifications: ['kaavatietomalli', 'sitova-tonttijako-tietomalli', 'alueidenkayton-rajoitukset-tietomalli'],
    services: ['ryhti-rytj', 'yhteentoimivuusalusta'],
  },
  {
    key: 'master-plan',
    theme: Theme.MASTER_PLAN_MAINTENANCE,
    weight: 3,
    acronym: 'YLKA',
    fi: 'yleiskaava',
    fiGen: 'yleiskaavan',
    fiIne: 'yleiskaavoituksessa',
    sv: 'generalplan',
    en: 'master plan',
    keywords: kw(
      ['yleiskaava', 'kaavan ylläpito', 'paikkatieto'],
      ['generalplan', 'geodata'],
      ['master plan', 'geospatial data'],
    ),
    specifications: ['kaavatietomalli', 'inspire-plu', 'kaupunkiseutusuunnitelman-tietomalli'],
    services: MAP_SERVICES,
  },
  {
    key: 'digital-master-plan',
    theme: Theme.MASTER_PLAN_MAINTENANCE,
    weight: 2,
    acronym: 'DIYK',
    fi: 'digitaalinen yleiskaava',
    fiGen: 'digitaalisen yleiskaavan',
    sv: 'digital generalplan',
    en: 'digital master plan',
    keywords: kw(
      ['yleiskaava', 'digitaalinen kaava'],
      ['generalplan', 'digital plan'],
      ['master plan', 'digital plan'],
    ),
    specifications: ['kaavatietomalli', 'inspire-plu'],
    services: MAP_SERVICES,
  },
  {
    key: 'city-model',
    theme: Theme.CITY_MODEL_3D,
    weight: 4,
    acronym: '3DKM',
    fi: '3D-kaupunkimalli',
    fiGen: '3D-kaupunkimallin',
    sv: '3D-stadsmodell',
    en: '3D city model',
    keywords: kw(
      ['3D-kaupunkimalli', 'kaupunkimalli', 'mallinnus'],
      ['3D-stadsmodell', 'stadsmodell'],
      ['3D city model', 'city model', 'CityGML'],
    ),
    specifications: MODEL_SPECS,
    services: ['paikkatietoalusta', 'suomifi-kartat', 'paikkatietoikkuna'],
  },
  {
    key: 'digital-twin',
    theme: Theme.CITY_MODEL_3D,
    weight: 2,
    acronym: 'TWIN',
    fi: 'digitaalinen kaksonen',
    fiGen: 'digitaalisen kaksosen',
    sv: 'digital tvilling',
    en: 'digital twin',
    keywords: kw(['digitaalinen kaksonen', 'kaupunkimalli'], ['digital tvilling'], ['digital twin']),
    specifications: MODEL_SPECS,
    services: ['paikkatietoalusta', 'suomifi-kartat'],
  },
  {
    key: 'cultural-environment',
    theme: Theme.CULTURAL_ENVIRONMENT,
    weight: 3,
    acronym: 'KULTA',
    fi: 'kulttuuriympäristö',
    fiGen: 'kulttuuriympäristön',
    fiIne: 'kulttuuriympäristötyössä',
    sv: 'kulturmiljö',
    en: 'cultural environment',
    keywords: kw(
      ['kulttuuriympäristö', 'rakennusperintö', 'inventointi'],
      ['kulturmiljö', 'byggnadsarv', 'inventering'],
      ['cultural environment', 'built heritage', 'inventory'],
    ),
    specifications: ['rakennetun-ympariston-tietokomponenttikirjasto', 'inspire-plu'],
    services: ['paikkatietoalusta', 'paikkatietoikkuna', 'ryhti-rytj'],
  },
  {
    key: 'built-heritage',
    theme: Theme.CULTURAL_ENVIRONMENT,
    weight: 1.5,
    acronym: 'PERI',
    fi: 'rakennusperintö',
    fiGen: 'rakennusperinnön',
    sv: 'byggnadsarv',
    en: 'built heritage',
    keywords: kw(['rakennusperintö', 'suojelu'], ['byggnadsarv', 'skydd'], ['built heritage', 'conservation']),
    specifications: ['rakennetun-ympariston-tietokomponenttikirjasto'],
    services: ['paikkatietoikkuna', 'ryhti-rytj'],
  },
  {
    key: 'waste',
    theme: Theme.WASTE_MANAGEMENT,
    weight: 3,
    acronym: 'JÄTE',
    fi: 'jätehuolto',
    fiGen: 'jätehuollon',
    fiIne: 'jätehuollossa',
    sv: 'avfallshantering',
    en: 'waste management',
    keywords: kw(
      ['jätehuolto', 'kiertotalous', 'jäteneuvonta'],
      ['avfallshantering', 'cirkulär ekonomi'],
      ['waste management', 'circular economy'],
    ),
    specifications: ['jhs'],
    services: ['suomifi-viestit', 'suomifi-maksut', 'suomifi-tunnistus'],
  },
  {
    key: 'circular-economy',
    theme: Theme.WASTE_MANAGEMENT,
    weight: 1.5,
    acronym: 'KIERTO',
    fi: 'kiertotalous',
    fiGen: 'kiertotalouden',
    sv: 'cirkulär ekonomi',
    en: 'circular economy',
    keywords: kw(['kiertotalous', 'materiaalitori'], ['cirkulär ekonomi'], ['circular economy']),
    specifications: ['jhs'],
    services: ['suomifi-viestit'],
  },
  {
    key: 'cloud-security',
    theme: Theme.SAAS_SECURITY,
    weight: 4,
    acronym: 'PILVI',
    fi: 'pilvipalvelujen tietoturva',
    fiGen: 'pilvipalvelujen tietoturvan',
    sv: 'molntjänsternas informationssäkerhet',
    en: 'cloud service security',
    keywords: kw(
      ['pilvipalvelut', 'SaaS', 'tietoturva', 'hankintavaatimukset'],
      ['molntjänster', 'SaaS', 'informationssäkerhet'],
      ['cloud services', 'SaaS', 'information security'],
    ),
    specifications: SECURITY_SPECS,
    services: SECURITY_SERVICES,
  },
  {
    key: 'saas-governance',
    theme: Theme.SAAS_SECURITY,
    weight: 2,
    acronym: 'SAAS',
    fi: 'SaaS-palvelujen hallinta',
    fiGen: 'SaaS-palvelujen hallinnan',
    sv: 'SaaS-tjänsternas förvaltning',
    en: 'SaaS service governance',
    keywords: kw(
      ['SaaS', 'pilvipalvelut', 'sopimushallinta'],
      ['SaaS', 'molntjänster'],
      ['SaaS', 'cloud services', 'contract management'],
    ),
    specifications: SECURITY_SPECS,
    services: ['kybermittari'],
  },
  {
    key: 'cyber-security',
    theme: Theme.CYBER_SECURITY_TESTING,
    weight: 4,
    acronym: 'KYBER',
    fi: 'kyberturvallisuus',
    fiGen: 'kyberturvallisuuden',
    fiIne: 'kyberturvallisuustyössä',
    sv: 'cybersäkerhet',
    en: 'cyber security',
    keywords: kw(
      ['kyberturvallisuus', 'tietoturva', 'haavoittuvuus'],
      ['cybersäkerhet', 'informationssäkerhet', 'sårbarhet'],
      ['cyber security', 'information security', 'vulnerability'],
    ),
    specifications: SECURITY_SPECS,
    services: SECURITY_SERVICES,
  },
  {
    key: 'security-testing',
    theme: Theme.CYBER_SECURITY_TESTING,
    weight: 2.5,
    acronym: 'TESTI',
    fi: 'kyberturvallisuuden testaus',
    fiGen: 'kyberturvallisuuden testauksen',
    sv: 'cybersäkerhetstestning',
    en: 'cyber security testing',
    keywords: kw(
      ['kyberturvallisuus', 'testaus', 'haavoittuvuusskannaus'],
      ['cybersäkerhet', 'testning'],
      ['cyber security', 'testing', 'vulnerability scanning'],
    ),
    specifications: SECURITY_SPECS,
    services: ['kybermittari'],
  },
  {
    key: 'security-audit',
    theme: Theme.CYBER_SECURITY_TESTING,
    weight: 1.5,
    acronym: 'AUDIT',
    fi: 'tietoturva-auditointi',
    fiGen: 'tietoturva-auditoinnin',
    sv: 'informationssäkerhetsgranskning',
    en: 'information security audit',
    keywords: kw(
      ['tietoturva', 'auditointi', 'Julkri'],
      ['informationssäkerhet', 'granskning'],
      ['information security', 'audit'],
    ),
    specifications: SECURITY_SPECS,
    services: ['kybermittari'],
  },
  {
    key: 'continuity',
    theme: Theme.CONTINUITY_AND_PREPAREDNESS,
    weight: 3,
    acronym: 'JATKU',
    fi: 'jatkuvuudenhallinta',
    fiGen: 'jatkuvuudenhallinnan',
    sv: 'kontinuitetshantering',
    en: 'continuity management',
    keywords: kw(
      ['jatkuvuus', 'jatkuvuudenhallinta', 'varautuminen', 'häiriötilanne'],
      ['kontinuitet', 'beredskap', 'störningssituation'],
      ['continuity', 'preparedness', 'disruption'],
    ),
    specifications: SECURITY_SPECS,
    services: ['kybermittari', 'suomifi-viestit'],
  },
  {
    key: 'preparedness',
    theme: Theme.CONTINUITY_AND_PREPAREDNESS,
    weight: 2,
    acronym: 'VARA',
    fi: 'varautuminen',
    fiGen: 'varautumisen',
    fiIne: 'varautumisessa',
    sv: 'beredskap',
    en: 'preparedness',
    keywords: kw(
      ['varautuminen', 'valmiussuunnitelma'],
      ['beredskap', 'beredskapsplan'],
      ['preparedness', 'contingency plan'],
    ),
    specifications: SECURITY_SPECS,
    services: ['suomifi-viestit', 'kybermittari'],
  },
  {
    key: 'security-competence',
    theme: Theme.SECURITY_COMPETENCE,
    weight: 2.5,
    acronym: 'TITO',
    fi: 'tietoturvaosaaminen',
    fiGen: 'tietoturvaosaamisen',
    sv: 'informationssäkerhetskompetens',
    en: 'information security competence',
    keywords: kw(
      ['tietoturva', 'osaaminen', 'koulutus'],
      ['informationssäkerhet', 'kompetens', 'utbildning'],
      ['information security', 'skills', 'training'],
    ),
    specifications: SECURITY_SPECS,
    services: ['kybermittari'],
  },
  {
    key: 'data-driven',
    theme: Theme.DATA_DRIVEN_MANAGEMENT,
    weight: 5,
    acronym: 'TIJO',
    fi: 'tiedolla johtaminen',
    fiGen: 'tiedolla johtamisen',
    fiIne: 'tiedolla johtamisessa',
    sv: 'kunskapsbaserad ledning',
    en: 'data-driven management',
    keywords: kw(
      ['tiedolla johtaminen', 'raportointi', 'tietovarasto', 'mittarit'],
      ['kunskapsbaserad ledning', 'rapportering', 'datalager'],
      ['data-driven management', 'reporting', 'data warehouse', 'indicators'],
    ),
    specifications: DATA_SPECS,
    services: DATA_SERVICES,
  },
  {
    key: 'municipal-finance',
    theme: Theme.DATA_DRIVEN_MANAGEMENT,
    weight: 2,
    acronym: 'TALO',
    fi: 'kuntatalouden tietopohja',
    fiGen: 'kuntatalouden tietopohjan',
    sv: 'kunskapsunderlag för kommunalekonomin',
    en: 'municipal finance knowledge base',
    keywords: kw(
      ['kuntatalous', 'talousraportointi', 'XBRL'],
      ['kommunalekonomi', 'ekonomisk rapportering'],
      ['municipal finance', 'financial reporting', 'XBRL'],
    ),
    specifications: ['kuntatalous-xbrl', 'kuntaluokitus'],
    services: ['kuntatalouden-tietopalvelu'],
  },
  {
    key: 'ai-trial',
    theme: Theme.DATA_DRIVEN_MANAGEMENT,
    weight: 3,
    acronym: 'ÄLY',
    fi: 'tekoälykokeilu',
    fiGen: 'tekoälykokeilun',
    sv: 'AI-försök',
    en: 'AI trial',
    keywords: kw(
      ['tekoäly', 'tekoälykokeilu', 'koneoppiminen', 'kielimalli'],
      ['artificiell intelligens', 'AI-försök', 'maskininlärning'],
      ['artificial intelligence', 'AI trial', 'machine learning'],
    ),
    specifications: ['jhs'],
    services: ['suomifi-palveluvayla', 'suomifi-palvelutietovaranto'],
  },
  {
    key: 'ai-applications',
    theme: Theme.DATA_DRIVEN_MANAGEMENT,
    weight: 2,
    acronym: 'AI',
    fi: 'tekoälyn hyödyntäminen',
    fiGen: 'tekoälyn hyödyntämisen',
    sv: 'AI-tillämpningar',
    en: 'AI applications',
    keywords: kw(
      ['tekoäly', 'automaatio'],
      ['artificiell intelligens', 'automation'],
      ['artificial intelligence', 'automation'],
    ),
    specifications: ['jhs'],
    services: ['suomifi-palveluvayla'],
  },
  {
    key: 'customer-service',
    theme: Theme.WORK_CULTURE,
    weight: 4,
    acronym: 'ASPA',
    fi: 'asiakaspalvelu',
    fiGen: 'asiakaspalvelun',
    fiIne: 'asiakaspalvelussa',
    sv: 'kundservice',
    en: 'customer service',
    keywords: kw(
      ['asiakaspalvelu', 'neuvonta', 'palvelukanava'],
      ['kundservice', 'rådgivning', 'servicekanal'],
      ['customer service', 'advice', 'service channel'],
    ),
    specifications: ['jhs'],
    services: ['suomifi-palvelutietovaranto', 'suomifi-viestit', 'suomifi-tunnistus'],
  },
  {
    key: 'chatbot',
    theme: Theme.WORK_CULTURE,
    weight: 2.5,
    acronym: 'BOT',
    fi: 'chatbot-palvelu',
    fiGen: 'chatbot-palvelun',
    sv: 'chattbottjänst',
    en: 'chatbot service',
    keywords: kw(
      ['chatbot', 'neuvontabotti', 'asiakaspalvelu'],
      ['chattbot', 'kundservice'],
      ['chatbot', 'virtual assistant'],
    ),
    specifications: ['jhs'],
    services: ['suomifi-palvelutietovaranto', 'suomifi-tunnistus'],
  },
  {
    key: 'e-services',
    theme: Theme.WORK_CULTURE,
    weight: 3,
    acronym: 'ASI',
    fi: 'sähköinen asiointi',
    fiGen: 'sähköisen asioinnin',
    fiIne: 'sähköisessä asioinnissa',
    sv: 'e-tjänster',
    en: 'online services',
    keywords: kw(
      ['sähköinen asiointi', 'verkkopalvelu', 'saavutettavuus'],
      ['e-tjänster', 'webbtjänst', 'tillgänglighet'],
      ['online services', 'web service', 'accessibility'],
    ),
    specifications: ['jhs'],
    services: CITIZEN_SERVICES,
  },
  {
    key: 'work-culture',
    theme: Theme.WORK_CULTURE,
    weight: 2,
    acronym: 'DITY',
    fi: 'digitaalinen työkulttuuri',
    fiGen: 'digitaalisen työkulttuurin',
    sv: 'digital arbetskultur',
    en: 'digital work culture',
    keywords: kw(
      ['työkulttuuri', 'etätyö', 'yhteistyövälineet'],
      ['arbetskultur', 'distansarbete'],
      ['work culture', 'remote work', 'collaboration tools'],
    ),
    specifications: ['jhs'],
    services: ['suomifi-tunnistus'],
  },
  {
    key: 'data-quality',
    theme: Theme.DATA_QUALITY,
    weight: 3,
    acronym: 'LAATU',
    fi: 'tiedon laatu',
    fiGen: 'tiedon laadun',
    sv: 'datakvalitet',
    en: 'data quality',
    keywords: kw(
      ['tiedon laatu', 'tiedonhallinta', 'perustietovaranto'],
      ['datakvalitet', 'informationshantering'],
      ['data quality', 'information management'],
    ),
    specifications: ['yhteentoimivuusmenetelma', 'kuntaluokitus', 'jhs'],
    services: ['yhteentoimivuusalusta', 'suomifi-palveluvayla', 'ryhti-rytj'],
  },
  {
    key: 'building-register',
    theme: Theme.DATA_QUALITY,
    weight: 2,
    acronym: 'RHR',
    fi: 'rakennus- ja huoneistorekisteri',
    fiGen: 'rakennus- ja huoneistorekisterin',
    sv: 'byggnads- och lägenhetsregister',
    en: 'building and dwelling register',
    keywords: kw(
      ['rakennusrekisteri', 'huoneistotiedot'],
      ['byggnadsregister'],
      ['building register', 'dwelling data'],
    ),
    specifications: ['rakennustietovaranto-tietomalli', 'kuntagml'],
    services: ['ryhti-rytj', 'suomifi-palveluvayla'],
  },
  {
    key: 'interoperability',
    theme: Theme.DATA_QUALITY,
    weight: 2,
    acronym: 'YTA',
    fi: 'yhteentoimivuus',
    fiGen: 'yhteentoimivuuden',
    sv: 'interoperabilitet',
    en: 'interoperability',
    keywords: kw(
      ['yhteentoimivuus', 'rajapinnat', 'tietomallit'],
      ['interoperabilitet', 'gränssnitt'],
      ['interoperability', 'APIs', 'data models'],
    ),
    specifications: ['yhteentoimivuusmenetelma', 'jhs'],
    services: ['yhteentoimivuusalusta', 'suomifi-palveluvayla'],
  },
  {
    key: 'geodata',
    theme: Theme.BUILT_ENVIRONMENT,
    weight: 2.5,
    acronym: 'PATI',
    fiPlural: true,
    fi: 'paikkatietoaineistot',
    fiGen: 'paikkatietoaineistojen',
    sv: 'geodatamaterial',
    en: 'geospatial datasets',
    keywords: kw(
      ['paikkatieto', 'avoin data', 'karttapalvelu'],
      ['geodata', 'öppna data', 'karttjänst'],
      ['geospatial data', 'open data', 'map service'],
    ),
    specifications: ['inspire-plu', 'citygml'],
    services: ['paikkatietoalusta', 'suomifi-kartat', 'paikkatietoikkuna'],
  },
  {
    key: 'digitalisation',
    theme: Theme.DIGITAL_SECURITY,
    weight: 1,
    acronym: 'DIGI',
    fi: 'digitaalinen turvallisuus',
    fiGen: 'digitaalisen turvallisuuden',
    sv: 'digital säkerhet',
    en: 'digital security',
    keywords: kw(['digitaalinen turvallisuus', 'tietoturva'], ['digital säkerhet'], ['digital security']),
    specifications: SECURITY_SPECS,
    services: SECURITY_SERVICES,
  },
];

/** What a project does to its topic: Finnish noun after the genitive, Swedish and English lead-ins. */
export const ACTIONS: ReadonlyArray<readonly [{ fi: string; sv: string; en: string }, number]> = [
  [{ fi: 'kehittäminen', sv: 'Utveckling av', en: 'Developing' }, 5],
  [{ fi: 'digitalisointi', sv: 'Digitalisering av', en: 'Digitalising' }, 3],
  [{ fi: 'uudistaminen', sv: 'Förnyelse av', en: 'Renewing' }, 2],
  [{ fi: 'käyttöönotto', sv: 'Införande av', en: 'Introducing' }, 3],
  [{ fi: 'yhtenäistäminen', sv: 'Harmonisering av', en: 'Harmonising' }, 2],
  [{ fi: 'automatisointi', sv: 'Automatisering av', en: 'Automating' }, 1.5],
  [{ fi: 'pilotointi', sv: 'Pilotering av', en: 'Piloting' }, 2],
  [{ fi: 'kehittämishanke', sv: 'Utvecklingsprojekt för', en: 'Development project for' }, 2],
  [{ fi: 'esiselvitys', sv: 'Förstudie om', en: 'Preliminary study on' }, 1.5],
  [{ fi: 'tiekartta', sv: 'Färdplan för', en: 'Roadmap for' }, 1],
  [{ fi: 'parantaminen', sv: 'Förbättring av', en: 'Improving' }, 1.5],
  [{ fi: 'yhteiskehittäminen', sv: 'Samutveckling av', en: 'Co-developing' }, 1],
];

/** Methods applied in a field ("Tekoälykokeilu asiakaspalvelussa"), with the theme they add. */
export const METHODS: ReadonlyArray<{ fi: string; sv: string; en: string; theme?: Theme }> = [
  { fi: 'Tekoälykokeilu', sv: 'AI-försök', en: 'AI trial', theme: Theme.DATA_DRIVEN_MANAGEMENT },
  { fi: 'Ohjelmistorobotiikka', sv: 'Programvarurobotik', en: 'Robotic process automation' },
  { fi: 'Palvelumuotoilu', sv: 'Tjänstedesign', en: 'Service design', theme: Theme.WORK_CULTURE },
  { fi: 'Chatbot-kokeilu', sv: 'Chattbotsförsök', en: 'Chatbot trial', theme: Theme.WORK_CULTURE },
  { fi: 'Avoimen lähdekoodin ratkaisu', sv: 'Lösning med öppen källkod', en: 'Open-source solution' },
  { fi: 'Paikkatietoanalytiikka', sv: 'Geodataanalys', en: 'Geospatial analytics' },
  { fi: 'Prosessiautomaatio', sv: 'Processautomation', en: 'Process automation' },
  {
    fi: 'Kielimallikokeilu',
    sv: 'Försök med språkmodeller',
    en: 'Language model trial',
    theme: Theme.DATA_DRIVEN_MANAGEMENT,
  },
  {
    fi: 'Tietoturvakartoitus',
    sv: 'Kartläggning av informationssäkerheten',
    en: 'Information security survey',
    theme: Theme.SECURITY_COMPETENCE,
  },
];

export const ACRONYM_PREFIXES = ['DIGI', 'ÄLY', 'KUNTA', 'YHTEIS', 'E-', 'SMART', 'AVOIN', ''];
export const ACRONYM_SUFFIXES = ['', '', '', '2', ' II', '+', '-HANKE'];

/** Finnish genitives of the regions (Statistics Finland codes): "Pohjois-Karjalan kunnissa". */
export const REGION_GENITIVE: Record<string, string> = {
  '01': 'Uudenmaan',
  '02': 'Varsinais-Suomen',
  '04': 'Satakunnan',
  '05': 'Kanta-Hämeen',
  '06': 'Pirkanmaan',
  '07': 'Päijät-Hämeen',
  '08': 'Kymenlaakson',
  '09': 'Etelä-Karjalan',
  '10': 'Etelä-Savon',
  '11': 'Pohjois-Savon',
  '12': 'Pohjois-Karjalan',
  '13': 'Keski-Suomen',
  '14': 'Etelä-Pohjanmaan',
  '15': 'Pohjanmaan',
  '16': 'Keski-Pohjanmaan',
  '17': 'Pohjois-Pohjanmaan',
  '18': 'Kainuun',
  '19': 'Lapin',
  '21': 'Ahvenanmaan',
};

/**
 * Finnish genitives of the cities that lead most projects (Finnish genitives are irregular:
 * Lahti -> Lahden, Turku -> Turun). Other municipalities are named through their region.
 */
export const CITY_GENITIVE: Record<string, string> = {
  Helsinki: 'Helsingin',
  Espoo: 'Espoon',
  Tampere: 'Tampereen',
  Vantaa: 'Vantaan',
  Oulu: 'Oulun',
  Turku: 'Turun',
  Jyväskylä: 'Jyväskylän',
  Kuopio: 'Kuopion',
  Lahti: 'Lahden',
  Pori: 'Porin',
  Kouvola: 'Kouvolan',
  Joensuu: 'Joensuun',
  Lappeenranta: 'Lappeenrannan',
  Hämeenlinna: 'Hämeenlinnan',
  Vaasa: 'Vaasan',
  Seinäjoki: 'Seinäjoen',
  Rovaniemi: 'Rovaniemen',
  Mikkeli: 'Mikkelin',
  Kotka: 'Kotkan',
  Salo: 'Salon',
  Porvoo: 'Porvoon',
  Kokkola: 'Kokkolan',
  Lohja: 'Lohjan',
  Hyvinkää: 'Hyvinkään',
  Järvenpää: 'Järvenpään',
  Rauma: 'Rauman',
  Kajaani: 'Kajaanin',
  Kerava: 'Keravan',
  Savonlinna: 'Savonlinnan',
  Kangasala: 'Kangasalan',
  Nokia: 'Nokian',
  Ylöjärvi: 'Ylöjärven',
  Raasepori: 'Raaseporin',
  Pietarsaari: 'Pietarsaaren',
  Kaarina: 'Kaarinan',
  Raisio: 'Raision',
  Imatra: 'Imatran',
  Iisalmi: 'Iisalmen',
  Kemi: 'Kemin',
  Tornio: 'Tornion',
  Varkaus: 'Varkauden',
  Riihimäki: 'Riihimäen',
  Forssa: 'Forssan',
  Uusikaupunki: 'Uudenkaupungin',
  Loviisa: 'Loviisan',
  Maarianhamina: 'Maarianhaminan',
};

/** Deliverable kinds in the three languages, with alternatives so titles vary. */
export const KIND_NOUNS: Record<DeliverableKind, ReadonlyArray<{ fi: string; sv: string; en: string }>> = {
  SOFTWARE: [
    { fi: 'ohjelmisto', sv: 'programvara', en: 'software' },
    { fi: 'sovellus', sv: 'applikation', en: 'application' },
  ],
  SOFTWARE_EXTENSION: [
    { fi: 'laajennus', sv: 'tillägg', en: 'extension' },
    { fi: 'lisäosa', sv: 'insticksprogram', en: 'plug-in' },
  ],
  CONFIGURATION: [
    { fi: 'konfiguraatio', sv: 'konfiguration', en: 'configuration' },
    { fi: 'asetuspohja', sv: 'konfigurationsmall', en: 'configuration template' },
  ],
  API_SPECIFICATION: [
    { fi: 'rajapintakuvaus', sv: 'API-beskrivning', en: 'API description' },
    { fi: 'rajapintamäärittely', sv: 'gränssnittsspecifikation', en: 'API specification' },
  ],
  DATA_MODEL: [
    { fi: 'tietomalli', sv: 'datamodell', en: 'data model' },
    { fi: 'käsitemalli', sv: 'begreppsmodell', en: 'conceptual model' },
  ],
  CODE_LIST: [
    { fi: 'koodisto', sv: 'kodlista', en: 'code list' },
    { fi: 'luokitus', sv: 'klassificering', en: 'classification' },
  ],
  VOCABULARY: [
    { fi: 'sanasto', sv: 'ordlista', en: 'vocabulary' },
    { fi: 'termistö', sv: 'terminologi', en: 'terminology' },
  ],
  DATASET: [
    { fi: 'aineisto', sv: 'datamaterial', en: 'dataset' },
    { fi: 'avoin data -aineisto', sv: 'öppna data', en: 'open dataset' },
  ],
  PROCESS_MODEL: [
    { fi: 'prosessimalli', sv: 'processmodell', en: 'process model' },
    { fi: 'prosessikuvaus', sv: 'processbeskrivning', en: 'process description' },
  ],
  GUIDELINE: [
    { fi: 'ohje', sv: 'anvisning', en: 'guideline' },
    { fi: 'soveltamisohje', sv: 'tillämpningsanvisning', en: 'application guideline' },
    { fi: 'suositus', sv: 'rekommendation', en: 'recommendation' },
  ],
  HANDBOOK: [
    { fi: 'käsikirja', sv: 'handbok', en: 'handbook' },
    { fi: 'opas', sv: 'guide', en: 'guide' },
  ],
  REPORT: [
    { fi: 'loppuraportti', sv: 'slutrapport', en: 'final report' },
    { fi: 'selvitys', sv: 'utredning', en: 'study' },
    { fi: 'nykytila-analyysi', sv: 'nulägesanalys', en: 'current-state analysis' },
  ],
  TRAINING_MATERIAL: [
    { fi: 'koulutusmateriaali', sv: 'utbildningsmaterial', en: 'training material' },
    { fi: 'verkkokurssi', sv: 'webbkurs', en: 'online course' },
  ],
  PROCUREMENT_TEMPLATE: [
    { fi: 'hankinta-asiakirjamalli', sv: 'mall för upphandlingsdokument', en: 'procurement document template' },
    { fi: 'vaatimusmäärittely', sv: 'kravspecifikation', en: 'requirements specification' },
  ],
  CONTRACT_TEMPLATE: [{ fi: 'sopimusmalli', sv: 'avtalsmall', en: 'contract template' }],
  OPERATING_MODEL: [
    { fi: 'toimintamalli', sv: 'verksamhetsmodell', en: 'operating model' },
    { fi: 'yhteistyömalli', sv: 'samarbetsmodell', en: 'cooperation model' },
  ],
  PRESENTATION: [
    { fi: 'esitys', sv: 'presentation', en: 'presentation' },
    { fi: 'webinaaritallenne', sv: 'webbinarieinspelning', en: 'webinar recording' },
  ],
  OTHER: [{ fi: 'tuotos', sv: 'resultat', en: 'output' }],
};

/** How often each kind occurs among real project results: reports and guidelines dominate. */
export const KIND_WEIGHTS: ReadonlyArray<readonly [DeliverableKind, number]> = [
  [DeliverableKind.REPORT, 15],
  [DeliverableKind.GUIDELINE, 12],
  [DeliverableKind.SOFTWARE, 10],
  [DeliverableKind.PROCESS_MODEL, 8],
  [DeliverableKind.TRAINING_MATERIAL, 8],
  [DeliverableKind.OPERATING_MODEL, 8],
  [DeliverableKind.PRESENTATION, 8],
  [DeliverableKind.DATA_MODEL, 6],
  [DeliverableKind.HANDBOOK, 5],
  [DeliverableKind.PROCUREMENT_TEMPLATE, 4],
  [DeliverableKind.DATASET, 4],
  [DeliverableKind.API_SPECIFICATION, 3],
  [DeliverableKind.CONTRACT_TEMPLATE, 2],
  [DeliverableKind.CODE_LIST, 2],
  [DeliverableKind.VOCABULARY, 2],
  [DeliverableKind.SOFTWARE_EXTENSION, 2],
  [DeliverableKind.CONFIGURATION, 2],
  [DeliverableKind.OTHER, 1],
];

/** What part of the topic a deliverable covers ("…: tietojen siirto"), so titles within a project differ. */
export const ASPECTS: ReadonlyArray<{ fi: string; sv: string; en: string }> = [
  { fi: 'tietojen siirto', sv: 'dataöverföring', en: 'data migration' },
  { fi: 'käyttöönotto', sv: 'införande', en: 'deployment' },
  { fi: 'tietosuoja', sv: 'dataskydd', en: 'data protection' },
  { fi: 'hankinta', sv: 'upphandling', en: 'procurement' },
  { fi: 'rajapinnat', sv: 'gränssnitt', en: 'interfaces' },
  { fi: 'saavutettavuus', sv: 'tillgänglighet', en: 'accessibility' },
  { fi: 'mittarit', sv: 'indikatorer', en: 'indicators' },
  { fi: 'arkkitehtuuri', sv: 'arkitektur', en: 'architecture' },
  { fi: 'vaatimukset', sv: 'krav', en: 'requirements' },
  { fi: 'riskienhallinta', sv: 'riskhantering', en: 'risk management' },
  { fi: 'asiakaskokemus', sv: 'kundupplevelse', en: 'customer experience' },
  { fi: 'ylläpito', sv: 'underhåll', en: 'maintenance' },
  { fi: 'testaus', sv: 'testning', en: 'testing' },
  { fi: 'pilotointi', sv: 'pilotering', en: 'piloting' },
  { fi: 'sidosryhmäyhteistyö', sv: 'samarbete med intressenter', en: 'stakeholder cooperation' },
];

export const TITLE_SUFFIXES: ReadonlyArray<{ fi: string; sv: string; en: string }> = [
  { fi: ' – pilottiversio', sv: ' – pilotversion', en: ' – pilot version' },
  { fi: ' – päivitetty versio', sv: ' – uppdaterad version', en: ' – updated version' },
  { fi: ' (luonnos)', sv: ' (utkast)', en: ' (draft)' },
  { fi: ' pienille kunnille', sv: ' för små kommuner', en: ' for small municipalities' },
];

/** A parallel sentence; `{t}` is the topic (Finnish genitive, Swedish/English noun phrase). */
export interface Sentence {
  fi: string;
  sv: string;
  en: string;
}

export const PROJECT_SENTENCES: Sentence[] = [
  {
    fi: 'Hankkeessa kehitetään {t} prosesseja ja tietojärjestelmiä yhdessä {n} organisaation kanssa.',
    sv: 'I projektet utvecklas processer och informationssystem för {t} tillsammans med {n} organisationer.',
    en: 'The project develops processes and information systems for {t} together with {n} organisations.',
  },
  {
    fi: 'Tavoitteena on yhtenäistää {t} toimintatapoja ja vähentää päällekkäistä työtä.',
    sv: 'Målet är att harmonisera arbetssätten inom {t} och minska dubbelarbetet.',
    en: 'The aim is to harmonise practices in {t} and reduce duplicate work.',
  },
  {
    fi: 'Hanke kartoittaa nykytilan, laatii tavoitetilan kuvauksen ja pilotoi ratkaisua käytännössä.',
    sv: 'Projektet kartlägger nuläget, beskriver ett målläge och pilottestar lösningen i praktiken.',
    en: 'The project maps the current state, describes a target state and pilots the solution in practice.',
  },
  {
    fi: 'Tulokset julkaistaan avoimina, jotta muutkin kunnat voivat hyödyntää niitä.',
    sv: 'Resultaten publiceras öppet så att även andra kommuner kan använda dem.',
    en: 'The results are published openly so that other municipalities can use them too.',
  },
  {
    fi: 'Hankkeessa koulutetaan henkilöstöä ja kerätään palautetta asukkailta ja yrityksiltä.',
    sv: 'Inom projektet utbildas personalen och respons samlas in från invånare och företag.',
    en: 'The project trains staff and collects feedback from residents and businesses.',
  },
  {
    fi: 'Erityistä huomiota kiinnitetään tietosuojaan, saavutettavuuteen ja tietoturvaan.',
    sv: 'Särskild uppmärksamhet fästs vid dataskydd, tillgänglighet och informationssäkerhet.',
    en: 'Particular attention is paid to data protection, accessibility and information security.',
  },
  {
    fi: 'Hankintojen valmistelussa tehdään yhteistyötä kuntien yhteishankintayksikön kanssa.',
    sv: 'Upphandlingarna förbereds i samarbete med kommunernas gemensamma upphandlingsenhet.',
    en: "Procurements are prepared together with the municipalities' joint procurement unit.",
  },
  {
    fi: 'Kuntien tietojärjestelmien välille rakennetaan avoimiin standardeihin perustuvat rajapinnat.',
    sv: 'Mellan kommunernas informationssystem byggs gränssnitt som bygger på öppna standarder.',
    en: "Interfaces based on open standards are built between the municipalities' information systems.",
  },
  {
    fi: 'Hankkeen aikana mitataan käsittelyaikoja ja asiakastyytyväisyyttä ennen muutosta ja sen jälkeen.',
    sv: 'Under projektet mäts handläggningstider och kundnöjdhet före och efter förändringen.',
    en: 'During the project, processing times and customer satisfaction are measured before and after the change.',
  },
  {
    fi: 'Pienten kuntien resurssit huomioidaan, ja ratkaisut mitoitetaan niiden tarpeisiin.',
    sv: 'De små kommunernas resurser beaktas och lösningarna dimensioneras efter deras behov.',
    en: 'The resources of small municipalities are taken into account and the solutions sized to their needs.',
  },
];

export const SERVICE_SENTENCE: Sentence = {
  fi: 'Ratkaisu liitetään kansalliseen palveluun {s}.',
  sv: 'Lösningen kopplas till den nationella tjänsten {s}.',
  en: 'The solution is connected to the national service {s}.',
};

export const SPECIFICATION_SENTENCE: Sentence = {
  fi: 'Työssä sovelletaan määrittelyä {s}.',
  sv: 'Arbetet tillämpar specifikationen {s}.',
  en: 'The work applies the specification {s}.',
};

export const CONTINUATION_SENTENCE: Sentence = {
  fi: 'Hanke jatkaa aiemman kehitystyön tuloksia ja laajentaa ne uusiin kuntiin.',
  sv: 'Projektet bygger vidare på tidigare utvecklingsarbete och utvidgar det till nya kommuner.',
  en: 'The project builds on earlier development work and extends it to new municipalities.',
};

/**
 * The common terms: the bare words `kunta` and `digitalisaatio` (and `kommun`, `municipality`)
 * appear only here, so their frequency is the probability this sentence is drawn (~25 %).
 */
export const COMMON_SENTENCE: Sentence = {
  fi: 'Digitalisaatio muuttaa palveluja: jokainen mukana oleva kunta sitoutuu tulosten käyttöönottoon.',
  sv: 'Digitaliseringen förändrar tjänsterna: varje deltagande kommun förbinder sig att ta resultaten i bruk.',
  en: 'Digitalisation changes services: every participating municipality commits to taking the results into use.',
};
export const COMMON_TERM_SHARE = 0.25;

/** Real but rare domain terms: each ends up in well under 0.1 % of projects. */
export const RARE_TERMS: Sentence[] = [
  { fi: 'hulevesien hallinta', sv: 'dagvattenhantering', en: 'stormwater management' },
  { fi: 'poikkeamispäätös', sv: 'undantagsbeslut', en: 'exception decision' },
  { fi: 'suunnittelutarveratkaisu', sv: 'avgörande om planeringsbehov', en: 'planning need decision' },
  { fi: 'rasitustodistus', sv: 'gravationsbevis', en: 'encumbrance certificate' },
  { fi: 'lainhuutotodistus', sv: 'lagfartsbevis', en: 'certificate of title' },
  { fi: 'kiinteistönmuodostus', sv: 'fastighetsbildning', en: 'property formation' },
  { fi: 'viherkerroin', sv: 'grönytefaktor', en: 'green factor' },
  { fi: 'meluselvitys', sv: 'bullerutredning', en: 'noise survey' },
  { fi: 'purkujätteen hyödyntäminen', sv: 'återvinning av rivningsavfall', en: 'demolition waste recovery' },
  { fi: 'pohjavesialue', sv: 'grundvattenområde', en: 'groundwater area' },
  { fi: 'kaavamerkintä', sv: 'planbeteckning', en: 'plan notation' },
  { fi: 'korttelialue', sv: 'kvartersområde', en: 'block area' },
  { fi: 'lämpökamera-aineisto', sv: 'värmekameradata', en: 'thermal imaging data' },
  { fi: 'pistepilvi', sv: 'punktmoln', en: 'point cloud' },
  { fi: 'tunkeutumistestaus', sv: 'penetrationstestning', en: 'penetration testing' },
  { fi: 'lokienhallinta', sv: 'logghantering', en: 'log management' },
  { fi: 'monivaiheinen tunnistautuminen', sv: 'flerfaktorsautentisering', en: 'multi-factor authentication' },
  { fi: 'saavutettavuusseloste', sv: 'tillgänglighetsutlåtande', en: 'accessibility statement' },
  { fi: 'tiedonohjaussuunnitelma', sv: 'informationsstyrningsplan', en: 'information management plan' },
  { fi: 'arkistonmuodostussuunnitelma', sv: 'arkivbildningsplan', en: 'records management plan' },
  { fi: 'lumenkaatopaikka', sv: 'snötipp', en: 'snow dump' },
  { fi: 'ranta-asemakaava', sv: 'stranddetaljplan', en: 'shore detailed plan' },
  { fi: 'poronhoitoalue', sv: 'renskötselområde', en: 'reindeer herding area' },
  { fi: 'saaristokunta', sv: 'skärgårdskommun', en: 'archipelago municipality' },
  {
    fi: 'varmuuskopioiden palautusharjoitus',
    sv: 'återställningsövning för säkerhetskopior',
    en: 'backup restore drill',
  },
];
/** Share of projects and deliverables with one rare term (spread over RARE_TERMS). */
export const RARE_TERM_SHARE = 0.015;

export const RARE_SENTENCE: Sentence = {
  fi: 'Erityiskysymys: {s}.',
  sv: 'Särskild fråga: {s}.',
  en: 'Special question: {s}.',
};

/** Deliverable sentences; `{k}` is the kind noun, `{t}` the topic. */
export const DELIVERABLE_SENTENCES: Sentence[] = [
  {
    fi: 'Se sisältää esimerkkejä, tarkistuslistoja ja käyttöönotto-ohjeet.',
    sv: 'Den innehåller exempel, checklistor och anvisningar för införandet.',
    en: 'It contains examples, checklists and deployment instructions.',
  },
  {
    fi: 'Materiaalia voi muokata oman organisaation tarpeisiin.',
    sv: 'Materialet kan anpassas efter den egna organisationens behov.',
    en: "The material can be adapted to an organisation's own needs.",
  },
  {
    fi: 'Ensimmäinen versio testattiin pilottikunnissa.',
    sv: 'Den första versionen testades i pilotkommunerna.',
    en: 'The first version was tested in the pilot municipalities.',
  },
  {
    fi: 'Ylläpito jatkuu hankkeen päättymisen jälkeen.',
    sv: 'Underhållet fortsätter efter att projektet avslutats.',
    en: 'Maintenance continues after the project has ended.',
  },
  {
    fi: 'Palautetta voi antaa yhteiskehittämisen verkoston kautta.',
    sv: 'Respons kan ges via nätverket för samutveckling.',
    en: 'Feedback can be given through the co-development network.',
  },
];

export const DELIVERABLE_PURPOSE: Sentence = {
  fi: '{K} on laadittu {t} kehittämisen tueksi.',
  sv: 'Resultatet har tagits fram som stöd för utvecklingen av {t}.',
  en: 'The {k} was prepared to support the development of {t}.',
};

export const SOURCE_CODE_SENTENCE: Sentence = {
  fi: 'Lähdekoodi on avoimesti saatavilla, ja kehitykseen voi osallistua.',
  sv: 'Källkoden är öppet tillgänglig och vem som helst kan delta i utvecklingen.',
  en: 'The source code is openly available and anyone can contribute.',
};

export const CONFORMANCE_SENTENCE: Sentence = {
  fi: 'Tuotos noudattaa määrittelyä {s}.',
  sv: 'Resultatet följer specifikationen {s}.',
  en: 'The deliverable follows the specification {s}.',
};

export const RELEASE_NOTES: Sentence[] = [
  { fi: 'Ensimmäinen julkaistu versio.', sv: 'Första publicerade versionen.', en: 'First published version.' },
  {
    fi: 'Korjauksia ja parannuksia käyttäjäpalautteen perusteella.',
    sv: 'Korrigeringar och förbättringar utifrån användarnas respons.',
    en: 'Fixes and improvements based on user feedback.',
  },
  { fi: 'Lisätty ruotsinkielinen käännös.', sv: 'Svensk översättning tillagd.', en: 'Swedish translation added.' },
  {
    fi: 'Päivitetty vastaamaan lainsäädännön muutoksia.',
    sv: 'Uppdaterad enligt ändringarna i lagstiftningen.',
    en: 'Updated to reflect changes in legislation.',
  },
  { fi: 'Tietoturvapäivitys.', sv: 'Säkerhetsuppdatering.', en: 'Security update.' },
];

export const LESSONS: ReadonlyArray<{ category: string; text: Sentence; mitigation: Sentence }> = [
  {
    category: 'PROCUREMENT',
    text: {
      fi: 'Hankinnan valmistelu vei suunniteltua enemmän aikaa, koska toimittajien ratkaisut erosivat toisistaan.',
      sv: 'Förberedelsen av upphandlingen tog längre tid än planerat eftersom leverantörernas lösningar skilde sig åt.',
      en: "Preparing the procurement took longer than planned because the suppliers' solutions differed.",
    },
    mitigation: {
      fi: 'Markkinavuoropuhelu kannattaa aloittaa heti hankkeen alussa.',
      sv: 'Inled marknadsdialogen redan i början av projektet.',
      en: 'Start the market dialogue at the very beginning of the project.',
    },
  },
  {
    category: 'INTEGRATION',
    text: {
      fi: 'Järjestelmien väliset rajapinnat puuttuivat tai oli dokumentoitu puutteellisesti.',
      sv: 'Gränssnitten mellan systemen saknades eller var bristfälligt dokumenterade.',
      en: 'Interfaces between the systems were missing or poorly documented.',
    },
    mitigation: {
      fi: 'Rajapintavaatimukset kirjataan jo hankinta-asiakirjoihin.',
      sv: 'Skriv in kraven på gränssnitt redan i upphandlingsdokumenten.',
      en: 'Write interface requirements into the procurement documents.',
    },
  },
  {
    category: 'DATA_QUALITY',
    text: {
      fi: 'Lähtöaineiston laatu vaihteli kunnittain, mikä hidasti tietojen siirtoa.',
      sv: 'Källdatans kvalitet varierade mellan kommunerna, vilket fördröjde överföringen.',
      en: 'The quality of the source data varied between municipalities, which slowed the migration.',
    },
    mitigation: {
      fi: 'Aineistojen laatu tarkistetaan ennen siirtoa yhteisillä säännöillä.',
      sv: 'Kontrollera datakvaliteten före överföringen med gemensamma regler.',
      en: 'Check data quality before migration with shared rules.',
    },
  },
  {
    category: 'SCHEDULE',
    text: {
      fi: 'Aikataulu venyi, koska henkilöstö oli sidottu perustehtäviin.',
      sv: 'Tidtabellen drog ut på tiden eftersom personalen var bunden till sina ordinarie uppgifter.',
      en: 'The schedule slipped because staff were tied up with their regular duties.',
    },
    mitigation: {
      fi: 'Hankkeelle nimetään päätoiminen projektipäällikkö.',
      sv: 'Utse en projektledare på heltid.',
      en: 'Appoint a full-time project manager.',
    },
  },
  {
    category: 'COMPETENCE',
    text: {
      fi: 'Henkilöstön osaaminen uusien työkalujen käytössä oli aluksi vähäistä.',
      sv: 'Personalens kunskaper om de nya verktygen var till en början begränsade.',
      en: 'Staff skills with the new tools were limited at first.',
    },
    mitigation: {
      fi: 'Koulutus suunnitellaan osaksi käyttöönottoa.',
      sv: 'Planera utbildningen som en del av införandet.',
      en: 'Plan training as part of the deployment.',
    },
  },
  {
    category: 'COOPERATION',
    text: {
      fi: 'Usean kunnan yhteinen päätöksenteko vaati selkeän ohjausryhmän.',
      sv: 'Gemensamt beslutsfattande mellan flera kommuner krävde en tydlig styrgrupp.',
      en: 'Joint decision-making between several municipalities required a clear steering group.',
    },
    mitigation: {
      fi: 'Roolit ja päätösvalta sovitaan kirjallisesti hankkeen alussa.',
      sv: 'Kom skriftligen överens om roller och beslutanderätt i början.',
      en: 'Agree roles and decision rights in writing at the start.',
    },
  },
  {
    category: 'LEGISLATION',
    text: {
      fi: 'Lainsäädännön muutokset muuttivat vaatimuksia kesken hankkeen.',
      sv: 'Lagändringar förändrade kraven mitt under projektet.',
      en: 'Changes in legislation altered the requirements during the project.',
    },
    mitigation: {
      fi: 'Lainsäädännön valmistelua seurataan ja vaatimukset pidetään joustavina.',
      sv: 'Följ lagberedningen och håll kraven flexibla.',
      en: 'Follow the legislative drafting and keep requirements flexible.',
    },
  },
  {
    category: 'CHANGE_MANAGEMENT',
    text: {
      fi: 'Uusien toimintatapojen juurruttaminen vaati arvioitua enemmän viestintää.',
      sv: 'Att förankra de nya arbetssätten krävde mer kommunikation än beräknat.',
      en: 'Embedding the new ways of working required more communication than expected.',
    },
    mitigation: {
      fi: 'Jokaiseen kuntaan nimetään muutosagentti.',
      sv: 'Utse en förändringsagent i varje kommun.',
      en: 'Appoint a change agent in every municipality.',
    },
  },
];

export const OUTCOMES: Sentence[] = [
  {
    fi: 'Käsittelyajat lyhenivät pilottikunnissa keskimäärin viidenneksellä.',
    sv: 'Handläggningstiderna i pilotkommunerna förkortades i genomsnitt med en femtedel.',
    en: 'Processing times in the pilot municipalities fell by a fifth on average.',
  },
  {
    fi: 'Toimintamalli on otettu käyttöön kaikissa osallistujakunnissa.',
    sv: 'Verksamhetsmodellen har införts i alla deltagande kommuner.',
    en: 'The operating model has been adopted in all participating municipalities.',
  },
  {
    fi: 'Tulokset on julkaistu avoimina ja jaettu kuntien verkostoille.',
    sv: 'Resultaten har publicerats öppet och delats med kommunernas nätverk.',
    en: 'The results have been published openly and shared with municipal networks.',
  },
];

export const CONTRIBUTIONS: Record<string, Sentence> = {
  EXPERT_PARTNER: { fi: 'Asiantuntijatuki', sv: 'Expertstöd', en: 'Expert support' },
  SOFTWARE_VENDOR: { fi: 'Ohjelmistotoimitus', sv: 'Programleverans', en: 'Software delivery' },
  CONSULTANT: {
    fi: 'Konsultointi ja projektinhallinta',
    sv: 'Konsultation och projektledning',
    en: 'Consulting and project management',
  },
  PILOT: { fi: 'Pilottikunta', sv: 'Pilotkommun', en: 'Pilot municipality' },
};

export const USE_CASES: Sentence[] = [
  { fi: 'Käytössä {t} tukena.', sv: 'Används som stöd för {t}.', en: 'Used to support {t}.' },
  {
    fi: 'Sovellettu omiin prosesseihin {t} kehittämisessä.',
    sv: 'Tillämpad i de egna processerna vid utvecklingen av {t}.',
    en: 'Applied to our own processes when developing {t}.',
  },
  {
    fi: 'Pilotoitu yhdessä naapurikuntien kanssa.',
    sv: 'Pilottestad tillsammans med grannkommunerna.',
    en: 'Piloted together with neighbouring municipalities.',
  },
];

/** What a project or deliverable does with a national service, per relation. */
export const SERVICE_USE_TEXT: Record<string, Sentence> = {
  AUTHENTICATES_WITH: {
    fi: 'Käyttäjien vahva tunnistaminen',
    sv: 'Stark identifiering av användare',
    en: 'Strong identification of users',
  },
  AUTHORISES_WITH: { fi: 'Asiointivaltuuksien tarkistus', sv: 'Kontroll av fullmakter', en: 'Checking mandates' },
  NOTIFIES_VIA: {
    fi: 'Päätösten ja ilmoitusten lähettäminen',
    sv: 'Utskick av beslut och meddelanden',
    en: 'Sending decisions and notices',
  },
  PAYS_WITH: { fi: 'Maksujen käsittely', sv: 'Hantering av betalningar', en: 'Handling payments' },
  EXCHANGES_DATA_VIA: {
    fi: 'Tietojen vaihto järjestelmien välillä',
    sv: 'Datautbyte mellan system',
    en: 'Data exchange between systems',
  },
  PUBLISHES_TO: { fi: 'Tietojen julkaiseminen', sv: 'Publicering av data', en: 'Publishing data' },
  CONSUMES_FROM: { fi: 'Tietojen hyödyntäminen', sv: 'Användning av data', en: 'Using data' },
  DESCRIBED_IN: { fi: 'Palvelun kuvaus', sv: 'Beskrivning av tjänsten', en: 'Service description' },
  USES: { fi: 'Käyttö osana ratkaisua', sv: 'Används som en del av lösningen', en: 'Used as part of the solution' },
};
