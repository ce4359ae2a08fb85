import { DataFactory, Writer, type Quad, type Term } from 'n3';
import { DeliverableKind } from '../../domain/enums.js';
import type { LocalizedText } from '../../domain/localized.js';
import type { DeliverableFacts, OrgFacts } from './deliverable-facts.queries.js';
import { LANGS, pages } from './export.links.js';

const { namedNode, literal, blankNode, quad } = DataFactory;

export const PREFIXES = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  adms: 'http://www.w3.org/ns/adms#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  prov: 'http://www.w3.org/ns/prov#',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  spdx: 'http://spdx.org/rdf/terms#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  hydra: 'http://www.w3.org/ns/hydra/core#',
} as const;

type Prefix = keyof typeof PREFIXES;
const iri = (curie: `${Prefix}:${string}`) => {
  const [p, local] = curie.split(/:(.*)/s) as [Prefix, string];
  return namedNode(PREFIXES[p] + local);
};
const TYPE = iri('rdf:type');

/** Kinds published as dcat:Dataset (data and specifications); the rest are dcat:Resource + adms:Asset. */
export const DATASET_KINDS = new Set<string>([
  DeliverableKind.API_SPECIFICATION,
  DeliverableKind.DATA_MODEL,
  DeliverableKind.CODE_LIST,
  DeliverableKind.VOCABULARY,
  DeliverableKind.DATASET,
  DeliverableKind.PROCESS_MODEL,
]);

/** ADMS status vocabulary for our development status. */
const ADMS_STATUS: Record<string, string> = {
  CONCEPT: 'http://purl.org/adms/status/UnderDevelopment',
  DEVELOPMENT: 'http://purl.org/adms/status/UnderDevelopment',
  BETA: 'http://purl.org/adms/status/UnderDevelopment',
  STABLE: 'http://purl.org/adms/status/Completed',
  OBSOLETE: 'http://purl.org/adms/status/Deprecated',
};
/** EU Publications Office language authority. */
const EU_LANGUAGE: Record<string, string> = {
  fi: 'FIN',
  sv: 'SWE',
  en: 'ENG',
  se: 'SME',
  de: 'DEU',
  fr: 'FRA',
  et: 'EST',
};
const SINGLE_SPDX = /^[A-Za-z0-9.+-]+$/;

/** The page of the catalogue being built, and where the next one is. */
export interface CatalogPageInfo {
  origin: string;
  selfUrl: string;
  nextUrl: string | null;
  modified: string | null;
}

/** Builds the quads of one catalogue page (catalogue header + the page's deliverables, projects and agents). */
export class CatalogGraph {
  readonly quads: Quad[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly info: CatalogPageInfo) {}

  private add(s: Term, p: Term, o: Term) {
    this.quads.push(quad(s as never, p as never, o as never));
  }
  private once(key: string): boolean {
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
  private texts(s: Term, p: Term, t: LocalizedText | null | undefined): number {
    let n = 0;
    for (const lang of LANGS) {
      const v = t?.[lang]?.trim();
      if (v) {
        this.add(s, p, literal(v, lang));
        n++;
      }
    }
    return n;
  }
  private document(url: string) {
    const node = namedNode(url);
    if (this.once(`doc ${url}`)) this.add(node, TYPE, iri('foaf:Document'));
    return node;
  }

  catalog(): Term {
    const { origin, modified } = this.info;
    const c = namedNode(`${origin}/export/catalog`);
    this.add(c, TYPE, iri('dcat:Catalog'));
    this.texts(c, iri('dct:title'), {
      fi: 'Kuntagraph: kuntien digitalisaatiohankkeiden tulokset',
      sv: 'Kuntagraph: resultat av kommunernas digitaliseringsprojekt',
      en: 'Kuntagraph: results of Finnish municipal digitalisation projects',
    });
    this.texts(c, iri('dct:description'), {
      fi: 'Kuntien digitalisaatiohankkeiden tuotokset (ohjelmistot, tietomallit, ohjeet, raportit), niiden hankkeet, rahoitus, käytetyt kansalliset palvelut ja määrittelyt sekä varmennettu uudelleenkäyttö.',
      sv: 'Resultat av kommunernas digitaliseringsprojekt (programvara, datamodeller, anvisningar, rapporter) med projekt, finansiering, nationella tjänster, specifikationer och verifierad återanvändning.',
      en: 'Deliverables of Finnish municipal digitalisation projects (software, data models, guidelines, reports) with their projects, funding, national services, specifications and verified reuse.',
    });
    const publisher = namedNode(`${origin}/#publisher`);
    this.add(c, iri('dct:publisher'), publisher);
    this.add(publisher, TYPE, iri('foaf:Agent'));
    this.add(publisher, iri('foaf:name'), literal('Kuntagraph'));
    this.add(c, iri('foaf:homepage'), this.document(`${origin}/`));
    if (modified) this.add(c, iri('dct:modified'), literal(modified, iri('xsd:dateTime')));
    for (const l of ['FIN', 'SWE', 'ENG']) this.language(c, l);
    const view = namedNode(this.info.selfUrl);
    this.add(view, TYPE, iri('hydra:PartialCollectionView'));
    this.add(c, iri('hydra:view'), view);
    if (this.info.nextUrl) this.add(view, iri('hydra:next'), namedNode(this.info.nextUrl));
    return c;
  }

  private language(s: Term, code: string) {
    const node = namedNode(`http://publications.europa.eu/resource/authority/language/${code}`);
    this.add(s, iri('dct:language'), node);
    if (this.once(`lang ${code}`)) this.add(node, TYPE, iri('dct:LinguisticSystem'));
  }

  private agent(o: OrgFacts): Term {
    const node = namedNode(pages.organisation(this.info.origin, o.id, o.municipalityCode));
    if (!this.once(`agent ${o.id}`)) return node;
    this.add(node, TYPE, iri('foaf:Agent'));
    if (this.texts(node, iri('foaf:name'), o.name) === 0) this.add(node, iri('foaf:name'), literal(o.id));
    if (o.businessId) this.add(node, iri('dct:identifier'), literal(o.businessId));
    if (o.municipalityCode) {
      const id = blankNode();
      this.add(node, iri('adms:identifier'), id);
      this.add(id, TYPE, iri('adms:Identifier'));
      this.add(id, iri('skos:notation'), literal(o.municipalityCode));
      this.add(id, iri('adms:schemaAgency'), literal('Statistics Finland (municipality code)'));
    }
    if (o.website) this.add(node, iri('foaf:homepage'), this.document(o.website));
    return node;
  }

  /** One deliverable as dcat:Dataset or dcat:Resource + adms:Asset, linked from the catalogue. */
  deliverable(catalog: Term, d: DeliverableFacts) {
    const { origin } = this.info;
    const node = namedNode(pages.deliverable(origin, d.id));
    const isDataset = DATASET_KINDS.has(d.kind);
    this.add(catalog, iri(isDataset ? 'dcat:dataset' : 'dcat:resource'), node);
    this.add(node, TYPE, iri(isDataset ? 'dcat:Dataset' : 'dcat:Resource'));
    if (!isDataset) this.add(node, TYPE, iri('adms:Asset'));
    this.add(node, iri('dct:identifier'), literal(pages.deliverable(origin, d.id)));
    this.texts(node, iri('dct:title'), d.title);
    // DCAT-AP requires a description: the long one, else the short one, else the title.
    if (
      this.texts(node, iri('dct:description'), d.description) === 0 &&
      this.texts(node, iri('dct:description'), d.shortDescription) === 0
    ) {
      this.texts(node, iri('dct:description'), d.title);
    }
    for (const k of d.keywords) this.add(node, iri('dcat:keyword'), literal(k));
    if (d.licence && SINGLE_SPDX.test(d.licence)) {
      const lic = namedNode(`http://spdx.org/licenses/${d.licence}`);
      this.add(node, iri('dct:license'), lic);
      if (this.once(`lic ${d.licence}`)) this.add(lic, TYPE, iri('dct:LicenseDocument'));
    }
    for (const l of d.languages) if (EU_LANGUAGE[l]) this.language(node, EU_LANGUAGE[l]);
    if (d.developmentStatus) this.add(node, iri('adms:status'), namedNode(ADMS_STATUS[d.developmentStatus]));
    if (d.publishedAt) this.add(node, iri('dct:issued'), literal(d.publishedAt, iri('xsd:date')));
    this.add(node, iri('dct:modified'), literal(d.updatedAt, iri('xsd:dateTime')));
    if (d.landingUrl) this.add(node, iri('dcat:landingPage'), this.document(d.landingUrl));
    if (d.documentationUrl) this.add(node, iri('foaf:page'), this.document(d.documentationUrl));
    if (d.repositoryUrl) this.add(node, iri('foaf:page'), this.document(d.repositoryUrl));
    if (d.publisher) this.add(node, iri('dct:publisher'), this.agent(d.publisher));
    // Not dct:source: DCAT-AP requires its object to be a fully described Dataset, which may be on another page.
    if (d.derivedFrom)
      this.add(node, iri('prov:wasDerivedFrom'), namedNode(pages.deliverable(origin, d.derivedFrom.id)));
    for (const c of d.contacts) {
      const k = blankNode();
      this.add(node, iri('dcat:contactPoint'), k);
      this.add(k, TYPE, iri('vcard:Kind'));
      this.add(k, iri('vcard:fn'), literal(c.name));
      if (c.organisation) this.add(k, iri('vcard:organization-name'), literal(c.organisation));
    }
    for (const s of d.specifications) {
      const spec = namedNode(s.uri ?? s.url ?? pages.specification(origin, s.slug));
      this.add(node, iri('dct:conformsTo'), spec);
      if (this.once(`spec ${s.id}`)) {
        this.add(spec, TYPE, iri('dct:Standard'));
        this.texts(spec, iri('dct:title'), s.name);
        this.add(spec, iri('foaf:page'), this.document(pages.specification(origin, s.slug)));
      }
    }
    for (const s of d.services) {
      const svc = namedNode(s.url ?? pages.service(origin, s.slug));
      this.add(node, iri('dct:relation'), svc);
      if (this.once(`svc ${s.id}`)) this.texts(svc, iri('rdfs:label'), s.name);
    }
    for (const p of d.projects) {
      const activity = namedNode(pages.project(origin, p.slug));
      this.add(node, iri('prov:wasGeneratedBy'), activity);
      if (this.once(`project ${p.id}`)) {
        this.add(activity, TYPE, iri('prov:Activity'));
        this.texts(activity, iri('rdfs:label'), p.name);
        this.texts(activity, iri('dct:title'), p.name);
      }
    }
    const latest = d.releases[0];
    if (latest) {
      this.add(node, iri('dcat:version'), literal(latest.version));
      this.texts(node, iri('adms:versionNotes'), latest.notes);
    }
    for (const r of d.releases) this.distributions(node, d, r);
  }

  private distributions(node: Term, d: DeliverableFacts, r: DeliverableFacts['releases'][number]) {
    const { origin } = this.info;
    for (const f of r.files) {
      const dist = namedNode(`${pages.deliverable(origin, d.id)}#file-${f.id}`);
      const url = namedNode(pages.file(origin, f.id));
      this.add(node, iri('dcat:distribution'), dist);
      this.add(dist, TYPE, iri('dcat:Distribution'));
      this.add(dist, iri('dct:title'), literal(`${f.filename} (${r.version})`));
      this.add(dist, iri('dcat:accessURL'), url);
      this.add(dist, iri('dcat:downloadURL'), url);
      this.add(dist, iri('dcat:byteSize'), literal(String(f.byteSize), iri('xsd:nonNegativeInteger')));
      const media = namedNode(`https://www.iana.org/assignments/media-types/${f.mediaType}`);
      this.add(dist, iri('dcat:mediaType'), media);
      if (this.once(`media ${f.mediaType}`)) this.add(media, TYPE, iri('dct:MediaType'));
      this.add(dist, iri('dct:issued'), literal(f.uploadedAt, iri('xsd:dateTime')));
      const sum = blankNode();
      this.add(dist, iri('spdx:checksum'), sum);
      this.add(sum, TYPE, iri('spdx:Checksum'));
      this.add(sum, iri('spdx:algorithm'), iri('spdx:checksumAlgorithm_sha256'));
      this.add(sum, iri('spdx:checksumValue'), literal(f.sha256, iri('xsd:hexBinary')));
      if (this.once('sha256')) this.add(iri('spdx:checksumAlgorithm_sha256'), TYPE, iri('spdx:ChecksumAlgorithm'));
    }
    r.links.forEach((l, i) => {
      const dist = namedNode(`${pages.deliverable(origin, d.id)}#release-${r.id}-link-${i + 1}`);
      this.add(node, iri('dcat:distribution'), dist);
      this.add(dist, TYPE, iri('dcat:Distribution'));
      if (this.texts(dist, iri('dct:title'), l.title) === 0) this.add(dist, iri('dct:title'), literal(r.version));
      this.add(dist, iri('dcat:accessURL'), namedNode(l.url));
    });
  }
}

const JSONLD_CONTEXT = { ...PREFIXES };

/** JSON-LD (flattened, one object per subject, prefixed names) of a list of quads. */
export function toJsonLd(quads: Quad[]): object {
  const nodes = new Map<string, Record<string, unknown>>();
  const compact = (uri: string) => {
    for (const [p, ns] of Object.entries(PREFIXES))
      if (uri.startsWith(ns) && /^[A-Za-z_][\w.-]*$/.test(uri.slice(ns.length))) return `${p}:${uri.slice(ns.length)}`;
    return uri;
  };
  const idOf = (t: Term) => (t.termType === 'BlankNode' ? `_:${t.value}` : t.value);
  for (const q of quads) {
    const id = idOf(q.subject);
    let n = nodes.get(id);
    if (!n) nodes.set(id, (n = { '@id': id }));
    if (q.predicate.equals(TYPE)) {
      ((n['@type'] ??= []) as string[]).push(compact(q.object.value));
      continue;
    }
    const o = q.object;
    const value =
      o.termType === 'Literal'
        ? o.language
          ? { '@value': o.value, '@language': o.language }
          : o.datatype.value === `${PREFIXES.xsd}string`
            ? { '@value': o.value }
            : { '@value': o.value, '@type': compact(o.datatype.value) }
        : { '@id': idOf(o) };
    ((n[compact(q.predicate.value)] ??= []) as unknown[]).push(value);
  }
  return { '@context': JSONLD_CONTEXT, '@graph': [...nodes.values()] };
}

/** Turtle of a list of quads with the catalogue's prefixes. */
export function toTurtle(quads: Quad[]): Promise<string> {
  const writer = new Writer({ prefixes: PREFIXES });
  writer.addQuads(quads);
  return new Promise((resolve, reject) => writer.end((err, result) => (err ? reject(err) : resolve(result))));
}
