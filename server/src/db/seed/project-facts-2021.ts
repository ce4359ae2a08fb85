import {
  DeliverableKind,
  ParticipationRole,
  ProjectSpecificationRelation,
  ProjectStatus,
  ServiceRelation,
  Theme,
} from '../../domain/enums.js';

/**
 * What the importer reads out of the free-text cells of projects-2021.csv and its additions,
 * written down once per project number with the cell it comes from. Nothing here goes beyond the
 * cited text; classifications (sub-themes) are marked INFERRED where they are imported.
 */
export interface ProjectFacts {
  acronym?: string;
  /** Sub-themes assigned by reading the project's name (INFERRED). */
  subThemes: Theme[];
  status?: { value: ProjectStatus; url: string; note: string };
  actualStart?: string;
  actualEnd?: string;
  plannedEnd?: { value: string; url: string; note: string };
  /** Roles other than PARTNER for the named participants, by municipality code. */
  roles?: Record<string, ParticipationRole>;
  /** Organisations in `other_partners`, with the role and contribution the source gives. */
  otherPartners?: Array<{ name: string; role: ParticipationRole; contribution?: string; url: string }>;
  serviceUses?: Array<{ service: string; relation: ServiceRelation; description: string; url: string }>;
  specifications?: Array<{ slug: string; relation: ProjectSpecificationRelation; url: string; note: string }>;
  deliverables?: Array<{
    key: string;
    kind: DeliverableKind;
    title: { fi?: string; en: string };
    titleIsDescriptive: boolean;
    description: string;
    publisher: 'lead' | string;
    publishedAt?: string;
    landingUrl?: string;
    languages: string[];
    url: string;
  }>;
  lessons?: Array<{ category: string; text: string; url: string }>;
}

const VM_2021 =
  'https://vm.fi/-/valtiovarainministerio-on-myontanyt-vuoden-2021-avustuksia-kuntien-digitalisaatiohankkeisiin?languageId=sv_SE';
export { VM_2021 };

export const FACTS_2021: Record<number, ProjectFacts> = {
  1: {
    subThemes: [Theme.CONTINUITY_AND_PREPAREDNESS, Theme.SECURITY_COMPETENCE],
    status: {
      value: ProjectStatus.COMPLETED,
      url: 'https://karkola.fi/2023/08/17/digiturvalla-tulevaan-hanke-loppusuoralla/',
      note: 'End-of-project news 17.8.2023: work packages 2 and 3 finished in June 2023',
    },
  },
  2: { subThemes: [Theme.E_PERMITS_BUILDING_CONTROL] },
  3: { subThemes: [Theme.LAND_USE_PLANNING] },
  4: { subThemes: [Theme.CULTURAL_ENVIRONMENT] },
  5: {
    acronym: 'DigiTyy',
    subThemes: [Theme.WORK_CULTURE],
    status: {
      value: ProjectStatus.COMPLETED,
      url: 'https://www.kalajoki.fi/fi/kaupunki-ja-hallinto/hankkeet/paattyneet-hankkeet',
      note: "Listed under Kalajoki's ended projects",
    },
    actualStart: '2021-06-23',
    actualEnd: '2023-10-31',
    roles: { '977': ParticipationRole.PILOT },
    serviceUses: [
      {
        service: 'kybermittari',
        relation: ServiceRelation.USES,
        description: 'Kybermittari assessments in every participating organisation at the start and at the end',
        url: 'https://www.kalajoki.fi/fi/kaupunki-ja-hallinto/hankkeet/paattyneet-hankkeet',
      },
    ],
  },
  6: { subThemes: [Theme.CYBER_SECURITY_TESTING] },
  7: { subThemes: [Theme.WASTE_MANAGEMENT] },
  8: {
    acronym: 'KAATIO',
    subThemes: [Theme.PLAN_DATA_MODEL],
    otherPartners: [
      {
        name: 'Suomen Kuntaliitto',
        role: ParticipationRole.PARTNER,
        url: 'https://valtioneuvosto.fi/-/1410903/oulu-kehittamassa-tietomallipohjaista-kaavoitusta',
      },
    ],
    specifications: [
      {
        slug: 'kaavatietomalli',
        relation: ProjectSpecificationRelation.APPLIED,
        url: 'https://www.ouka.fi/oulu/kaupunkisuunnittelu/kaatio-hanke',
        note: 'KAATIO produces plans in the national plan data model',
      },
    ],
  },
  9: { subThemes: [Theme.LAND_USE_PLANNING] },
  10: { subThemes: [Theme.E_PERMITS_BUILDING_CONTROL] },
  11: { subThemes: [Theme.CITY_MODEL_3D] },
  12: { acronym: 'SaaSec', subThemes: [Theme.SAAS_SECURITY] },
  13: { subThemes: [Theme.SECURITY_COMPETENCE] },
  14: {
    subThemes: [Theme.E_PERMITS_BUILDING_CONTROL],
    otherPartners: [
      {
        name: 'Rakennustarkastusyhdistys RTY ry',
        role: ParticipationRole.PARTNER,
        contribution:
          'Set up the development project with the building-control authorities; took over maintenance of the Topten website',
        url: 'https://www.rakennustarkastusyhdistys.fi/topten-kaytantojen-sivusto-uudistuu/',
      },
    ],
    serviceUses: [
      {
        service: 'topten',
        relation: ServiceRelation.PUBLISHES_TO,
        description: 'The project renewed the Topten practices website',
        url: 'https://www.rakennustarkastusyhdistys.fi/topten-kaytantojen-sivusto-uudistuu/',
      },
    ],
    deliverables: [
      {
        key: 'topten-practices',
        kind: DeliverableKind.GUIDELINE,
        title: { fi: 'Rakentamisen Topten-käytännöt', en: 'Topten building-control practices' },
        titleIsDescriptive: false,
        description:
          "The Topten practices published on RTY's new website platform as a free online card index of 80+ documents for permit and inspection authorities, developers, designers and contractors.",
        publisher: 'Rakennustarkastusyhdistys RTY ry',
        publishedAt: '2023-09-26',
        languages: ['fi'],
        url: 'https://puuinfo.fi/2023/09/26/rakentamisen-topten-kaytannot-rakennustarkastusyhdistyksen-uudella-verkkosivualustalla/',
      },
    ],
  },
  15: {
    acronym: 'Seutudigi',
    subThemes: [Theme.LAND_USE_PLANNING, Theme.PLAN_DATA_MODEL],
    status: {
      value: ProjectStatus.COMPLETED,
      url: 'https://tampereenseutu.fi/seutudigi/',
      note: 'The project ended in autumn 2023',
    },
    otherPartners: [
      {
        name: 'Pirkanmaan liitto',
        role: ParticipationRole.PARTNER,
        contribution: 'Member of the project group',
        url: 'https://tampereenseutu.fi/seutudigi/',
      },
      {
        name: 'Pirkanmaan ELY-keskus',
        role: ParticipationRole.PARTNER,
        contribution: 'Member of the project group',
        url: 'https://tampereenseutu.fi/seutudigi/',
      },
      {
        name: 'ympäristöministeriö',
        role: ParticipationRole.PARTNER,
        contribution: 'Member of the project group',
        url: 'https://tampereenseutu.fi/seutudigi/',
      },
    ],
    deliverables: [
      {
        key: 'seutudigi-monitoring-system',
        kind: DeliverableKind.SOFTWARE,
        title: { en: 'Seutudigi GIS-based monitoring system for the Tampere city-region structure plan' },
        titleIsDescriptive: true,
        description:
          "A GIS-based monitoring system for the Tampere city region's forthcoming structure plan; in use, with its public user interface to be published with the structure-plan materials.",
        publisher: 'lead',
        landingUrl: 'https://tampereenseutu.fi/seutudigi/',
        languages: ['fi'],
        url: 'https://tampereenseutu.fi/seutudigi/',
      },
      {
        key: 'seutudigi-final-report',
        kind: DeliverableKind.REPORT,
        title: { en: 'Seutudigi final report' },
        titleIsDescriptive: true,
        description:
          'Describes the monitoring indicators and how they link to the national city-region plan data model (kaupunkiseutusuunnitelman tietomalli).',
        publisher: 'lead',
        landingUrl: 'https://tampereenseutu.fi/seutudigi/',
        languages: ['fi'],
        url: 'https://tampereenseutu.fi/seutudigi/',
      },
    ],
  },
  16: {
    subThemes: [Theme.DATA_DRIVEN_MANAGEMENT],
    plannedEnd: {
      value: '2023-03-31',
      url: 'https://www.turku.fi/uutinen/2022-01-05_turku-ja-espoo-kehittavat-kuntien-tietoturvallisen-tiedon-hyodyntamista',
      note: 'City of Turku news 5.1.2022: runs from early 2022 to March 2023',
    },
    otherPartners: [
      {
        name: 'Turun yliopisto',
        role: ParticipationRole.EXPERT_PARTNER,
        contribution: 'Legal-state survey',
        url: 'https://www.turku.fi/uutinen/2022-01-05_turku-ja-espoo-kehittavat-kuntien-tietoturvallisen-tiedon-hyodyntamista',
      },
    ],
  },
  17: {
    subThemes: [Theme.MASTER_PLAN_MAINTENANCE],
    status: {
      value: ProjectStatus.COMPLETED,
      url: 'https://varkaus.fi/en/page/planning/creating-continuous-maintenance-process-digital-master-plan',
      note: 'The Varkaus page carries the project summary and results',
    },
    specifications: [
      {
        slug: 'kaavatietomalli',
        relation: ProjectSpecificationRelation.APPLIED,
        url: 'https://www.pieksamaki.fi/asukkaat-ja-ymparisto/kaavoitus/digitaalinen-yleiskaava/',
        note: 'The digital master plan is produced in the national plan data model',
      },
    ],
    deliverables: [
      {
        key: 'varkaus-process-description',
        kind: DeliverableKind.PROCESS_MODEL,
        title: { en: 'Process description for the continuous maintenance of the digital master plan' },
        titleIsDescriptive: true,
        description:
          'A process description for keeping the digital master plan continuously up to date, published with the project results.',
        publisher: 'lead',
        landingUrl: 'https://varkaus.fi/en/page/planning/creating-continuous-maintenance-process-digital-master-plan',
        languages: [],
        url: 'https://varkaus.fi/en/page/planning/creating-continuous-maintenance-process-digital-master-plan',
      },
      {
        key: 'varkaus-method-guidelines',
        kind: DeliverableKind.GUIDELINE,
        title: { en: 'Method guidelines for the digital master plan' },
        titleIsDescriptive: true,
        description: 'Method guidelines published with the project results.',
        publisher: 'lead',
        landingUrl: 'https://varkaus.fi/en/page/planning/creating-continuous-maintenance-process-digital-master-plan',
        languages: [],
        url: 'https://varkaus.fi/en/page/planning/creating-continuous-maintenance-process-digital-master-plan',
      },
    ],
    lessons: [
      {
        category: 'INTEGRATION',
        text: 'The interface to the national built-environment information system (RYTJ) could not be tested during the project.',
        url: 'https://varkaus.fi/en/page/planning/creating-continuous-maintenance-process-digital-master-plan',
      },
    ],
  },
};
