/**
 * Who is looking, as far as the screens need it: the shape of identity's `CurrentAccount`,
 * written here because shared libs may not import a context (module boundaries). The screens
 * only choose what to offer with it: the server checks every request.
 */
export interface ViewerAccount {
  readonly accountId: string;
  readonly username: string;
  readonly roles: readonly string[];
  readonly agentId: string | null;
  readonly displayName: string;
}

/** Whether the viewer holds one of these roles (none when nobody is signed in). */
export const hasAnyRole = (viewer: ViewerAccount | null, ...roles: readonly string[]): boolean =>
  !!viewer?.roles.some((role) => roles.includes(role));
