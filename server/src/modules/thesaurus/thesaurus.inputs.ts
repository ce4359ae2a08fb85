import { Field, ID, InputType, Int } from 'type-graphql';
import { ListOf } from '../../graphql/validation.js';
import { isTermText, MAX_TERMS_PER_LANGUAGE } from './thesaurus.terms.js';

const TERMS = 'terms of 2-60 letters or digits, at most three words joined by single spaces or hyphens';

@InputType('SearchConceptInput', {
  description: "A concept's terms (at least two in all, at most nine; each in one concept only).",
})
export class SearchConceptInput {
  @Field(() => [String], { description: 'Finnish terms.' })
  @ListOf(MAX_TERMS_PER_LANGUAGE, isTermText, TERMS)
  fi!: string[];

  @Field(() => [String], { description: 'Swedish terms.' })
  @ListOf(MAX_TERMS_PER_LANGUAGE, isTermText, TERMS)
  sv!: string[];

  @Field(() => [String], { description: 'English terms.' })
  @ListOf(MAX_TERMS_PER_LANGUAGE, isTermText, TERMS)
  en!: string[];
}

@InputType('UpdateSearchConceptInput')
export class UpdateSearchConceptInput extends SearchConceptInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version the curator edited (CONFLICT when it changed since).' })
  expectedVersion!: number;
}
