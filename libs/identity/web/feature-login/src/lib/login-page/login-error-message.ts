/** What the user reads when signing in fails. The 401 and 429 wordings are specified (the browser e2e test checks the first). */
export function loginErrorMessage(status: number): string {
  switch (status) {
    case 401:
      return 'Identifiant ou mot de passe incorrect.';
    // Only said to someone who gave the right password (AUTH.ACCOUNT_DISABLED).
    case 403:
      return 'Ce compte est désactivé : adressez-vous à la DLSI pour le réactiver.';
    case 429:
      return 'Trop de tentatives. Réessayez dans quelques minutes.';
    case 0:
      return 'Le serveur est injoignable. Vérifiez votre connexion puis réessayez.';
    default:
      return 'La connexion a échoué. Réessayez dans un instant.';
  }
}
