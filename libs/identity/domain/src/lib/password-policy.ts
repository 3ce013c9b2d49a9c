import { DomainError } from '@maillage/shared/kernel';

/** Length over composition rules, as current guidance (ANSSI, NIST 800-63B) recommends. */
export function assertAcceptablePassword(password: string, username: string): void {
  if (typeof password !== 'string' || password.length < 12) {
    throw new DomainError('IDENTITY.PASSWORD_TOO_SHORT', 'invalid', 'Le mot de passe doit contenir au moins 12 caractères.');
  }
  if (password.length > 256) {
    throw new DomainError('IDENTITY.PASSWORD_TOO_LONG', 'invalid', 'Le mot de passe ne peut pas dépasser 256 caractères.');
  }
  if (password.toLowerCase().includes(username.toLowerCase())) {
    throw new DomainError('IDENTITY.PASSWORD_CONTAINS_USERNAME', 'invalid', 'Le mot de passe ne doit pas contenir l’identifiant.');
  }
}
