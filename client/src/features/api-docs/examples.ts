// The API page's code examples. Queries use fields of schema/schema.graphql; ApiPage.test.tsx
// checks them against the schema, so a renamed field fails a test instead of misleading readers.

export const FIRST_QUERY = `{
  fundingCall(year: 2021) {
    name(lang: en) { text lang isFallback }
    knownGrantCount
    grants(first: 3) {
      nodes { maxAmountEur project { slug name(lang: en) { text } } }
    }
  }
}`;

export const SIGN_IN = `mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    name
    memberships { role organisation { id name { text } } }
  }
}`;

export const CREATE_KEY = `mutation CreateKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    key
    apiKey { id prefix scopes createdAt }
  }
}`;

export const ME_QUERY = '{ me { kind name scopes organisation { name { text } } } }';

export const INTROSPECTION_QUERY = '{ __schema { types { name kind description } } }';

/** A JSON request body, quoted for a POSIX shell (single quotes; none inside the JSON). */
function body(query: string, variables?: Record<string, unknown>): string {
  const json = JSON.stringify(variables ? { query: oneLine(query), variables } : { query: oneLine(query) });
  return `'${json.replace(/'/g, `'\\''`)}'`;
}

/** GraphQL without its line breaks and indentation: shorter in a curl command. */
export function oneLine(query: string): string {
  return query.replace(/\s*\n\s*/g, ' ').trim();
}

/** The curl commands of the page, for the API at `endpoint` (e.g. https://host/graphql). */
export function curlExamples(endpoint: string) {
  const json = `-H 'content-type: application/json'`;
  return {
    first: `curl -s ${endpoint} ${json} \\\n  -d ${body(FIRST_QUERY)}`,
    introspection: `curl -s ${endpoint} ${json} \\\n  -d ${body(INTROSPECTION_QUERY)}`,
    signIn: `curl -s -c cookies.txt ${endpoint} ${json} \\\n  -d ${body(SIGN_IN, { input: { email: 'you@example.org', password: '…' } })}`,
    createKey: `curl -s -b cookies.txt ${endpoint} ${json} \\\n  -d ${body(CREATE_KEY, { input: { organisation: '<organisation id>', name: 'My integration', scopes: ['READ'] } })}`,
    withKey: `curl -s ${endpoint} ${json} \\\n  -H 'authorization: Bearer kg_…' \\\n  -d ${body(ME_QUERY)}`,
  };
}

/**
 * Filtered CSV downloads and a feed, for the server at `origin`: parameter names as the export
 * routes read them (lists comma-separated); `-OJ` keeps the file name the server gives.
 */
export function downloadExamples(origin: string): string {
  return [
    `curl -OJ '${origin}/export/projects.csv?lang=sv&theme=BUILT_ENVIRONMENT&status=ONGOING,COMPLETED&municipality=091'`,
    `curl -OJ '${origin}/export/deliverables.csv?kind=SOFTWARE&developmentStatus=STABLE&specification=kaavatietomalli'`,
    `curl -OJ '${origin}/export/adoptions.csv?municipality=564&countsAsReuse=true&page=2'`,
    `curl -OJ '${origin}/export/search.csv?q=kaava&lang=fi&kind=PROJECT,DELIVERABLE&theme=LAND_USE_PLANNING'`,
    `curl '${origin}/feeds/themes/PLAN_DATA_MODEL.atom?lang=en'`,
  ].join('\n');
}
