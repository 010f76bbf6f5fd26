import { Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import { DomainError } from '../ledger/domain/domain-error.js';
import type { ApiKeyDirectory } from './api-key-directory.js';
import { keyIdOf } from './api-keys.js';
import { mayWrite, type Principal } from './domain/principal.js';

/** Metadata key of routes anyone may call whatever READ_ACCESS says (health, metrics). */
export const PUBLIC_ROUTE = 'omstallning:public-route';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

interface GuardedRequest {
  readonly method: string;
  readonly url: string;
  readonly ip?: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  principal?: Principal;
}

/**
 * Every route of the app passes here. Reads are open when READ_ACCESS=public,
 * otherwise they need any valid key; writes need a recorder or admin key
 * (`Authorization: Bearer <key>`); the recorder's scope is checked per command.
 * A failed authentication is logged with the key's public id only.
 */
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('Åtkomst');

  constructor(
    private readonly reflector: Reflector,
    private readonly directory: ApiKeyDirectory,
    private readonly readAccess: 'public' | 'authenticated',
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<GuardedRequest>();
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [context.getHandler(), context.getClass()]) === true;
    const isRead = READ_METHODS.has(request.method);
    const token = this.bearerToken(request);
    if (token === null) {
      if (isPublic || (isRead && this.readAccess === 'public')) return true;
      this.refuse(request, 'AUTH.MISSING_KEY', isRead ? 'Läsning kräver en API-nyckel: Authorization: Bearer <nyckel>' : 'Registrering kräver en API-nyckel: Authorization: Bearer <nyckel>');
    }
    const principal = await this.directory.authenticate(token);
    if (!principal) this.refuse(request, 'AUTH.INVALID_KEY', 'API-nyckeln är okänd', keyIdOf(token));
    request.principal = principal;
    if (!isRead && !isPublic && !mayWrite(principal)) {
      this.logger.warn(`Nekad skrivning: ${principal.id} har rollen ${principal.role} (${request.method} ${request.url})`);
      throw new DomainError('AUTH.FORBIDDEN', `Nyckeln ${principal.id} har rollen ${principal.role} och får inte registrera`, 'Authorization', 'role');
    }
    return true;
  }

  private bearerToken(request: GuardedRequest): string | null {
    const value = request.headers.authorization;
    if (value === undefined) return null;
    const match = typeof value === 'string' ? /^Bearer +(\S{1,512})$/i.exec(value.trim()) : null;
    return match ? match[1] : this.refuse(request, 'AUTH.INVALID_KEY', 'Authorization måste ha formen "Bearer <nyckel>"');
  }

  private refuse(request: GuardedRequest, code: string, message: string, keyId: string | null = null): never {
    const key = keyId ? ` nyckel-id ${keyId}` : '';
    this.logger.warn(`Misslyckad autentisering (${code})${key}: ${request.method} ${request.url} från ${request.ip ?? 'okänd adress'}`);
    throw new DomainError(code, message, 'Authorization', 'bearer-key');
  }
}
