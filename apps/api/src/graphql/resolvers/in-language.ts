import type { Message } from '@luanchuyen/rules';
import type { GraphQLContext } from '../context';

/** A rule's explanation in the caller's language (Accept-Language; Vietnamese by default). */
export function inLanguage(message: Message, { language }: GraphQLContext): string {
  return message[language];
}
