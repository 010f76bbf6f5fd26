import { Module, SetMetadata } from '@nestjs/common';
import { APP_GUARD, Reflector } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { CLOCK, type Clock } from '../config/clock.js';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port.js';
import { AccessController } from './access.controller.js';
import { AccessGuard, PUBLIC_ROUTE } from './access.guard.js';
import { ApiKeyDirectory } from './api-key-directory.js';
import { ApiKeyService } from './api-key.service.js';

/** Marks a route (e.g. /health) as callable without a key even when READ_ACCESS=authenticated. */
export const PublicRoute = () => SetMetadata(PUBLIC_ROUTE, true);

/** API keys (hashed, as events), the guard on every route, and key creation. */
@Module({
  controllers: [AccessController],
  providers: [
    {
      provide: ApiKeyDirectory,
      inject: [EVENT_STORE, APP_CONFIG],
      useFactory: (store: EventStore, config: AppConfig) => new ApiKeyDirectory(store, config.adminApiKey),
    },
    {
      provide: ApiKeyService,
      inject: [EVENT_STORE, CLOCK, ApiKeyDirectory],
      useFactory: (store: EventStore, clock: Clock, directory: ApiKeyDirectory) => new ApiKeyService(store, clock, directory),
    },
    {
      provide: APP_GUARD,
      inject: [Reflector, ApiKeyDirectory, APP_CONFIG],
      useFactory: (reflector: Reflector, directory: ApiKeyDirectory, config: AppConfig) => new AccessGuard(reflector, directory, config.readAccess),
    },
  ],
  exports: [ApiKeyService, ApiKeyDirectory],
})
export class AccessModule {}
