import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CompetencesInfrastructureModule } from '@maillage/competences/infrastructure';
import { SkillsController } from './skills.controller';
import { TeamBuilderController } from './team-builder.controller';

@Module({
  imports: [CqrsModule, CompetencesInfrastructureModule],
  controllers: [SkillsController, TeamBuilderController],
})
export class CompetencesApiModule {}
