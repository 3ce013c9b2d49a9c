import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { PersonalDataSources } from '@maillage/shared/nest';
import { GovernanceController } from './governance.controller';
import { MeController } from './me.controller';

@Module({
  imports: [CqrsModule, DiscoveryModule],
  controllers: [GovernanceController, MeController],
  providers: [PersonalDataSources],
})
export class GovernanceApiModule {}
