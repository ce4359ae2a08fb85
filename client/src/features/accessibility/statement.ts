import type { Lang } from '../../app/lang';

// The statement's prose, one object per language (law 306/2019 §16 lists what it must say). Kept
// beside the page rather than in the UI string files: it is a document, edited as a whole.

/** When the statement was written and the site last assessed (ISO dates). */
export const STATEMENT_DATE = '2026-11-27';
export const ASSESSED_DATE = '2026-11-27';

/** Where the supervisory authority takes accessibility complaints, per language. */
export const AUTHORITY_URL: Record<Lang, string> = {
  fi: 'https://www.saavutettavuusvaatimukset.fi',
  sv: 'https://www.webbtillganglighet.fi',
  en: 'https://www.saavutettavuusvaatimukset.fi/en',
};

export interface Statement {
  title: string;
  intro: string;
  law: string;
  statusHeading: string;
  status: string;
  missingHeading: string;
  missing: string[];
  outOfScopeHeading: string;
  outOfScope: string[];
  assessedHeading: string;
  /** `{{date}}`: the assessment date. */
  assessed: string;
  methods: string[];
  feedbackHeading: string;
  feedback: string;
  /** Shown with the operator's configured feedback address. */
  feedbackAt: string;
  /** Shown when the operator has configured none: nothing invented. */
  feedbackUnset: string;
  authorityHeading: string;
  authority: string;
  authorityName: string;
  authorityLink: string;
  /** `{{date}}`: the statement date. */
  prepared: string;
}

export const STATEMENTS: Record<Lang, Statement> = {
  fi: {
    title: 'Saavutettavuusseloste',
    intro:
      'Tämä saavutettavuusseloste koskee Kuntagraph-verkkopalvelua: kuntien digitalisaatiohankkeiden, niiden rahoituksen, tulosten ja tulosten uudelleenkäytön tietopalvelua ja sen avointa GraphQL-rajapintaa. Seloste koskee tämän palvelun kaikkia sivuja osoitteessa',
    law: 'Digitaalisten palvelujen saavutettavuudesta säädetään laissa digitaalisten palvelujen tarjoamisesta (306/2019).',
    statusHeading: 'Saavutettavuuden tila',
    status:
      'Verkkopalvelu täyttää saavutettavuusvaatimukset (WCAG 2.1, tasot A ja AA) osittain. Tiedossa olevat puutteet on lueteltu alla.',
    missingHeading: 'Sisältö, joka ei ole saavutettavaa',
    missing: [
      'Kartta- ja verkostonäkymät (karttanäkymä ja hankkeiden ja tulosten verkosto) ovat visuaalisia esityksiä, joita ei voi käyttää ruudunlukijalla. Samat tiedot löytyvät tekstinä hankkeiden, kuntien ja tulosten sivuilta (esimerkiksi uudelleenkäyttöketju ja kuntaluettelot); näkymien omat tekstivaihtoehdot ovat vielä kesken.',
      'Kaavioiden vieressä on tietotaulukko, mutta kaikkien kaavioiden taulukoita ei ole vielä tarkistettu käsin.',
      'Osa hankkeiden, palvelujen ja määrittelyjen kuvauksista on saatavilla vain yhdellä kielellä (usein suomeksi tai englanniksi). Toisella kielellä näytetty teksti on merkitty ja sen kieli ilmoitettu ruudunlukijalle.',
      'Hakutulosten korostukset (<mark>) eivät välity kaikille ruudunlukijoille.',
      'Palvelua ei ole vielä testattu ruudunlukijoilla (NVDA, JAWS, VoiceOver) eikä ulkopuolinen asiantuntija ole arvioinut sitä.',
    ],
    outOfScopeHeading: 'Palvelun ulkopuolinen sisältö',
    outOfScope: [
      'Hankkeiden ja julkaisijoiden lataamat tiedostot (esimerkiksi PDF-raportit) ja linkitetyt ulkopuoliset sivustot ovat niiden laatijoiden vastuulla, eikä niiden saavutettavuutta ole arvioitu.',
    ],
    assessedHeading: 'Miten saavutettavuus on arvioitu',
    assessed: 'Palvelun kehittäjät ovat arvioineet saavutettavuuden itse. Viimeisin arvio: {{date}}.',
    methods: [
      'Jokainen sivu tarkistetaan automaattisesti axe-core-työkalulla (WCAG 2.1 A ja AA -säännöt) selaintesteissä suomeksi, ruotsiksi ja englanniksi; vakavia tai kriittisiä virheitä ei sallita.',
      'Selaintestit tarkistavat, ettei sivuja tarvitse vierittää sivusuunnassa 320 pikselin leveydellä.',
      'Näppäimistökäyttö on tarkistettu käsin: ohituslinkki sisältöön, näkyvä kohdistus, looginen sarkainjärjestys ja kohdistuksen siirto sivulta toiselle siirryttäessä.',
      'Värien kontrastit on tarkistettu WCAG 2.1 AA -tasolle.',
    ],
    feedbackHeading: 'Palaute ja yhteystiedot',
    feedback:
      'Huomasitko saavutettavuuspuutteen? Kerro siitä palvelun ylläpitäjälle. Ylläpitäjän on vastattava 14 päivän kuluessa.',
    feedbackAt: 'Saavutettavuuspalaute:',
    feedbackUnset:
      'Palvelun ylläpitäjä asettaa palauteosoitteen palvelun asetuksissa. Tähän asennukseen ei ole vielä asetettu palauteosoitetta.',
    authorityHeading: 'Valvontaviranomainen',
    authority:
      'Jos huomaat sivustolla saavutettavuusongelmia, anna ensin palautetta ylläpitäjälle. Jos et saa vastausta 14 päivän kuluessa tai vastaus ei tyydytä sinua, voit tehdä ilmoituksen valvontaviranomaiselle. Saavutettavuusvaatimusten noudattamista valvoo 1.1.2025 alkaen Liikenne- ja viestintävirasto Traficom (aiemmin Etelä-Suomen aluehallintovirasto).',
    authorityName: 'Liikenne- ja viestintävirasto Traficom, saavutettavuusvalvonta',
    authorityLink: 'Ohjeet ilmoituksen tekemiseen ja yhteystiedot:',
    prepared: 'Seloste on laadittu {{date}}.',
  },
  sv: {
    title: 'Tillgänglighetsutlåtande',
    intro:
      'Detta tillgänglighetsutlåtande gäller webbtjänsten Kuntagraph: en informationstjänst om kommunernas digitaliseringsprojekt, deras finansiering och resultat och återanvändningen av resultaten, samt dess öppna GraphQL-gränssnitt. Utlåtandet gäller alla sidor i tjänsten på adressen',
    law: 'Bestämmelser om digitala tjänsters tillgänglighet finns i lagen om tillhandahållande av digitala tjänster (306/2019).',
    statusHeading: 'Tjänstens tillgänglighet',
    status:
      'Webbtjänsten uppfyller tillgänglighetskraven (WCAG 2.1, nivå A och AA) delvis. De brister vi känner till räknas upp nedan.',
    missingHeading: 'Innehåll som inte är tillgängligt',
    missing: [
      'Kart- och nätverksvyerna (kartan och nätverket av projekt och resultat) är visuella presentationer som inte kan användas med skärmläsare. Samma uppgifter finns som text på projektens, kommunernas och resultatens sidor (till exempel återanvändningskedjan och kommunlistor); vyernas egna textalternativ är ännu inte färdiga.',
      'Bredvid diagrammen finns en datatabell, men alla diagrams tabeller har ännu inte granskats manuellt.',
      'En del beskrivningar av projekt, tjänster och specifikationer finns bara på ett språk (ofta finska eller engelska). Text som visas på ett annat språk är märkt och dess språk anges för skärmläsare.',
      'Markeringarna i sökresultaten (<mark>) förmedlas inte av alla skärmläsare.',
      'Tjänsten har ännu inte testats med skärmläsare (NVDA, JAWS, VoiceOver) och har inte bedömts av en extern expert.',
    ],
    outOfScopeHeading: 'Innehåll utanför tjänsten',
    outOfScope: [
      'Filer som projekt och utgivare laddat upp (till exempel rapporter i PDF-format) och länkade externa webbplatser är deras upphovsmäns ansvar; deras tillgänglighet har inte bedömts.',
    ],
    assessedHeading: 'Hur tillgängligheten har bedömts',
    assessed: 'Tjänstens utvecklare har själva bedömt tillgängligheten. Senaste bedömning: {{date}}.',
    methods: [
      'Varje sida kontrolleras automatiskt med verktyget axe-core (reglerna för WCAG 2.1 A och AA) i webbläsartester på finska, svenska och engelska; allvarliga eller kritiska fel tillåts inte.',
      'Webbläsartesterna kontrollerar att sidorna inte behöver rullas i sidled vid 320 pixlars bredd.',
      'Tangentbordsanvändningen har kontrollerats manuellt: länk för att hoppa till innehållet, synligt fokus, logisk tabbordning och flytt av fokus vid byte av sida.',
      'Färgkontrasterna har kontrollerats enligt WCAG 2.1 nivå AA.',
    ],
    feedbackHeading: 'Respons och kontaktuppgifter',
    feedback:
      'Har du upptäckt en tillgänglighetsbrist? Meddela tjänstens administratör. Administratören ska svara inom 14 dagar.',
    feedbackAt: 'Respons om tillgängligheten:',
    feedbackUnset:
      'Tjänstens administratör anger responsadressen i tjänstens inställningar. För den här installationen har ingen responsadress angetts ännu.',
    authorityHeading: 'Tillsynsmyndighet',
    authority:
      'Om du upptäcker tillgänglighetsproblem på webbplatsen, ge först respons till administratören. Om du inte får svar inom 14 dagar eller inte är nöjd med svaret kan du anmäla saken till tillsynsmyndigheten. Från och med 1.1.2025 övervakas tillgänglighetskraven av Transport- och kommunikationsverket Traficom (tidigare Regionförvaltningsverket i Södra Finland).',
    authorityName: 'Transport- och kommunikationsverket Traficom, tillsynen av tillgänglighet',
    authorityLink: 'Anvisningar för anmälan och kontaktuppgifter:',
    prepared: 'Utlåtandet har utarbetats {{date}}.',
  },
  en: {
    title: 'Accessibility statement',
    intro:
      'This accessibility statement concerns the Kuntagraph web service: an information service on municipal digitalisation projects in Finland, their funding and results and the reuse of the results, and its open GraphQL API. The statement covers every page of the service at',
    law: 'The accessibility of digital services is governed by the Act on the Provision of Digital Services (306/2019).',
    statusHeading: 'Compliance status',
    status:
      'The web service partially complies with the accessibility requirements (WCAG 2.1, levels A and AA). The shortcomings we know of are listed below.',
    missingHeading: 'Non-accessible content',
    missing: [
      'The map and network views (the map and the network of projects and results) are visual presentations that cannot be used with a screen reader. The same information is available as text on the pages of projects, municipalities and results (for example the reuse chain and lists of municipalities); text alternatives within the views themselves are not finished yet.',
      'Charts have a data table beside them, but not every chart’s table has been checked by hand yet.',
      'Some descriptions of projects, services and specifications exist in one language only (often Finnish or English). Text shown in another language is marked as such and its language is given to screen readers.',
      'The highlighting in search results (<mark>) is not announced by every screen reader.',
      'The service has not yet been tested with screen readers (NVDA, JAWS, VoiceOver) nor assessed by an external expert.',
    ],
    outOfScopeHeading: 'Content outside the service',
    outOfScope: [
      'Files uploaded by projects and publishers (for example PDF reports) and linked external websites are the responsibility of their authors; their accessibility has not been assessed.',
    ],
    assessedHeading: 'How accessibility was assessed',
    assessed: 'The developers of the service assessed its accessibility themselves. Latest assessment: {{date}}.',
    methods: [
      'Every page is checked automatically with axe-core (the WCAG 2.1 A and AA rules) in browser tests in Finnish, Swedish and English; no serious or critical violations are allowed.',
      'The browser tests check that no page needs horizontal scrolling at a width of 320 pixels.',
      'Keyboard use has been checked by hand: a skip link to the content, visible focus, a logical tab order and focus moved to the new content after navigation.',
      'Colour contrasts have been checked to WCAG 2.1 level AA.',
    ],
    feedbackHeading: 'Feedback and contact information',
    feedback:
      'Did you notice an accessibility issue? Tell the operator of the service. The operator must reply within 14 days.',
    feedbackAt: 'Accessibility feedback:',
    feedbackUnset:
      'The operator of the service sets the feedback address in the service’s configuration. No feedback address has been set for this installation yet.',
    authorityHeading: 'Supervisory authority',
    authority:
      'If you notice accessibility problems on the site, first give feedback to the operator. If you get no reply within 14 days, or are not satisfied with the reply, you can report it to the supervisory authority. Since 1 January 2025 compliance with the accessibility requirements has been supervised by the Finnish Transport and Communications Agency Traficom (before that, the Regional State Administrative Agency for Southern Finland).',
    authorityName: 'Finnish Transport and Communications Agency Traficom, accessibility supervision',
    authorityLink: 'How to report, and contact details:',
    prepared: 'This statement was prepared on {{date}}.',
  },
};
