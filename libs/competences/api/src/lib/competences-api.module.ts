import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CompetencesInfrastructureModule } from '@maillage/competences/infrastructure';
import { SkillsController } from './skills.controller';

@Module({
  imports: [CqrsModule, CompetencesInfrastructureModule],
  controllers: [SkillsController],
})
export class CompetencesApiModule {}
