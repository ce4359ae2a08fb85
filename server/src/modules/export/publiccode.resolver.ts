import { Arg, Query, Resolver } from 'type-graphql';
import { BadUserInputError } from '../../graphql/errors.js';
import { FetchRefused, publiccodeFetching } from './publiccode.fetch.js';
import { draftFromPubliccode, PUBLICCODE_MAX_BYTES } from './publiccode.import.js';
import { PubliccodeDraft } from './publiccode.types.js';

@Resolver()
export class PubliccodeResolver {
  @Query(() => PubliccodeDraft, {
    description:
      'Reads a publiccode.yml (given as text, or fetched from an https URL) into a draft for createDeliverable, ' +
      'or lists its problems with line numbers. A query: nothing is stored.',
  })
  async publiccodeDraft(
    @Arg('yaml', () => String, { nullable: true, description: 'The file itself (at most 256 kB).' })
    yaml: string | null,
    @Arg('url', () => String, { nullable: true, description: 'A public https URL of the file (at most 256 kB, 5 s).' })
    url: string | null,
  ): Promise<PubliccodeDraft> {
    if ((yaml == null) === (url == null)) throw new BadUserInputError('yaml', 'Give either "yaml" or "url".');
    let text = yaml;
    if (text != null && Buffer.byteLength(text, 'utf8') > PUBLICCODE_MAX_BYTES) {
      throw new BadUserInputError('yaml', '"yaml" may be at most 256 kB.');
    }
    if (url != null) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        throw new BadUserInputError('url', '"url" is not a URL.');
      }
      if (url.length > 2000 || parsed.protocol !== 'https:')
        throw new BadUserInputError('url', '"url" must be an https:// URL.');
      try {
        text = await publiccodeFetching.fetcher(parsed);
      } catch (err) {
        if (err instanceof FetchRefused) throw new BadUserInputError('url', `"url": ${err.message}`);
        throw err;
      }
    }
    return draftFromPubliccode(text ?? '');
  }
}
