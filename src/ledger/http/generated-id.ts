import { randomUUID } from 'node:crypto';
import { deriveId } from '../domain/event-ids.js';

/** `Målbild Nära vård i Värmland` → `malbild-nara-vard-i-varmland`. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * An id for a plan or initiative posted without one: the title as a slug and a
 * short suffix. With an Idempotency-Key the suffix derives from it, so a retry
 * addresses the same stream and is recognised as a retry.
 */
export function generatedId(title: unknown, principal: string, idempotencyKey: string | undefined): string {
  const slug = slugify(typeof title === 'string' ? title : '') || 'post';
  const suffix = (idempotencyKey === undefined ? randomUUID() : deriveId(principal, idempotencyKey, 'generated-id')).slice(0, 8);
  return `${slug}-${suffix}`;
}
