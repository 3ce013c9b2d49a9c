import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsBoolean, IsIn, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { SKILL_LEVELS, SKILL_SCOPES, SkillLevel, SkillScope } from '@maillage/competences/domain';
import { AllowBlank, IsNotBlank, IsOptionalNotNull, IsOptionalNullable, PageRequest } from '@maillage/shared/nest';

export class DefineSkillRequest {
  @ApiProperty({ maxLength: 120 }) @IsString() @IsNotBlank() @Length(2, 120) label!: string;
  @ApiProperty({ maxLength: 80 }) @IsString() @IsNotBlank() @Length(2, 80) domain!: string;
  @ApiPropertyOptional({ type: [String] }) @IsOptionalNotNull() @IsArray() @IsString({ each: true }) @IsNotBlank({ each: true }) @MaxLength(120, { each: true }) synonyms?: string[];
}
export class RenameSkillRequest {
  @ApiProperty({ maxLength: 120 }) @IsString() @IsNotBlank() @Length(2, 120) label!: string;
}
export class SynonymRequest {
  @ApiProperty({ maxLength: 120 }) @IsString() @IsNotBlank() @Length(1, 120) synonym!: string;
}
export class MergeSkillRequest {
  @ApiProperty() @IsString() @IsNotBlank() @Length(1, 120) intoSkillId!: string;
}
/** A level may be cleared (`null`: "je ne précise pas"); a scope and a wish are always a value. */
export class DeclareSkillRequest {
  @ApiProperty() @IsString() @IsNotBlank() @Length(1, 120) skillId!: string;
  @ApiPropertyOptional({ enum: SKILL_LEVELS, nullable: true }) @IsOptionalNullable() @IsIn([...SKILL_LEVELS]) level?: SkillLevel | null;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsBoolean() wishesToDevelop?: boolean;
  @ApiPropertyOptional({ enum: SKILL_SCOPES, default: 'hidden' }) @IsOptionalNotNull() @IsIn([...SKILL_SCOPES]) scope?: SkillScope;
}
export class UpdateSkillRequest {
  @ApiPropertyOptional({ enum: SKILL_LEVELS, nullable: true }) @IsOptionalNullable() @IsIn([...SKILL_LEVELS]) level?: SkillLevel | null;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsBoolean() wishesToDevelop?: boolean;
  @ApiPropertyOptional({ enum: SKILL_SCOPES }) @IsOptionalNotNull() @IsIn([...SKILL_SCOPES]) scope?: SkillScope;
}
export class ReferentialRequest {
  @ApiPropertyOptional({ maxLength: 100 }) @IsOptionalNotNull() @AllowBlank() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Lister aussi les compétences fusionnées (`mergedInto`), pour la page d’administration.' })
  @IsOptionalNotNull() @IsIn(['true', 'false']) includeMerged?: 'true' | 'false';
}
export class SkillSearchRequest extends PageRequest {
  @ApiProperty({ maxLength: 100, description: 'Compétence cherchée (synonymes, accents et petites fautes tolérés).' }) @IsString() @IsNotBlank() @Length(1, 100) q!: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() directionId?: string;
  @ApiPropertyOptional({ enum: SKILL_LEVELS }) @IsOptionalNotNull() @IsIn([...SKILL_LEVELS]) minLevel?: SkillLevel;
}
