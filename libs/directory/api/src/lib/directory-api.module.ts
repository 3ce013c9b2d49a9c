import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DirectoryInfrastructureModule } from '@maillage/directory/infrastructure';
import { AgentsController } from './agents.controller';

@Module({
  imports: [CqrsModule, DirectoryInfrastructureModule],
  controllers: [AgentsController],
})
export class DirectoryApiModule {}
