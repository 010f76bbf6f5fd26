import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Subject } from 'rxjs';
import { LiveConnections } from './live-connections.js';
import type { LiveEntry } from './live-entry.js';

/** A response that records what is written, like a socket that never drains. */
class FakeResponse extends EventEmitter {
  written = '';
  status = 0;
  writableEnded = false;
  socketDestroyed = false;
  readonly socket = { destroy: () => (this.socketDestroyed = true) };
  get writableLength(): number {
    return this.written.length;
  }
  writeHead(status: number): this {
    this.status = status;
    return this;
  }
  write(chunk: string): boolean {
    this.written += chunk;
    return true;
  }
  end(callback?: () => void): this {
    this.writableEnded = true;
    callback?.();
    return this;
  }
}

const entry = (position: number, text = 'x'): LiveEntry =>
  ({ position, eventId: `e${position}`, type: 'PlanAdopted', stream: 'plan-p', recordedAt: '', decidedOn: null, title: '', actors: [], lans: [], kind: null, text }) as LiveEntry;

function serve(connections: LiveConnections, method = 'GET') {
  const request = Object.assign(new EventEmitter(), { method });
  const response = new FakeResponse();
  const entries = new Subject<LiveEntry>();
  connections.serve(request as unknown as IncomingMessage, response as unknown as ServerResponse, entries);
  return { request, response, entries };
}

describe('live connections', () => {
  const options = { heartbeatMs: 60_000, maxBufferedBytes: 2_000, retryMs: 2_000 };

  it('writes each entry with its position as id, and lets go of the stream when the client leaves', () => {
    const counts: number[] = [];
    const connections = new LiveConnections(options, (n) => counts.push(n));
    const { request, response, entries } = serve(connections);
    entries.next(entry(7));
    expect(response.status).toBe(200);
    expect(response.written).toContain('retry: 2000\n\n');
    expect(response.written).toContain('id: 7\nevent: ledger\ndata: {"position":7');
    request.emit('close');
    expect(entries.observed).toBe(false);
    expect(response.writableEnded).toBe(true);
    expect(response.socketDestroyed).toBe(true);
    expect(counts).toEqual([1, 0]);
  });

  it('ends the stream when the source fails, so the client reconnects and resumes', () => {
    const connections = new LiveConnections(options);
    const { response, entries } = serve(connections);
    entries.error(new Error('lagret svarar inte'));
    expect(response.writableEnded).toBe(true);
    expect(connections.count).toBe(0);
  });

  it('cuts off a client that has fallen too far behind', () => {
    const connections = new LiveConnections(options);
    const { response, entries } = serve(connections);
    for (let i = 1; i <= 20 && !response.writableEnded; i++) entries.next(entry(i, 'y'.repeat(200)));
    expect(response.writableEnded).toBe(true);
    expect(entries.observed).toBe(false);
  });

  it('answers a HEAD with the stream headers and ends it at once, subscribing to nothing', () => {
    const connections = new LiveConnections(options);
    const { response, entries } = serve(connections, 'HEAD');
    expect(response.status).toBe(200);
    expect(response.written).toBe('');
    expect(response.writableEnded).toBe(true);
    expect(entries.observed).toBe(false);
    expect(connections.count).toBe(0);
  });

  it('closes every stream at shutdown', () => {
    const connections = new LiveConnections(options);
    const a = serve(connections);
    const b = serve(connections);
    connections.closeAll();
    expect([a.response.writableEnded, b.response.writableEnded]).toEqual([true, true]);
    expect(connections.count).toBe(0);
  });
});
