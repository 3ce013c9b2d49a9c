import type { LoadErrorRules } from '@maillage/shared/web-util';

/** Only "this agent does not exist" is a 404 of ours; any other is a route this API lacks (yet). */
export const GOVERNANCE_LOAD_ERRORS: LoadErrorRules = { notFoundCodes: ['DIRECTORY.AGENT_NOT_FOUND'] };
