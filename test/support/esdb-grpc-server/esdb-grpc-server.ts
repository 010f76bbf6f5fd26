import { randomUUID } from 'node:crypto';
import grpc from '@grpc/grpc-js';
import { appendHandler } from './append-handler.js';
import { InMemoryLog } from './in-memory-log.js';
import { StreamsService } from './protocol.js';
import { readHandler } from './read-handler.js';

export interface EsdbGrpcServerOptions {
  /** Send CaughtUp to subscriptions, as EventStoreDB 23.10 and later do (default true). */
  readonly sendCaughtUp?: boolean;
}

/**
 * An in-process stand-in for a single EventStoreDB node (`?tls=false`), serving
 * the Streams service from the client package's own generated definitions over
 * real gRPC. Only Streams is served: the client asks ServerFeatures first, gets
 * UNIMPLEMENTED (no such service here) and falls back to the classic
 * client-streaming Append, as it does with older servers. Events live in memory
 * and survive `stop()`/`start()`, which cut every open call and rebind the same
 * port, so reconnection can be tested.
 */
export class EsdbGrpcServer {
  readonly log = new InMemoryLog();
  /** Where each $all subscription asked to start, in order: a resumed subscription shows up here. */
  readonly subscriptionStarts: (bigint | 'start' | 'end')[] = [];
  private server: grpc.Server | null = null;
  private port = 0;

  private constructor(private readonly options: EsdbGrpcServerOptions) {
    this.seedSystemEvents();
  }

  static async start(options: EsdbGrpcServerOptions = {}): Promise<EsdbGrpcServer> {
    const server = new EsdbGrpcServer(options);
    await server.start();
    return server;
  }

  get connectionString(): string {
    return `esdb://127.0.0.1:${this.port}?tls=false`;
  }

  get running(): boolean {
    return this.server !== null;
  }

  async start(): Promise<void> {
    if (this.server) return;
    const server = new grpc.Server();
    server.addService(StreamsService, {
      read: readHandler(this.log, {
        sendCaughtUp: this.options.sendCaughtUp ?? true,
        onSubscribe: (from) => this.subscriptionStarts.push(from),
      }),
      append: appendHandler(this.log),
      delete: unimplemented,
      tombstone: unimplemented,
      batchAppend: unimplementedStream,
    });
    this.port = await new Promise<number>((resolve, reject) =>
      server.bindAsync(`127.0.0.1:${this.port}`, grpc.ServerCredentials.createInsecure(), (error, port) =>
        error ? reject(error) : resolve(port),
      ),
    );
    this.server = server;
  }

  /** The server goes away: every open call is cut and the port is released. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    server?.forceShutdown();
  }

  /** A write by the server itself, which the ledger's reads and subscriptions must not show. */
  appendSystemEvent(stream: string, type: string): void {
    this.log.append(stream, { kind: 'any' }, [
      { id: randomUUID(), type, contentType: 'application/json', data: Buffer.from('{}'), customMetadata: new Uint8Array() },
    ]);
  }

  /** A fresh EventStoreDB is never empty: it writes its own settings and users first. */
  private seedSystemEvents(): void {
    this.appendSystemEvent('$settings', '$settings');
    this.appendSystemEvent('$users', '$User');
  }
}

function unimplemented(_call: unknown, callback: grpc.sendUnaryData<never>): void {
  callback({ code: grpc.status.UNIMPLEMENTED, details: 'not served by the double' });
}

function unimplementedStream(call: grpc.ServerDuplexStream<unknown, unknown>): void {
  call.emit('error', { code: grpc.status.UNIMPLEMENTED, details: 'not served by the double' });
}
