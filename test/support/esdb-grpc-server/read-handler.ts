import { randomUUID } from 'node:crypto';
import grpc from '@grpc/grpc-js';
import type { InMemoryLog } from './in-memory-log.js';
import { ReadResp, StreamIdentifier, type ReadOptions, type ReadRequest, type ReadResponse } from './protocol.js';
import { eventFilter, firstAtOrAfter, selectForRead } from './read-selection.js';
import { eventResponse } from './wire.js';

type ReadCall = grpc.ServerWritableStream<ReadRequest, ReadResponse>;

export interface ReadSettings {
  /** EventStoreDB 23.10 and later tell a subscription when it caught up; older servers do not. */
  readonly sendCaughtUp: boolean;
  /** Where each $all subscription asked to start (`start`, `end`, or the exclusive commit position). */
  readonly onSubscribe: (from: bigint | 'start' | 'end') => void;
}

/** Writes with backpressure; resolves early when the call is gone. */
async function send(call: ReadCall, response: ReadResponse): Promise<void> {
  if (call.write(response)) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      call.off('drain', done);
      call.off('cancelled', done);
      call.off('close', done);
      resolve();
    };
    call.on('drain', done);
    call.on('cancelled', done);
    call.on('close', done);
  });
}

async function read(call: ReadCall, log: InMemoryLog, options: ReadOptions): Promise<void> {
  const selected = selectForRead(log, options);
  if (!selected) {
    const notFound = new ReadResp.StreamNotFound();
    notFound.setStreamIdentifier(options.getStream()?.getStreamIdentifier() ?? new StreamIdentifier());
    const response = new ReadResp();
    response.setStreamNotFound(notFound);
    await send(call, response);
    call.end();
    return;
  }
  const matches = eventFilter(options);
  let remaining = Number(options.getCount() || Number.MAX_SAFE_INTEGER);
  for (const event of selected) {
    if (remaining <= 0 || call.cancelled) break;
    if (!matches(event)) continue;
    await send(call, eventResponse(event, options));
    remaining -= 1;
  }
  call.end();
}

/**
 * A $all subscription: confirmation, then everything after the start position,
 * then a checkpoint (when filtered) and CaughtUp (when enabled), then live
 * events as they are appended, until the client cancels or the server stops.
 * One pump at a time walks the log by index, so catch-up and live delivery
 * never overlap or reorder.
 */
function subscribe(call: ReadCall, log: InMemoryLog, options: ReadOptions, settings: ReadSettings): void {
  const all = options.getAll();
  const position = all?.hasPosition() ? BigInt(all.getPosition()!.getCommitPosition()) : null;
  settings.onSubscribe(position ?? (all?.hasEnd() ? 'end' : 'start'));
  let next = position !== null ? firstAtOrAfter(log.all, position + 1n) : all?.hasEnd() ? log.all.length : 0;
  const matches = eventFilter(options);
  let pumping = false;
  let again = false;
  let caughtUp = false;

  const pump = async () => {
    if (pumping) {
      again = true;
      return;
    }
    pumping = true;
    do {
      again = false;
      while (next < log.all.length && !call.cancelled) {
        const event = log.all[next++];
        if (matches(event)) await send(call, eventResponse(event, options));
      }
      if (!caughtUp && !call.cancelled) {
        caughtUp = true;
        if (options.hasFilter() && next > 0) await send(call, checkpointAt(log.all[next - 1].position));
        if (settings.sendCaughtUp) {
          const response = new ReadResp();
          response.setCaughtUp(new ReadResp.CaughtUp());
          await send(call, response);
        }
      }
    } while (again && !call.cancelled);
    pumping = false;
  };

  const confirmation = new ReadResp.SubscriptionConfirmation();
  confirmation.setSubscriptionId(randomUUID());
  const response = new ReadResp();
  response.setConfirmation(confirmation);
  void send(call, response).then(() => {
    if (call.cancelled) return;
    const stopListening = log.onAppended(() => void pump());
    call.on('cancelled', stopListening);
    call.on('close', stopListening);
    return pump();
  });
}

/** A filtered subscription's note of how far the server has looked, sent whether or not anything matched. */
function checkpointAt(position: bigint): ReadResponse {
  const checkpoint = new ReadResp.Checkpoint();
  checkpoint.setCommitPosition(position.toString());
  checkpoint.setPreparePosition(position.toString());
  const response = new ReadResp();
  response.setCheckpoint(checkpoint);
  return response;
}

/** Ends a call with a gRPC status, the way grpc-js expects server-streaming handlers to fail. */
function refuse(call: ReadCall, code: grpc.status, details: string): void {
  call.emit('error', { code, details });
}

export function readHandler(log: InMemoryLog, settings: ReadSettings): grpc.handleServerStreamingCall<ReadRequest, ReadResponse> {
  return (call) => {
    const options = call.request.getOptions();
    if (!options) {
      refuse(call, grpc.status.INVALID_ARGUMENT, 'read without options');
      return;
    }
    if (options.hasSubscription()) {
      if (!options.hasAll()) {
        refuse(call, grpc.status.UNIMPLEMENTED, 'stream subscriptions are not served by the double');
        return;
      }
      subscribe(call, log, options, settings);
      return;
    }
    void read(call, log, options);
  };
}
