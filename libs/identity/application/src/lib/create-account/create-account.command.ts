import { AccountRole } from '@maillage/identity/domain';
import { Actor } from '@maillage/shared/kernel';

export class CreateAccountCommand {
  constructor(
    readonly accountId: string,
    readonly username: string,
    readonly password: string,
    readonly roles: readonly AccountRole[],
    readonly agentId: string | null,
    readonly actor: Actor,
    /** Demo seeding bypasses the password policy for its documented shared password. */
    readonly skipPasswordPolicy = false,
    /** Given by an admin or the CLI: it must be changed at first sign-in. */
    readonly oneTimePassword = false,
  ) {}
}
