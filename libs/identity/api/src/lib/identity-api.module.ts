import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { IdentityInfrastructureModule } from '@maillage/identity/infrastructure';
import { AUTH_CONFIG, AuthConfig } from './auth-config';
import { AccountsController } from './accounts.controller';
import { AuthController } from './auth.controller';
import { JwtStrategy } from './jwt.strategy';
import { LocalStrategy } from './local.strategy';
import { TokenService } from './token.service';

@Module({})
export class IdentityApiModule {
  static forRoot(config: AuthConfig): DynamicModule {
    if (config.accessTokenTtlSeconds > 900) throw new Error('Access tokens must not live longer than 15 minutes');
    return {
      module: IdentityApiModule,
      imports: [
        CqrsModule,
        PassportModule,
        IdentityInfrastructureModule,
        JwtModule.register({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } }),
      ],
      controllers: [AuthController, AccountsController],
      providers: [{ provide: AUTH_CONFIG, useValue: config }, JwtStrategy, LocalStrategy, TokenService],
    };
  }
}
