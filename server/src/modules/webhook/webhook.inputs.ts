import { IsOptional, ValidateBy, type ValidationOptions } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ListOf } from '../../graphql/validation.js';
import { isEventFilter } from '../notification/events.js';
import { privateTargetsAllowed, webhookUrlProblem } from './target.js';

/** An https URL of a public host (see target.ts). */
function IsWebhookUrl(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isWebhookUrl',
      validator: {
        validate: (value: unknown) => webhookUrlProblem(value, privateTargetsAllowed()) === null,
        defaultMessage: (args) => `"${args?.property}" ${webhookUrlProblem(args?.value, privateTargetsAllowed())}`,
      },
    },
    options,
  );
}

@InputType('CreateWebhookInput')
export class CreateWebhookInput {
  @Field(() => ID, { description: 'The organisation the hook is for; the caller must act for it.' })
  organisation!: string;

  @Field(() => String, { description: 'https URL (at most 2,000 characters) of a public host.' })
  @IsWebhookUrl()
  url!: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Event types (e.g. project.update) or groups (project.*); omitted or empty = every public event.',
  })
  @IsOptional()
  @ListOf(50, isEventFilter, 'event types such as project.update or groups such as project.*')
  events?: string[] | null;
}
