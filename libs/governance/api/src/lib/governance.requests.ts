import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDateString, IsIn, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { AUDIENCES, GOVERNED_FIELDS } from '@maillage/governance/contracts';
import { IsNotBlank, IsOptionalNotNull, QueryInt } from '@maillage/shared/nest';

export class VisibilityRuleRequest {
  @ApiProperty({ enum: GOVERNED_FIELDS }) @IsIn([...GOVERNED_FIELDS]) field!: (typeof GOVERNED_FIELDS)[number];
  @ApiProperty({ enum: AUDIENCES, isArray: true }) @IsArray() @IsIn([...AUDIENCES], { each: true }) audiences!: (typeof AUDIENCES)[number][];
}

export class RecordDecisionRequest {
  @ApiProperty({ example: '2026-12-15' }) @IsDateString({ strict: true }) decidedOn!: string;
  @ApiProperty({ maxLength: 200 }) @IsString() @IsNotBlank() @Length(3, 200) title!: string;
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @IsString({ each: true }) @IsNotBlank({ each: true }) @Length(1, 120, { each: true }) participants!: string[];
  @ApiProperty({ maxLength: 4000 }) @IsString() @IsNotBlank() @Length(3, 4000) rationale!: string;
  @ApiProperty({ type: [VisibilityRuleRequest] }) @IsArray() @ArrayMinSize(1) @ValidateNested({ each: true }) @Type(() => VisibilityRuleRequest) rules!: VisibilityRuleRequest[];
}

export class PolicyAtRequest {
  @ApiPropertyOptional({ description: 'Date (AAAA-MM-JJ) : la politique telle que les décisions prises jusqu’à ce jour la fixaient.' })
  @IsOptionalNotNull()
  @IsDateString({ strict: true })
  at?: string;
}

export class SharingRequest {
  @ApiProperty({ enum: ['hierarchy', 'hr', 'same_unit', 'everyone'], isArray: true })
  @IsArray()
  @IsIn(['hierarchy', 'hr', 'same_unit', 'everyone'], { each: true })
  audiences!: ('hierarchy' | 'hr' | 'same_unit' | 'everyone')[];
}

export class AuditSearchRequest {
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() viewerAgentId?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() subjectAgentId?: string;
  @ApiPropertyOptional({ enum: GOVERNED_FIELDS }) @IsOptionalNotNull() @IsIn([...GOVERNED_FIELDS]) field?: string;
  // Strict: an impossible date (2026-02-31) is a 400 here, not an error in PostgreSQL.
  @ApiPropertyOptional() @IsOptionalNotNull() @IsDateString({ strict: true }) from?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsDateString({ strict: true }) to?: string;
  @ApiPropertyOptional({ maximum: 1000 }) @IsOptionalNotNull() @QueryInt() @Min(1) @Max(1000) limit = 100;
  @ApiPropertyOptional({ enum: ['json', 'csv'] }) @IsOptionalNotNull() @IsIn(['json', 'csv']) format: 'json' | 'csv' = 'json';
}
