import { IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import type { LocalizedText } from '../domain/localized.js';
import { clean, IsText } from './validation.js';

/** Text in Finnish, Swedish and/or English; a missing translation stays missing. */
@InputType('LocalizedTextInput', { description: 'Text in up to three languages; omit or null a missing one.' })
export class LocalizedTextInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(20000, { multiline: true })
  fi?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(20000, { multiline: true })
  sv?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(20000, { multiline: true })
  en?: string | null;
}

/** A short LocalizedText (names and titles): one line, at most 200 characters per language. */
@InputType('LocalizedNameInput', { description: 'A name in up to three languages, 1..200 characters each.' })
export class LocalizedNameInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(200)
  fi?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(200)
  sv?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(200)
  en?: string | null;
}

/** The stored shape of a localized input: trimmed, NFC, empty languages dropped. */
export function toLocalized(input: LocalizedTextInput | LocalizedNameInput | null | undefined): LocalizedText {
  const out: LocalizedText = {};
  for (const l of ['fi', 'sv', 'en'] as const) {
    const v = clean(input?.[l]);
    if (v) out[l] = v;
  }
  return out;
}
