import type { Lang } from '../../app/lang';

// The API page's prose per language; the code examples are the same in every language.

export interface ApiDocs {
  title: string;
  intro: string;
  endpoint: string;
  schemaHeading: string;
  schemaFile: string;
  schemaDownload: string;
  introspection: string;
  firstHeading: string;
  first: string;
  languages: string;
  keyHeading: string;
  keyIntro: string;
  keySteps: string[];
  /** Before the link to the account's API key page. */
  keyWeb: string;
  keyWebLink: string;
  keySignIn: string;
  keyCreate: string;
  keyOnce: string;
  keyUse: string;
  keyRevoke: string;
  limitsHeading: string;
  limits: string[];
  errorsHeading: string;
  errors: string;
  downloadsHeading: string;
  downloadsIntro: string;
  /** Before the links JSON-LD and Turtle. */
  dcat: string;
  /** Before the link to graph.json. */
  dump: string;
  /** Before the links to the three list CSVs. */
  csv: string;
  csvLists: { projects: string; deliverables: string; adoptions: string };
  csvMore: string;
  /** Before the links to the two site-wide feeds. */
  feeds: string;
  feedLinks: { deliverables: string; projects: string };
  feedsMore: string;
  /** Before the filtered examples. */
  downloadsExamples: string;
}

export const DOCS: Record<Lang, ApiDocs> = {
  fi: {
    title: 'Avoin rajapinta (API)',
    intro:
      'Kaikki Kuntagraphin tiedot – hankkeet, rahoitushaut ja avustukset, organisaatiot, tulokset, käyttöönotot, kansalliset palvelut ja määrittelyt – ovat saatavilla avoimen GraphQL-rajapinnan kautta. Tietojen lukeminen ei vaadi tunnistautumista.',
    endpoint: 'Rajapinnan osoite (POST, JSON):',
    schemaHeading: 'Skeema',
    schemaFile: 'Rajapinnan koko skeema kuvauksineen on tiedostona:',
    schemaDownload: 'schema.graphql',
    introspection: 'Skeeman voi myös kysyä rajapinnalta itseltään (introspektio), esimerkiksi näin:',
    firstHeading: 'Ensimmäinen kysely',
    first: 'Vuoden 2021 rahoitushaku ja sen kolme ensimmäistä avustusta, ilman API-avainta:',
    languages:
      'Tekstikentät ottavat kieliparametrin (lang: fi, sv tai en). Jos tekstiä ei ole pyydetyllä kielellä, rajapinta palauttaa sen toisella kielellä (fi → sv → en) ja ilmoittaa sen kentissä lang ja isFallback.',
    keyHeading: 'API-avain',
    keyIntro:
      'Kumppanit, jotka lukevat tai kirjoittavat tietoja organisaationsa puolesta, käyttävät API-avainta. Avaimen saa näin:',
    keySteps: [
      'Luo käyttäjätunnus (signUp) tai kirjaudu sisään (signIn). Kirjautuminen asettaa istuntoevästeen.',
      'Sinun on oltava sen organisaation jäsen, jonka puolesta avainta käytetään. Organisaation tunniste (id) näkyy kentässä me.memberships.',
      'Luo avain mutaatiolla createApiKey. Valitse oikeudet: READ (luku) ja tarvittaessa WRITE (kirjoitus).',
    ],
    keyWeb: 'Kirjautunut organisaation jäsen voi luoda avaimen myös selaimessa:',
    keyWebLink: 'API-avaimet',
    keySignIn: 'Kirjautuminen komentoriviltä (eväste tallennetaan tiedostoon cookies.txt):',
    keyCreate: 'Avaimen luominen:',
    keyOnce:
      'Vastauksen kenttä key on koko avain (alkaa kg_). Se näytetään vain tämän kerran: palvelu tallentaa siitä vain tiivisteen. Säilytä avain turvallisesti.',
    keyUse: 'Avain lähetetään Authorization-otsakkeessa:',
    keyRevoke: 'Avaimen voi perua mutaatiolla revokeApiKey; peruttu avain lakkaa toimimasta heti.',
    limitsHeading: 'Rajoitukset',
    limits: [
      'Kyselyn laskennallinen kustannus saa olla enintään 25 000 ja syvyys enintään 15 tasoa. Kustannus kasvaa listojen koon (first) mukaan; raja ylittävä kysely palauttaa virheen QUERY_TOO_COMPLEX.',
      'Listat sivutetaan: first (1–100) ja after (edellisen sivun endCursor).',
      'Liian tiheät pyynnöt saavat virheen THROTTLED. Odota hetki ja yritä uudelleen.',
    ],
    errorsHeading: 'Virheet',
    errors:
      'Virheissä on koodi kentässä extensions.code, esimerkiksi BAD_USER_INPUT, NOT_FOUND, UNAUTHENTICATED, FORBIDDEN, THROTTLED ja QUERY_TOO_COMPLEX. GraphQL-virheet palautetaan HTTP-tilalla 200: tarkista aina vastauksen errors-kenttä.',
    downloadsHeading: 'Avoimen datan lataukset',
    downloadsIntro:
      'Tiedot saa myös valmiina tiedostoina ja syötteinä ilman kyselyjä. Ne ovat avoimia: API-avainta tai kirjautumista ei tarvita.',
    dcat: 'DCAT-AP 3 -tietoaineistoluettelo tuloksista, 500 tulosta sivulla (seuraava sivu Link-otsakkeessa):',
    dump: 'Koko julkinen graafi yhtenä JSON-tiedostona (ilman käyttäjätilejä, istuntoja ja avaimia):',
    csv: 'CSV-tiedostot Exceliin (puolipisteerotin, UTF-8, otsikot kielellä lang=fi, sv tai en), 5 000 riviä tiedostossa:',
    csvLists: { projects: 'hankkeet', deliverables: 'tulokset', adoptions: 'käyttöönotot' },
    csvMore:
      'Seuraavat rivit saa parametrilla page=2, page=3 ja niin edelleen. Hakusivun tulokset saa CSV-tiedostona hakusivun latauslinkistä, rajauksineen (1 000 riviä tiedostossa).',
    feeds: 'Atom-syötteet, 50 viimeksi muuttunutta, kielellä lang=fi, sv tai en:',
    feedLinks: { deliverables: 'uudet ja päivitetyt tulokset', projects: 'uudet ja päivitetyt hankkeet' },
    feedsMore:
      'Lisäksi teemoilla, kunnilla, kansallisilla palveluilla ja määrittelyillä on omat syötteensä; linkki on kunkin sivulla.',
    downloadsExamples:
      'CSV-tiedostoja voi rajata: hankkeet parametreilla theme, status ja municipality (kuntanumero), tulokset parametreilla kind, developmentStatus, licence, specification ja nationalService, käyttöönotot parametreilla municipality, status, verification ja countsAsReuse. Useamman arvon voi antaa pilkuin eroteltuna. Esimerkkejä:',
  },
  sv: {
    title: 'Öppet gränssnitt (API)',
    intro:
      'Alla uppgifter i Kuntagraph – projekt, ansökningsomgångar och understöd, organisationer, resultat, ibruktaganden, nationella tjänster och specifikationer – finns tillgängliga via ett öppet GraphQL-gränssnitt. Att läsa uppgifterna kräver ingen identifiering.',
    endpoint: 'Gränssnittets adress (POST, JSON):',
    schemaHeading: 'Schema',
    schemaFile: 'Gränssnittets hela schema med beskrivningar finns som fil:',
    schemaDownload: 'schema.graphql',
    introspection: 'Schemat kan också frågas från gränssnittet självt (introspektion), till exempel så här:',
    firstHeading: 'Den första frågan',
    first: 'Ansökningsomgången 2021 och dess tre första understöd, utan API-nyckel:',
    languages:
      'Textfälten tar en språkparameter (lang: fi, sv eller en). Om texten inte finns på det begärda språket returnerar gränssnittet den på ett annat språk (fi → sv → en) och anger det i fälten lang och isFallback.',
    keyHeading: 'API-nyckel',
    keyIntro:
      'Partner som läser eller skriver uppgifter för sin organisations räkning använder en API-nyckel. Så här får du en nyckel:',
    keySteps: [
      'Skapa ett användarkonto (signUp) eller logga in (signIn). Inloggningen sätter en sessionskaka.',
      'Du måste vara medlem i den organisation som nyckeln används för. Organisationens id finns i fältet me.memberships.',
      'Skapa nyckeln med mutationen createApiKey. Välj behörigheter: READ (läsa) och vid behov WRITE (skriva).',
    ],
    keyWeb: 'En inloggad medlem av organisationen kan också skapa nyckeln i webbläsaren:',
    keyWebLink: 'API-nycklar',
    keySignIn: 'Inloggning från kommandoraden (kakan sparas i filen cookies.txt):',
    keyCreate: 'Skapa nyckeln:',
    keyOnce:
      'Fältet key i svaret är hela nyckeln (börjar med kg_). Den visas bara denna gång: tjänsten sparar endast en hash av den. Förvara nyckeln säkert.',
    keyUse: 'Nyckeln skickas i Authorization-huvudet:',
    keyRevoke: 'En nyckel kan återkallas med mutationen revokeApiKey; en återkallad nyckel slutar fungera genast.',
    limitsHeading: 'Begränsningar',
    limits: [
      'En frågas beräknade kostnad får vara högst 25 000 och djupet högst 15 nivåer. Kostnaden växer med listornas storlek (first); en fråga över gränsen ger felet QUERY_TOO_COMPLEX.',
      'Listor pagineras: first (1–100) och after (föregående sidas endCursor).',
      'För täta förfrågningar ger felet THROTTLED. Vänta en stund och försök igen.',
    ],
    errorsHeading: 'Fel',
    errors:
      'Felen har en kod i fältet extensions.code, till exempel BAD_USER_INPUT, NOT_FOUND, UNAUTHENTICATED, FORBIDDEN, THROTTLED och QUERY_TOO_COMPLEX. GraphQL-fel returneras med HTTP-status 200: kontrollera alltid svarets errors-fält.',
    downloadsHeading: 'Nedladdning av öppna data',
    downloadsIntro:
      'Uppgifterna finns också som färdiga filer och flöden utan frågor. De är öppna: ingen API-nyckel eller inloggning behövs.',
    dcat: 'DCAT-AP 3-katalog över resultaten, 500 resultat per sida (nästa sida i Link-huvudet):',
    dump: 'Hela den offentliga grafen som en JSON-fil (utan användarkonton, sessioner och nycklar):',
    csv: 'CSV-filer för Excel (semikolon som avgränsare, UTF-8, rubriker på språket lang=fi, sv eller en), 5 000 rader per fil:',
    csvLists: { projects: 'projekt', deliverables: 'resultat', adoptions: 'ibruktaganden' },
    csvMore:
      'Följande rader får du med parametern page=2, page=3 och så vidare. Träffarna på söksidan får du som CSV via söksidans nedladdningslänk, med avgränsningarna (1 000 rader per fil).',
    feeds: 'Atom-flöden, de 50 senast ändrade, på språket lang=fi, sv eller en:',
    feedLinks: { deliverables: 'nya och uppdaterade resultat', projects: 'nya och uppdaterade projekt' },
    feedsMore:
      'Dessutom har teman, kommuner, nationella tjänster och specifikationer egna flöden; länken finns på respektive sida.',
    downloadsExamples:
      'CSV-filerna kan avgränsas: projekt med parametrarna theme, status och municipality (kommunnummer), resultat med kind, developmentStatus, licence, specification och nationalService, ibruktaganden med municipality, status, verification och countsAsReuse. Flera värden anges åtskilda med kommatecken. Exempel:',
  },
  en: {
    title: 'Open API',
    intro:
      'All of Kuntagraph’s data – projects, funding calls and grants, organisations, deliverables, adoptions, national services and specifications – is available through an open GraphQL API. Reading needs no authentication.',
    endpoint: 'Endpoint (POST, JSON):',
    schemaHeading: 'Schema',
    schemaFile: 'The whole schema of the API, with descriptions, is available as a file:',
    schemaDownload: 'schema.graphql',
    introspection: 'You can also ask the API itself for its schema (introspection), for example:',
    firstHeading: 'A first query',
    first: 'The 2021 funding call and its first three grants, without an API key:',
    languages:
      'Text fields take a language argument (lang: fi, sv or en). When a text does not exist in the wanted language, the API returns it in another one (fi → sv → en) and says so in the fields lang and isFallback.',
    keyHeading: 'API key',
    keyIntro: 'Partners that read or write data on behalf of their organisation use an API key. To get one:',
    keySteps: [
      'Create an account (signUp) or sign in (signIn). Signing in sets a session cookie.',
      'You must be a member of the organisation the key acts for. The organisation’s id is in the field me.memberships.',
      'Create the key with the createApiKey mutation. Choose its scopes: READ and, when needed, WRITE.',
    ],
    keyWeb: 'A signed-in member of the organisation can also create the key in the browser:',
    keyWebLink: 'API keys',
    keySignIn: 'Signing in from the command line (the cookie is stored in cookies.txt):',
    keyCreate: 'Creating the key:',
    keyOnce:
      'The field key of the answer is the whole key (starting with kg_). It is shown only this once: the service stores only its hash. Keep it safe.',
    keyUse: 'Send the key in the Authorization header:',
    keyRevoke: 'Revoke a key with the revokeApiKey mutation; a revoked key stops working at once.',
    limitsHeading: 'Limits',
    limits: [
      'A query may cost at most 25,000 points and nest at most 15 levels deep. The cost grows with the sizes of the lists asked for (first); a query over the limit gets the error QUERY_TOO_COMPLEX.',
      'Lists are paged: first (1–100) and after (the endCursor of the previous page).',
      'Too frequent requests get the error THROTTLED. Wait a moment and try again.',
    ],
    errorsHeading: 'Errors',
    errors:
      'Errors carry a code in extensions.code, for example BAD_USER_INPUT, NOT_FOUND, UNAUTHENTICATED, FORBIDDEN, THROTTLED and QUERY_TOO_COMPLEX. GraphQL errors come back with HTTP status 200: always check the errors field of the answer.',
    downloadsHeading: 'Open data downloads',
    downloadsIntro:
      'The data is also available as ready-made files and feeds, without queries. They are open: no API key or sign-in is needed.',
    dcat: 'DCAT-AP 3 catalogue of the deliverables, 500 a page (the next page in the Link header):',
    dump: 'The whole public graph as one JSON file (without accounts, sessions or keys):',
    csv: 'CSV files for Excel (semicolon-separated, UTF-8, headers in lang=fi, sv or en), 5,000 rows a file:',
    csvLists: { projects: 'projects', deliverables: 'deliverables', adoptions: 'adoptions' },
    csvMore:
      'Get the next rows with page=2, page=3 and so on. The results of a search are a CSV download from the search page’s link, with its filters (1,000 rows a file).',
    feeds: 'Atom feeds, the 50 most recently changed, in lang=fi, sv or en:',
    feedLinks: { deliverables: 'new and updated deliverables', projects: 'new and updated projects' },
    feedsMore:
      'Themes, municipalities, national services and specifications have feeds of their own too, linked from their pages.',
    downloadsExamples:
      'The CSV files can be filtered: projects by theme, status and municipality (municipality code), deliverables by kind, developmentStatus, licence, specification and nationalService, adoptions by municipality, status, verification and countsAsReuse. Give several values separated by commas. Examples:',
  },
};
