import { BadRequestException, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { AccountRecord, LoginService } from '@maillage/identity/application';
import type { Request } from 'express';
import { Strategy } from 'passport-local';

/**
 * Passport's username/password strategy, delegating to the throttled login use
 * case. Passport runs as a guard, before the ValidationPipe sees LoginRequest,
 * so the shape is checked here: a number or an array for a username is a
 * malformed request (400), not a failed sign-in and not a crash.
 */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly login: LoginService) {
    super({ usernameField: 'username', passwordField: 'password', passReqToCallback: true });
  }

  validate(request: Request, username: unknown, password: unknown): Promise<AccountRecord> {
    if (typeof username !== 'string' || typeof password !== 'string' || username.length > 64 || password.length > 256) {
      throw new BadRequestException({
        code: 'AUTH.INVALID_LOGIN_REQUEST',
        message: 'Indiquez l’identifiant (64 caractères au plus) et le mot de passe (256 au plus) sous forme de texte.',
      });
    }
    return this.login.login(username, password, request.ip ?? 'unknown');
  }
}
