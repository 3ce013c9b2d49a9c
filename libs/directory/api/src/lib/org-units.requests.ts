import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotBlank, IsNullable, IsOptionalNotNull } from '@maillage/shared/nest';
import { IsIn, IsString, IsUUID, Length } from 'class-validator';

export class CreateOrgUnitRequest {
  @ApiProperty({ maxLength: 160 }) @IsString() @IsNotBlank() @Length(1, 160) name!: string;
  @ApiProperty({ enum: ['direction', 'service', 'unit'] }) @IsIn(['direction', 'service', 'unit']) kind!: 'direction' | 'service' | 'unit';
  @ApiPropertyOptional({ description: 'Sans lui : une direction, au sommet.' }) @IsOptionalNotNull() @IsUUID() parentId?: string;
}

export class RenameOrgUnitRequest {
  @ApiProperty({ maxLength: 160 }) @IsString() @IsNotBlank() @Length(1, 160) name!: string;
}

export class MoveOrgUnitRequest {
  @ApiProperty() @IsUUID() parentId!: string;
}

export class AssignHeadRequest {
  @ApiProperty({ nullable: true, description: 'Le nouveau responsable, ou null pour aucun.' }) @IsNullable() @IsUUID() agentId!: string | null;
}

export class OrgChartRequest {
  @ApiPropertyOptional({ description: 'Unité à déplier ; sans elle, le sommet de l’organigramme.' }) @IsOptionalNotNull() @IsUUID() root?: string;
}
