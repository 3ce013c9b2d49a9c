import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { AccountRecord, LoginService } from '@maillage/identity/application';
import type { Request } from 'express';
import { Strategy } from 'passport-local';

/** Passport's username/password strategy, delegating to the throttled login use case. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly login: LoginService) {
    super({ usernameField: 'username', passwordField: 'password', passReqToCallback: true });
  }

  validate(request: Request, username: string, password: string): Promise<AccountRecord> {
    return this.login.login(username, password, request.ip ?? 'unknown');
  }
}
