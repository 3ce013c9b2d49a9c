import type { CommandRules, LoadErrorRules } from '@maillage/shared/web-util';

/**
 * What competences' codes mean to the shared problem mapping. A 404 with a code of ours is a
 * proposal or a declaration that does not exist (any other 404 is a route this API lacks);
 * `COMPETENCES.NO_AGENT`: the account has no fiche agent.
 */
export const COMPETENCES_LOAD_ERRORS: LoadErrorRules = { notFoundCodes: ['COMPETENCES.'], noAgentCode: 'COMPETENCES.NO_AGENT' };

/** A skill no longer declared (404 with a code of ours) is a refusal whose French detail is shown. */
export const COMPETENCES_COMMAND_ERRORS: CommandRules = { refusedNotFoundCodes: ['COMPETENCES.'] };
