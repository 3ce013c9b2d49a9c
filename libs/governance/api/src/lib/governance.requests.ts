import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDateString, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { AUDIENCES, GOVERNED_FIELDS } from '@maillage/governance/contracts';

export class VisibilityRuleRequest {
  @ApiProperty({ enum: GOVERNED_FIELDS }) @IsIn([...GOVERNED_FIELDS]) field!: (typeof GOVERNED_FIELDS)[number];
  @ApiProperty({ enum: AUDIENCES, isArray: true }) @IsArray() @IsIn([...AUDIENCES], { each: true }) audiences!: (typeof AUDIENCES)[number][];
}

export class RecordDecisionRequest {
  @ApiProperty({ example: '2026-12-15' }) @IsDateString({ strict: true }) decidedOn!: string;
  @ApiProperty({ maxLength: 200 }) @IsString() @Length(3, 200) title!: string;
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @IsString({ each: true }) @Length(1, 120, { each: true }) participants!: string[];
  @ApiProperty({ maxLength: 4000 }) @IsString() @Length(3, 4000) rationale!: string;
  @ApiProperty({ type: [VisibilityRuleRequest] }) @IsArray() @ArrayMinSize(1) @ValidateNested({ each: true }) @Type(() => VisibilityRuleRequest) rules!: VisibilityRuleRequest[];
}

export class PolicyAtRequest {
  @ApiPropertyOptional({ description: 'Date (AAAA-MM-JJ) : la politique telle que les décisions prises jusqu’à ce jour la fixaient.' })
  @IsOptional()
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
  @ApiPropertyOptional() @IsOptional() @IsUUID() viewerAgentId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() subjectAgentId?: string;
  @ApiPropertyOptional({ enum: GOVERNED_FIELDS }) @IsOptional() @IsIn([...GOVERNED_FIELDS]) field?: string;
  @ApiPropertyOptional() @IsOptional() @IsDateString() from?: string;
  @ApiPropertyOptional() @IsOptional() @IsDateString() to?: string;
  @ApiPropertyOptional({ maximum: 1000 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit = 100;
  @ApiPropertyOptional({ enum: ['json', 'csv'] }) @IsOptional() @IsIn(['json', 'csv']) format: 'json' | 'csv' = 'json';
}
