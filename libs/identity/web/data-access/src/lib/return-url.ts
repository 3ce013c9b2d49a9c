export const LOGIN_PATH = '/connexion';
/** Where an account on its one-time password chooses its own. */
export const PASSWORD_CHANGE_PATH = '/connexion/mot-de-passe';

/**
 * The page to open after signing in. Only an in-app absolute path is accepted, so
 * a crafted `?retour=//evil.example` link cannot send the user elsewhere.
 */
export function safeReturnUrl(candidate: string | null | undefined): string {
  if (!candidate || !candidate.startsWith('/')) return '/';
  if (candidate.startsWith('//') || candidate.startsWith('/\\')) return '/';
  if (candidate === LOGIN_PATH || candidate.startsWith(`${LOGIN_PATH}?`) || candidate.startsWith(`${LOGIN_PATH}/`)) return '/';
  return candidate;
}
