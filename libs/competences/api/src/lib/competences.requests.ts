import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { SKILL_LEVELS, SKILL_SCOPES, SkillLevel, SkillScope } from '@maillage/competences/domain';
import { PageRequest } from '@maillage/shared/nest';

export class DefineSkillRequest {
  @ApiProperty({ maxLength: 120 }) @IsString() @Length(2, 120) label!: string;
  @ApiProperty({ maxLength: 80 }) @IsString() @Length(2, 80) domain!: string;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @IsString({ each: true }) @MaxLength(120, { each: true }) synonyms?: string[];
}
export class RenameSkillRequest {
  @ApiProperty({ maxLength: 120 }) @IsString() @Length(2, 120) label!: string;
}
export class SynonymRequest {
  @ApiProperty({ maxLength: 120 }) @IsString() @Length(1, 120) synonym!: string;
}
export class MergeSkillRequest {
  @ApiProperty() @IsString() @Length(1, 120) intoSkillId!: string;
}
export class DeclareSkillRequest {
  @ApiProperty() @IsString() @Length(1, 120) skillId!: string;
  @ApiPropertyOptional({ enum: SKILL_LEVELS, nullable: true }) @IsOptional() @IsIn([...SKILL_LEVELS, null]) level?: SkillLevel | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() wishesToDevelop?: boolean;
  @ApiPropertyOptional({ enum: SKILL_SCOPES, default: 'hidden' }) @IsOptional() @IsIn([...SKILL_SCOPES]) scope?: SkillScope;
}
export class UpdateSkillRequest {
  @ApiPropertyOptional({ enum: SKILL_LEVELS, nullable: true }) @IsOptional() @IsIn([...SKILL_LEVELS, null]) level?: SkillLevel | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() wishesToDevelop?: boolean;
  @ApiPropertyOptional({ enum: SKILL_SCOPES }) @IsOptional() @IsIn([...SKILL_SCOPES]) scope?: SkillScope;
}
export class ReferentialRequest {
  @ApiPropertyOptional({ maxLength: 100 }) @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Lister aussi les compétences fusionnées (`mergedInto`), pour la page d’administration.' })
  @IsOptional() @IsIn(['true', 'false']) includeMerged?: 'true' | 'false';
}
export class SkillSearchRequest extends PageRequest {
  @ApiProperty({ maxLength: 100, description: 'Compétence cherchée (synonymes, accents et petites fautes tolérés).' }) @IsString() @Length(1, 100) q!: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() directionId?: string;
  @ApiPropertyOptional({ enum: SKILL_LEVELS }) @IsOptional() @IsIn([...SKILL_LEVELS]) minLevel?: SkillLevel;
}
