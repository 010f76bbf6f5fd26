import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString } from 'class-validator';
import type { Source } from '../domain/vocabulary.js';
import { Optional } from './optional.js';

/** Where a recorded fact comes from; the title is required. */
export class SourceDto implements Source {
  @ApiProperty({ description: 'Källdokumentets titel', example: 'Tidslinje för omställningen till Nära vård i Värmland' })
  @IsString()
  title!: string;

  @ApiPropertyOptional({ description: 'Adress till källan (http/https)', example: 'https://www.regionvarmland.se/' })
  @Optional()
  @IsString()
  url?: string;

  @ApiPropertyOptional({ description: 'Utgivare', example: 'Region Värmland' })
  @Optional()
  @IsString()
  publisher?: string;
}
