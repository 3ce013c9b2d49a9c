import type { AccountSummary, Role } from '@maillage/identity/contracts';
import { problemOf } from '@maillage/shared/web-util';

/** The roles an admin grants; « agent » belongs to every account and is not offered. */
export const GRANTABLE_ROLES: readonly { readonly role: Role; readonly label: string }[] = [
  { role: 'hr', label: 'RH (DRH)' },
  { role: 'admin', label: 'Administration (DLSI)' },
  { role: 'committee', label: 'Comité de pilotage' },
];

export function rolesLabel(roles: readonly Role[]): string {
  const labels = GRANTABLE_ROLES.filter(({ role }) => roles.includes(role)).map(({ label }) => label);
  return labels.length > 0 ? labels.join(', ') : 'Agent';
}

export function stateLabel(account: Pick<AccountSummary, 'disabled' | 'passwordChangeRequired'>): string {
  if (account.disabled) return 'Désactivé';
  return account.passwordChangeRequired ? 'Actif, mot de passe provisoire' : 'Actif';
}

export const STALE_ACCOUNT_MESSAGE = 'Ce compte a été modifié entre-temps par quelqu’un d’autre : la liste est rechargée. Vérifiez puis recommencez.';

/**
 * What the admin reads when a change is refused. The domain's French detail is shown for
 * 409 (last admin, username taken) and 422; a stale version is said in plain words, since
 * its detail speaks of stream versions.
 */
export function failureMessage(error: unknown): string {
  const { status, code, detail } = problemOf(error);
  if (status === 409 && code === 'EVENT_STORE.WRONG_EXPECTED_VERSION') return STALE_ACCOUNT_MESSAGE;
  if ((status === 409 || status === 422) && detail) return detail;
  if (status === 400) return 'La demande a été refusée : vérifiez l’identifiant et les rôles.';
  if (status === 403) return 'Cette action est réservée aux administrateurs.';
  if (status === 0) return 'Le serveur est injoignable. Vérifiez votre connexion puis réessayez.';
  return 'L’opération a échoué. Réessayez dans un instant.';
}
