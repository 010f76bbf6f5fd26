import type { StoredEvent } from './in-memory-log.js';
import { ReadResp, StreamIdentifier, UUID, type ReadOptions, type UuidMessage } from './protocol.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id as EventStoreDB keeps it: a GUID, lowercased. Null when it is no GUID (the server refuses those). */
export function parseEventId(uuid: UuidMessage | undefined): string | null {
  if (!uuid) return null;
  if (uuid.hasStructured()) {
    const structured = uuid.getStructured()!;
    const bytes = Buffer.alloc(16);
    bytes.writeBigInt64BE(BigInt(structured.getMostSignificantBits()), 0);
    bytes.writeBigInt64BE(BigInt(structured.getLeastSignificantBits()), 8);
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
  const text = uuid.getString();
  return GUID.test(text) ? text.toLowerCase() : null;
}

export function streamNameOf(identifier: { getStreamName_asU8(): Uint8Array } | undefined): string {
  return identifier ? Buffer.from(identifier.getStreamName_asU8()).toString('utf8') : '';
}

/** The id in the form the reader asked for (UUIDOption: string or structured). */
function idFor(id: string, options: ReadOptions): UuidMessage {
  const uuid = new UUID();
  if (options.getUuidOption()?.hasStructured()) {
    const bytes = Buffer.from(id.replaceAll('-', ''), 'hex');
    const structured = new UUID.Structured();
    structured.setMostSignificantBits(bytes.readBigInt64BE(0).toString());
    structured.setLeastSignificantBits(bytes.readBigInt64BE(8).toString());
    uuid.setStructured(structured);
  } else {
    uuid.setString(id);
  }
  return uuid;
}

export function eventResponse(stored: StoredEvent, options: ReadOptions): InstanceType<typeof ReadResp> {
  const recorded = new ReadResp.ReadEvent.RecordedEvent();
  recorded.setId(idFor(stored.id, options));
  const identifier = new StreamIdentifier();
  identifier.setStreamName(Buffer.from(stored.stream, 'utf8'));
  recorded.setStreamIdentifier(identifier);
  recorded.setStreamRevision(String(stored.revision));
  recorded.setCommitPosition(stored.position.toString());
  recorded.setPreparePosition(stored.position.toString());
  const metadata = recorded.getMetadataMap();
  metadata.set('type', stored.type);
  metadata.set('content-type', stored.contentType);
  metadata.set('created', stored.createdTicks.toString());
  recorded.setData(stored.data);
  recorded.setCustomMetadata(stored.customMetadata);

  const readEvent = new ReadResp.ReadEvent();
  readEvent.setEvent(recorded);
  readEvent.setCommitPosition(stored.position.toString());
  const response = new ReadResp();
  response.setEvent(readEvent);
  return response;
}
