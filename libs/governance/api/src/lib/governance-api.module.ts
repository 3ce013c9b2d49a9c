import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { GovernanceController } from './governance.controller';
import { MeController } from './me.controller';

@Module({
  imports: [CqrsModule],
  controllers: [GovernanceController, MeController],
})
export class GovernanceApiModule {}
