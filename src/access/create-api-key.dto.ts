import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsString } from 'class-validator';
import { Optional } from '../ledger/validation/optional.js';
import type { CreateApiKey } from './domain/decide-api-key.js';
import { ROLES } from './domain/principal.js';

export class CreateApiKeyData implements CreateApiKey {
  @ApiProperty({ description: 'Nyckelns namn; revisionen visar det som key:<namn>', example: 'varmland-samordnare' })
  @IsString()
  name!: string;

  @ApiProperty({ enum: ROLES, description: 'reader: läser; recorder: registrerar för aktörerna i scope; admin: allt', example: 'recorder' })
  @IsString()
  role!: string;

  @ApiPropertyOptional({ description: 'För recorder: aktörer nyckeln får registrera för; ett län täcker regionen och länets kommuner', type: [String], example: ['lan:17'] })
  @Optional()
  @IsArray()
  @IsString({ each: true })
  scope?: string[];
}
