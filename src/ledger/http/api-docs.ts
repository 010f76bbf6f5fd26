import { applyDecorators, type Type } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiServiceUnavailableResponse,
  ApiUnauthorizedResponse,
  IntersectionType,
  OmitType,
} from '@nestjs/swagger';
import { SourceDto } from '../validation/source.dto.js';

/** OpenAPI shape of every refusal (see error-body.ts). */
export class ErrorBodyDto {
  @ApiProperty({ example: 400 }) statusCode!: number;
  @ApiProperty({ example: 'PLAN.PARTY_NOT_A_PARTY' }) code!: string;
  @ApiProperty({ example: 'Örebro kommun (kommun:1880) är inte part i planen "varmland-malbild-2022"' }) message!: string;
  @ApiPropertyOptional({ example: 'party' }) field?: string;
  @ApiPropertyOptional({ example: 'plan-party' }) rule?: string;
}

/** OpenAPI shape of a command's answer. */
export class CommandAnswerDto {
  @ApiProperty({ example: '8f0c2f4e-55b1-5d0a-9a57-1c1f3f0e2b7a' }) eventId!: string;
  @ApiProperty({ example: 'plan-varmland-malbild-2022' }) stream!: string;
  @ApiProperty({ description: 'Strömmens revision efter kommandot (skicka som If-Match)', example: 1 }) revision!: number;
  @ApiProperty({ description: 'Global position i loggen (vänta på den för att läsa det du skrev)', example: 4711 }) position!: number;
}

class WithSource {
  @ApiProperty({ type: SourceDto, description: 'Källan: dokumentets titel krävs, adress och utgivare är frivilliga' })
  source!: SourceDto;
}

/** An HTTP body: the command's data without the fields the path gives, plus `source`. */
export function bodyOf<T, K extends keyof T>(data: Type<T>, fromPath: readonly K[]): Type<Omit<T, K> & WithSource> {
  return IntersectionType(OmitType(data, fromPath), WithSource) as Type<Omit<T, K> & WithSource>;
}

export interface CommandDocs {
  readonly summary: string;
  readonly description?: string;
  readonly body: Type<unknown>;
  readonly examples: Record<string, { summary: string; value: unknown }>;
}

/** Documents a command route: body with examples, the headers it reads, its answer and its refusals. */
export const ApiCommand = (docs: CommandDocs) =>
  applyDecorators(
    ApiOperation({ summary: docs.summary, description: docs.description }),
    ApiBearerAuth(),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Samma nyckel igen skriver inget nytt och ger första svaret' }),
    ApiHeader({ name: 'If-Match', required: false, description: 'Revisionen du läste; ger 409 om strömmen har ändrats sedan dess' }),
    ApiHeader({ name: 'X-Correlation-Id', required: false, description: 'Knyter händelsen till ett sammanhang; genereras annars' }),
    ApiBody({ type: docs.body, examples: docs.examples }),
    ApiCreatedResponse({ type: CommandAnswerDto, description: 'Registrerad (ETag: revisionen)' }),
    ApiBadRequestResponse({ type: ErrorBodyDto, description: 'Ogiltig begäran: fältet och regeln anges' }),
    ApiUnauthorizedResponse({ type: ErrorBodyDto, description: 'Ingen eller ogiltig API-nyckel' }),
    ApiForbiddenResponse({ type: ErrorBodyDto, description: 'Nyckeln får inte registrera för aktören' }),
    ApiNotFoundResponse({ type: ErrorBodyDto, description: 'Planen, insatsen eller händelsen finns inte' }),
    ApiConflictResponse({ type: ErrorBodyDto, description: 'Krockar med liggarens läge (dubblett, stängd plan, fel ordning, fel If-Match)' }),
    ApiPayloadTooLargeResponse({ type: ErrorBodyDto, description: 'Kroppen är större än 1 MB' }),
    ApiServiceUnavailableResponse({ type: ErrorBodyDto, description: 'Händelselagret går inte att nå; inget registrerades' }),
  );
