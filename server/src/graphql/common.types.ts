import { Field, Float, ObjectType } from 'type-graphql';
import { Lang, ProvenanceStatus } from '../domain/enums.js';
import { resolveText, type LocalizedText as LocalizedTextValue } from '../domain/localized.js';

@ObjectType('LocalizedText', {
  simpleResolvers: true,
  description: 'Text in Finnish, Swedish and English; a missing translation is null.',
})
export class LocalizedText {
  @Field(() => String, { nullable: true })
  fi?: string | null;

  @Field(() => String, { nullable: true })
  sv?: string | null;

  @Field(() => String, { nullable: true })
  en?: string | null;
}

@ObjectType('Text', {
  simpleResolvers: true,
  description: 'Text resolved to one language, falling back lang -> fi -> sv -> en.',
})
export class Text {
  @Field(() => String)
  text!: string;

  @Field(() => Lang, { description: 'The language the text is in.' })
  lang!: Lang;

  @Field(() => Boolean, { description: 'True when the text is not in the requested language.' })
  isFallback!: boolean;
}

/** Resolves a localized value for a `name(lang:)`-style field. */
export function textIn(value: LocalizedTextValue | null | undefined, lang: Lang): Text | null {
  const r = resolveText(value, lang);
  return r ? { text: r.text, lang: r.lang, isFallback: r.lang !== lang } : null;
}

@ObjectType('Source', { simpleResolvers: true, description: 'Where a fact comes from, and how well it is backed.' })
export class Source {
  @Field(() => ProvenanceStatus)
  status!: ProvenanceStatus;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'The field this source backs, when only part of the record.' })
  field?: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the source (ISO 8601), when known.' })
  date?: string | null;
}

@ObjectType('GeoPoint', { simpleResolvers: true, description: 'WGS84 point (a label point inside the municipality).' })
export class GeoPoint {
  @Field(() => Float)
  lat!: number;

  @Field(() => Float)
  lon!: number;
}

@ObjectType('Contact', { simpleResolvers: true, description: 'A public contact person as a source names them.' })
export class Contact {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  role?: string | null;

  @Field(() => String, { nullable: true })
  organisation?: string | null;

  @Field(() => String, { nullable: true })
  sourceUrl?: string | null;
}
