import { registerEnumType } from 'type-graphql';

/** The enumerations of DOMAIN.md, shared by the write model (entities) and the GraphQL schema. */

export enum OrganisationKind {
  MUNICIPALITY = 'MUNICIPALITY',
  JOINT_MUNICIPAL_AUTHORITY = 'JOINT_MUNICIPAL_AUTHORITY',
  WELLBEING_SERVICES_COUNTY = 'WELLBEING_SERVICES_COUNTY',
  REGIONAL_COUNCIL = 'REGIONAL_COUNCIL',
  IN_HOUSE_COMPANY = 'IN_HOUSE_COMPANY',
  STATE_AGENCY = 'STATE_AGENCY',
  MINISTRY = 'MINISTRY',
  ASSOCIATION = 'ASSOCIATION',
  COMPANY = 'COMPANY',
  UNIVERSITY = 'UNIVERSITY',
  OTHER = 'OTHER',
}

export enum LanguageStatus {
  FINNISH = 'FINNISH',
  SWEDISH = 'SWEDISH',
  BILINGUAL_FINNISH_MAJORITY = 'BILINGUAL_FINNISH_MAJORITY',
  BILINGUAL_SWEDISH_MAJORITY = 'BILINGUAL_SWEDISH_MAJORITY',
}

export enum Theme {
  BUILT_ENVIRONMENT = 'BUILT_ENVIRONMENT',
  E_PERMITS_BUILDING_CONTROL = 'E_PERMITS_BUILDING_CONTROL',
  LAND_USE_PLANNING = 'LAND_USE_PLANNING',
  PLAN_DATA_MODEL = 'PLAN_DATA_MODEL',
  MASTER_PLAN_MAINTENANCE = 'MASTER_PLAN_MAINTENANCE',
  CITY_MODEL_3D = 'CITY_MODEL_3D',
  CULTURAL_ENVIRONMENT = 'CULTURAL_ENVIRONMENT',
  WASTE_MANAGEMENT = 'WASTE_MANAGEMENT',
  DIGITAL_SECURITY = 'DIGITAL_SECURITY',
  SAAS_SECURITY = 'SAAS_SECURITY',
  CYBER_SECURITY_TESTING = 'CYBER_SECURITY_TESTING',
  CONTINUITY_AND_PREPAREDNESS = 'CONTINUITY_AND_PREPAREDNESS',
  SECURITY_COMPETENCE = 'SECURITY_COMPETENCE',
  DATA_DRIVEN_MANAGEMENT = 'DATA_DRIVEN_MANAGEMENT',
  WORK_CULTURE = 'WORK_CULTURE',
  DATA_QUALITY = 'DATA_QUALITY',
}

/** Two-level theme tree: a sub-theme's parent. Top-level themes map to themselves. */
export const THEME_PARENT: Record<Theme, Theme> = {
  BUILT_ENVIRONMENT: Theme.BUILT_ENVIRONMENT,
  E_PERMITS_BUILDING_CONTROL: Theme.BUILT_ENVIRONMENT,
  LAND_USE_PLANNING: Theme.BUILT_ENVIRONMENT,
  PLAN_DATA_MODEL: Theme.BUILT_ENVIRONMENT,
  MASTER_PLAN_MAINTENANCE: Theme.BUILT_ENVIRONMENT,
  CITY_MODEL_3D: Theme.BUILT_ENVIRONMENT,
  CULTURAL_ENVIRONMENT: Theme.BUILT_ENVIRONMENT,
  WASTE_MANAGEMENT: Theme.BUILT_ENVIRONMENT,
  DIGITAL_SECURITY: Theme.DIGITAL_SECURITY,
  SAAS_SECURITY: Theme.DIGITAL_SECURITY,
  CYBER_SECURITY_TESTING: Theme.DIGITAL_SECURITY,
  CONTINUITY_AND_PREPAREDNESS: Theme.DIGITAL_SECURITY,
  SECURITY_COMPETENCE: Theme.DIGITAL_SECURITY,
  DATA_DRIVEN_MANAGEMENT: Theme.DATA_DRIVEN_MANAGEMENT,
  WORK_CULTURE: Theme.WORK_CULTURE,
  DATA_QUALITY: Theme.DATA_QUALITY,
};

export enum ParticipationRole {
  LEAD_APPLICANT = 'LEAD_APPLICANT',
  PARTNER = 'PARTNER',
  PILOT = 'PILOT',
  STEERING_GROUP = 'STEERING_GROUP',
  SOFTWARE_VENDOR = 'SOFTWARE_VENDOR',
  CONSULTANT = 'CONSULTANT',
  EXPERT_PARTNER = 'EXPERT_PARTNER',
  FUNDER = 'FUNDER',
  OBSERVER = 'OBSERVER',
}

export enum ProjectStatus {
  PLANNED = 'PLANNED',
  FUNDED = 'FUNDED',
  ONGOING = 'ONGOING',
  COMPLETED = 'COMPLETED',
  DISCONTINUED = 'DISCONTINUED',
}

export enum GrantStatus {
  AWARDED = 'AWARDED',
  PENDING = 'PENDING',
  WITHDRAWN = 'WITHDRAWN',
}

export enum DeliverableKind {
  SOFTWARE = 'SOFTWARE',
  SOFTWARE_EXTENSION = 'SOFTWARE_EXTENSION',
  CONFIGURATION = 'CONFIGURATION',
  API_SPECIFICATION = 'API_SPECIFICATION',
  DATA_MODEL = 'DATA_MODEL',
  CODE_LIST = 'CODE_LIST',
  VOCABULARY = 'VOCABULARY',
  DATASET = 'DATASET',
  PROCESS_MODEL = 'PROCESS_MODEL',
  GUIDELINE = 'GUIDELINE',
  HANDBOOK = 'HANDBOOK',
  REPORT = 'REPORT',
  TRAINING_MATERIAL = 'TRAINING_MATERIAL',
  PROCUREMENT_TEMPLATE = 'PROCUREMENT_TEMPLATE',
  CONTRACT_TEMPLATE = 'CONTRACT_TEMPLATE',
  OPERATING_MODEL = 'OPERATING_MODEL',
  PRESENTATION = 'PRESENTATION',
  OTHER = 'OTHER',
}

export enum DevelopmentStatus {
  CONCEPT = 'CONCEPT',
  DEVELOPMENT = 'DEVELOPMENT',
  BETA = 'BETA',
  STABLE = 'STABLE',
  OBSOLETE = 'OBSOLETE',
}

/** Where software runs: publiccode.yml `platforms`. */
export enum Platform {
  WEB = 'WEB',
  WINDOWS = 'WINDOWS',
  MAC = 'MAC',
  LINUX = 'LINUX',
  IOS = 'IOS',
  ANDROID = 'ANDROID',
}

export enum AdoptionStatus {
  EVALUATING = 'EVALUATING',
  PLANNED = 'PLANNED',
  PILOTING = 'PILOTING',
  IN_PRODUCTION = 'IN_PRODUCTION',
  DISCONTINUED = 'DISCONTINUED',
}

export enum AdoptionMode {
  AS_IS = 'AS_IS',
  CONFIGURED = 'CONFIGURED',
  ADAPTED_VARIANT = 'ADAPTED_VARIANT',
  METHOD_ONLY = 'METHOD_ONLY',
  CONTRIBUTED_UPSTREAM = 'CONTRIBUTED_UPSTREAM',
}

export enum VerificationLevel {
  /** Said by someone who is neither the adopter nor the producing project: shown as a claim. */
  CLAIMED = 'CLAIMED',
  HARVESTED = 'HARVESTED',
  DECLARED_BY_PUBLISHER = 'DECLARED_BY_PUBLISHER',
  DECLARED_BY_ADOPTER = 'DECLARED_BY_ADOPTER',
  VERIFIED = 'VERIFIED',
}

export enum NationalServiceKind {
  IDENTIFICATION = 'IDENTIFICATION',
  AUTHORISATION = 'AUTHORISATION',
  MESSAGING = 'MESSAGING',
  PAYMENTS = 'PAYMENTS',
  DATA_EXCHANGE_LAYER = 'DATA_EXCHANGE_LAYER',
  SERVICE_CATALOGUE = 'SERVICE_CATALOGUE',
  E_PERMIT_PLATFORM = 'E_PERMIT_PLATFORM',
  NATIONAL_INFORMATION_SYSTEM = 'NATIONAL_INFORMATION_SYSTEM',
  INTEROPERABILITY_PLATFORM = 'INTEROPERABILITY_PLATFORM',
  GEOSPATIAL_PLATFORM = 'GEOSPATIAL_PLATFORM',
  OPEN_DATA_PORTAL = 'OPEN_DATA_PORTAL',
  ASSESSMENT_TOOL = 'ASSESSMENT_TOOL',
  KNOWLEDGE_BASE = 'KNOWLEDGE_BASE',
  OTHER = 'OTHER',
}

export enum ServiceRelation {
  AUTHENTICATES_WITH = 'AUTHENTICATES_WITH',
  AUTHORISES_WITH = 'AUTHORISES_WITH',
  NOTIFIES_VIA = 'NOTIFIES_VIA',
  PAYS_WITH = 'PAYS_WITH',
  EXCHANGES_DATA_VIA = 'EXCHANGES_DATA_VIA',
  PUBLISHES_TO = 'PUBLISHES_TO',
  CONSUMES_FROM = 'CONSUMES_FROM',
  DESCRIBED_IN = 'DESCRIBED_IN',
  USES = 'USES',
}

export enum SpecificationKind {
  DATA_MODEL = 'DATA_MODEL',
  CODE_LIST = 'CODE_LIST',
  VOCABULARY = 'VOCABULARY',
  API_SPECIFICATION = 'API_SPECIFICATION',
  DATA_EXCHANGE_SPECIFICATION = 'DATA_EXCHANGE_SPECIFICATION',
  METHOD = 'METHOD',
  CLASSIFICATION = 'CLASSIFICATION',
  RECOMMENDATION = 'RECOMMENDATION',
  INTERNATIONAL_STANDARD = 'INTERNATIONAL_STANDARD',
  COMMUNITY_STANDARD = 'COMMUNITY_STANDARD',
  REGULATION = 'REGULATION',
  CRITERIA = 'CRITERIA',
}

export enum ProjectSpecificationRelation {
  APPLIED = 'APPLIED',
  PUBLISHED = 'PUBLISHED',
}

export enum ProjectLinkRelation {
  CONTINUES = 'CONTINUES',
  DERIVED_FROM = 'DERIVED_FROM',
  SUPERSEDES = 'SUPERSEDES',
}

export enum ProvenanceStatus {
  STATED = 'STATED',
  INFERRED = 'INFERRED',
  GENERAL_KNOWLEDGE = 'GENERAL_KNOWLEDGE',
  USER_SUPPLIED = 'USER_SUPPLIED',
  SYNTHETIC = 'SYNTHETIC',
}

export enum Lang {
  fi = 'fi',
  sv = 'sv',
  en = 'en',
}

const enums: Array<[object, string, string]> = [
  [OrganisationKind, 'OrganisationKind', 'What kind of body an organisation is.'],
  [
    LanguageStatus,
    'LanguageStatus',
    'Official language status of a municipality (decree 53/2013, Åland autonomy act).',
  ],
  [Theme, 'Theme', 'Two-level theme of a project: BUILT_ENVIRONMENT and DIGITAL_SECURITY have sub-themes.'],
  [ParticipationRole, 'ParticipationRole', 'The role of an organisation in a project.'],
  [ProjectStatus, 'ProjectStatus', 'Life-cycle status of a project.'],
  [GrantStatus, 'GrantStatus', 'Status of a grant decision.'],
  [DeliverableKind, 'DeliverableKind', 'What kind of result a deliverable is.'],
  [DevelopmentStatus, 'DevelopmentStatus', 'Maturity of a deliverable (publiccode.yml developmentStatus).'],
  [Platform, 'Platform', 'A platform software runs on (publiccode.yml platforms).'],
  [AdoptionStatus, 'AdoptionStatus', 'How far an organisation has taken a deliverable into use.'],
  [AdoptionMode, 'AdoptionMode', 'How a deliverable was reused.'],
  [
    VerificationLevel,
    'VerificationLevel',
    'Who vouches for an adoption: only DECLARED_BY_ADOPTER and VERIFIED count as reuse.',
  ],
  [NationalServiceKind, 'NationalServiceKind', 'What kind of national service it is.'],
  [ServiceRelation, 'ServiceRelation', 'How a project or deliverable uses a national service.'],
  [SpecificationKind, 'SpecificationKind', 'What kind of information specification it is.'],
  [
    ProjectSpecificationRelation,
    'ProjectSpecificationRelation',
    'Whether a project applied or published a specification.',
  ],
  [ProjectLinkRelation, 'ProjectLinkRelation', 'How one project builds on another.'],
  [ProvenanceStatus, 'ProvenanceStatus', 'How well a fact is backed: STATED by a cited source, or less.'],
  [Lang, 'Lang', 'A content language: Finnish, Swedish or English.'],
];
for (const [e, name, description] of enums) registerEnumType(e, { name, description });
