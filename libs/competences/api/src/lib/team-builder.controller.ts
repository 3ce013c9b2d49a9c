import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { TeamBuilder } from '@maillage/competences/application';
import { SKILL_LEVELS, SkillLevel } from '@maillage/competences/domain';
import { TeamProposalSet } from '@maillage/competences/contracts';
import { Actor } from '@maillage/shared/kernel';
import { CurrentActor, IsNotBlank, IsOptionalNotNull } from '@maillage/shared/nest';

class RequirementRequest {
  @ApiProperty() @IsString() @IsNotBlank() @Length(1, 120) skillId!: string;
  @ApiProperty({ enum: SKILL_LEVELS }) @IsIn([...SKILL_LEVELS]) minLevel!: SkillLevel;
  @ApiProperty({ minimum: 1, maximum: 10 }) @IsInt() @Min(1) @Max(10) count!: number;
}

class TeamBuilderRequestBody {
  @ApiPropertyOptional({ maxLength: 160 }) @IsOptionalNotNull() @IsString() @IsNotBlank() @Length(1, 160) title?: string;
  @ApiProperty({ type: [RequirementRequest] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(12) @ValidateNested({ each: true }) @Type(() => RequirementRequest) requirements!: RequirementRequest[];
  @ApiProperty({ minimum: 2, maximum: 30 }) @IsInt() @Min(2) @Max(30) maxSize!: number;
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(20) @IsUUID('4', { each: true }) requiredDirectionIds!: string[];
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(10) @IsUUID('4', { each: true }) fixedMemberIds!: string[];
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(200) @IsUUID('4', { each: true }) excludedIds!: string[];
}

/** "Constituer une équipe": three alternatives with their reasons. It advises; the project lead decides. */
@ApiTags('compétences')
@ApiBearerAuth()
@Controller('team-builder/proposals')
export class TeamBuilderController {
  constructor(private readonly teamBuilder: TeamBuilder) {}

  @Post()
  propose(@Body() body: TeamBuilderRequestBody, @CurrentActor() actor: Actor): Promise<TeamProposalSet> {
    return this.teamBuilder.propose(body, actor);
  }

  /** A saved set: its author and HR only (others get 404), re-filtered for the reader's current view of each skill. */
  @Get(':id')
  find(@Param('id', new ParseUUIDPipe({ version: '4' })) id: string, @CurrentActor() actor: Actor): Promise<TeamProposalSet> {
    return this.teamBuilder.find(id, actor);
  }
}
