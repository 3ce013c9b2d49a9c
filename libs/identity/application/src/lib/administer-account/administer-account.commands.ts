import { AccountRole } from '@maillage/identity/domain';
import { Actor } from '@maillage/shared/kernel';

/** `expectedVersion`: the account stream's version the admin saw (HTTP If-Match). */
export class DisableAccountCommand {
  constructor(
    readonly accountId: string,
    readonly expectedVersion: number,
    readonly actor: Actor,
  ) {}
}

export class ReenableAccountCommand {
  constructor(
    readonly accountId: string,
    readonly expectedVersion: number,
    readonly actor: Actor,
  ) {}
}

/** The full list of roles the account should hold; the difference becomes grants and revocations. */
export class SetAccountRolesCommand {
  constructor(
    readonly accountId: string,
    readonly roles: readonly AccountRole[],
    readonly expectedVersion: number,
    readonly actor: Actor,
  ) {}
}
