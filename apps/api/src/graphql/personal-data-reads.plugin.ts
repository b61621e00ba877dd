import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from './context';
import { personalReadsOf } from './personal-fields';
import { recordPersonalDataRead } from '../personal-data/record-reads';

// Once per request, as the answer goes out: one row naming the cadres whose personal data the
// request read (personal-fields.ts noted them), none when it read none. Before the answer is
// sent, so a read is never answered unrecorded while the database takes writes.
export const personalDataReadsRecord: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue }) {
        // No context: the request was refused before it was built (no principal, no reads).
        if (!contextValue?.principal) return;
        const cadreIds = personalReadsOf(contextValue);
        if (cadreIds.size === 0) return;
        try {
          await recordPersonalDataRead(contextValue.db, contextValue.principal, cadreIds);
        } catch (error) {
          contextValue.logger.error({ err: error }, 'could not record a read of personal data');
        }
      },
    };
  },
};
