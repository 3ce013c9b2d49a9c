import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, ValidateIf } from 'class-validator';

export class CreateOrgUnitRequest {
  @ApiProperty({ maxLength: 160 }) @IsString() @Length(1, 160) name!: string;
  @ApiProperty({ enum: ['direction', 'service', 'unit'] }) @IsIn(['direction', 'service', 'unit']) kind!: 'direction' | 'service' | 'unit';
  @ApiPropertyOptional() @IsOptional() @IsUUID() parentId?: string;
}

export class RenameOrgUnitRequest {
  @ApiProperty({ maxLength: 160 }) @IsString() @Length(1, 160) name!: string;
}

export class MoveOrgUnitRequest {
  @ApiProperty() @IsUUID() parentId!: string;
}

export class AssignHeadRequest {
  @ApiProperty({ nullable: true }) @ValidateIf((_: unknown, v: unknown) => v !== null) @IsUUID() agentId!: string | null;
}

export class OrgChartRequest {
  @ApiPropertyOptional({ description: 'Unité à déplier ; sans elle, le sommet de l’organigramme.' }) @IsOptional() @IsUUID() root?: string;
}
