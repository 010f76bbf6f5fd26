import { deriveEventId, deriveId, uuidV5 } from './event-ids.js';

describe('name-based event ids', () => {
  it('computes RFC 9562 version 5 UUIDs', () => {
    // Test vector from RFC 9562 appendix A.4 (DNS namespace, "www.example.com").
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('gives a retried command the same ids and another key or principal different ones', () => {
    const first = deriveEventId('key:varmland', 'adopt-arvika', 0);
    expect(deriveEventId('key:varmland', 'adopt-arvika', 0)).toBe(first);
    expect(deriveEventId('key:varmland', 'adopt-arvika', 1)).not.toBe(first);
    expect(deriveEventId('key:varmland', 'adopt-hammaro', 0)).not.toBe(first);
    expect(deriveEventId('key:skane', 'adopt-arvika', 0)).not.toBe(first);
    expect(deriveId('key:varmland', 'adopt-arvika', 'command')).not.toBe(first);
  });
});
