import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DeliverableKind, DevelopmentStatus, Platform } from '../../domain/enums.js';
import { Contact, LocalizedText, Source } from '../../graphql/common.types.js';
import { Node } from '../../graphql/relay.js';

@ObjectType('Deliverable', {
  implements: Node,
  simpleResolvers: true,
  description:
    'A typed result of a project (software, data model, guideline, report ...), with publiccode.yml / DCAT-AP metadata.',
})
export class DeliverableView extends Node {
  @Field(() => DeliverableKind)
  kind!: DeliverableKind;

  @Field(() => LocalizedText)
  titleTranslations!: LocalizedText;

  @Field(() => LocalizedText)
  shortDescriptionTranslations!: LocalizedText;

  @Field(() => LocalizedText)
  descriptionTranslations!: LocalizedText;

  @Field(() => [String])
  keywords!: string[];

  @Field(() => String, { nullable: true, description: 'SPDX licence id.' })
  licence!: string | null;

  @Field(() => [String], { description: 'Content languages (ISO 639-1).' })
  languages!: string[];

  @Field(() => [Platform], {
    description: 'Where the software runs (publiccode.yml platforms); empty when unknown or not software.',
  })
  platforms!: Platform[];

  @Field(() => DevelopmentStatus, { nullable: true })
  developmentStatus!: DevelopmentStatus | null;

  @Field(() => String, {
    nullable: true,
    description: 'publiccode.yml maintenance type (internal, contract, community, none).',
  })
  maintenanceType!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date until which maintenance is agreed.' })
  maintenanceUntil!: string | null;

  @Field(() => [Contact])
  contacts!: Contact[];

  @Field(() => String, { nullable: true })
  landingUrl!: string | null;

  @Field(() => String, { nullable: true })
  repositoryUrl!: string | null;

  @Field(() => String, { nullable: true })
  documentationUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date of publication.' })
  publishedAt!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO timestamp when the record was last checked against its sources.',
  })
  lastVerifiedAt!: string | null;

  @Field(() => [Source])
  provenance!: Source[];

  @Field(() => Int)
  version!: number;
}

@ObjectType('ReleaseLink', { simpleResolvers: true })
export class ReleaseLinkView {
  @Field(() => String)
  url!: string;

  @Field(() => LocalizedText, { nullable: true })
  title!: LocalizedText | null;
}

@ObjectType('Release', {
  implements: Node,
  simpleResolvers: true,
  description: 'A published version of a deliverable.',
})
export class ReleaseView extends Node {
  @Field(() => String)
  version!: string;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  releasedAt!: string | null;

  @Field(() => LocalizedText)
  notesTranslations!: LocalizedText;

  @Field(() => [ReleaseLinkView])
  links!: ReleaseLinkView[];
}

@ObjectType('File', {
  implements: Node,
  simpleResolvers: true,
  description: 'An uploaded file of a release (metadata; download from downloadUrl).',
})
export class FileView extends Node {
  @Field(() => String, { description: 'Sanitised display name.' })
  filename!: string;

  @Field(() => String, { description: 'Media type sniffed from the bytes.' })
  mediaType!: string;

  @Field(() => Float, { description: 'Size in bytes.' })
  byteSize!: number;

  @Field(() => String)
  sha256!: string;

  @Field(() => String, { description: 'ISO timestamp.' })
  uploadedAt!: string;

  @Field(() => String)
  downloadUrl!: string;
}

export enum DeliverableOrder {
  RECENT = 'RECENT',
  TITLE = 'TITLE',
}
registerEnumType(DeliverableOrder, { name: 'DeliverableOrder', description: 'Order of a deliverable list.' });

@InputType('DeliverableFilter', { description: 'Every given condition must hold; list values match any of them.' })
export class DeliverableFilter {
  @Field(() => [DeliverableKind], { nullable: true })
  kind?: DeliverableKind[];

  @Field(() => [String], { nullable: true, description: 'SPDX licence ids.' })
  licence?: string[];

  @Field(() => [DevelopmentStatus], { nullable: true })
  developmentStatus?: DevelopmentStatus[];

  @Field(() => [ID], { nullable: true, description: 'Producing project ids.' })
  project?: string[];

  @Field(() => [ID], { nullable: true, description: 'Publisher organisation ids.' })
  publisher?: string[];

  @Field(() => [String], { nullable: true, description: 'Slugs of specifications it conforms to.' })
  specification?: string[];

  @Field(() => [String], { nullable: true, description: 'Slugs of national services it uses.' })
  nationalService?: string[];

  @Field(() => [String], { nullable: true, description: 'Content languages (fi, sv, en ...).' })
  language?: string[];
}
