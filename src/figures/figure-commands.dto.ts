import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNumber, IsString } from 'class-validator';
import type { PublishFigure } from '../ledger/domain/commands.js';
import { Optional } from '../ledger/validation/optional.js';

/** The shape of a published figure; the decider applies the domain rules. */
export class PublishFigureData implements PublishFigure {
  @ApiPropertyOptional({ description: 'Siffrans id inom indikatorn; standard: <år>-<utgivare>', example: '2022-skr' })
  @Optional()
  @IsString()
  figureId?: string;

  @ApiProperty({ description: 'Indikatorns id', example: 'lan-med-handlingsplan' })
  @IsString()
  indicatorId!: string;

  @ApiProperty({ description: 'Året siffran avser', example: 2022 })
  @IsInt()
  year!: number;

  @ApiProperty({ description: 'Värdet som publicerades: ett antal, eller en andel i procent när bara andelen publicerades', example: 60 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value!: number;

  @ApiPropertyOptional({ description: 'Täljare', example: 12 })
  @Optional()
  @IsInt()
  numerator?: number;

  @ApiPropertyOptional({ description: 'Nämnare', example: 21 })
  @Optional()
  @IsInt()
  denominator?: number;

  @ApiProperty({ description: 'Utgivaren', example: 'national:skr' })
  @IsString()
  publisher!: string;

  @ApiPropertyOptional({ description: 'När siffran publicerades (EDTF)', example: '2023-03' })
  @Optional()
  @IsString()
  decidedOn?: string;

  @ApiPropertyOptional({ description: 'Meningen siffran hämtades från, eller en reservation', example: '60 procent av länen har en beslutad länsgemensam handlingsplan, en fördubbling jämfört med 2021' })
  @Optional()
  @IsString()
  note?: string;
}
