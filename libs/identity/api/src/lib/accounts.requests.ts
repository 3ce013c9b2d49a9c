import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACCOUNT_ROLES, AccountRole } from '@maillage/identity/domain';
import { IsNotBlank, IsOptionalNullable } from '@maillage/shared/nest';
import { ArrayMaxSize, IsArray, IsIn, IsString, IsUUID, MaxLength } from 'class-validator';

export class CreateAccountRequest {
  @ApiProperty({ example: 'c.martin', maxLength: 63 }) @IsString() @IsNotBlank() @MaxLength(63) username!: string;
  @ApiProperty({ enum: ACCOUNT_ROLES, isArray: true, description: 'Le rôle agent est toujours ajouté.' })
  @IsArray() @ArrayMaxSize(ACCOUNT_ROLES.length) @IsIn([...ACCOUNT_ROLES], { each: true }) roles!: AccountRole[];
  @ApiPropertyOptional({ nullable: true, description: 'L’agent de l’annuaire à qui appartient le compte.' }) @IsOptionalNullable() @IsUUID() agentId?: string | null;
}

export class SetAccountRolesRequest {
  @ApiProperty({ enum: ACCOUNT_ROLES, isArray: true, description: 'Tous les rôles du compte (le rôle agent est toujours gardé).' })
  @IsArray() @ArrayMaxSize(ACCOUNT_ROLES.length) @IsIn([...ACCOUNT_ROLES], { each: true }) roles!: AccountRole[];
}
