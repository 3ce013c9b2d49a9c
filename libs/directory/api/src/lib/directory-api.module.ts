import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DirectoryInfrastructureModule } from '@maillage/directory/infrastructure';
import { AgentHistoryController } from './agent-history.controller';
import { AgentOrganisationController } from './agent-organisation.controller';
import { AgentsController } from './agents.controller';
import { OrgUnitsController } from './org-units.controller';

@Module({
  imports: [CqrsModule, DirectoryInfrastructureModule],
  controllers: [AgentsController, AgentOrganisationController, AgentHistoryController, OrgUnitsController],
})
export class DirectoryApiModule {}
