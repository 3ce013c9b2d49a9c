import { Actor } from '@maillage/shared/kernel';

export class ChangePasswordCommand {
  constructor(
    readonly currentPassword: string,
    readonly newPassword: string,
    readonly actor: Actor,
  ) {}
}
