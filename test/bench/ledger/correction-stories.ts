import type { PlannedEvent, PlannedGroup, StoryContext } from './planned.js';

const CORRECTION_REASONS = ['Fel datum i registreringen; rättat enligt protokollet', 'Felskrivning vid registrering', 'Källan uppdaterad av utgivaren'];
const RETRACTION_REASONS = ['Registrerad av misstag (dubblett)', 'Beslutet gällde en annan plan', 'Uppgiften kunde inte beläggas i källan'];
const CREATING = new Set(['PlanInitiated', 'InitiativeRegistered']);

/**
 * Corrections and retractions recorded later in the year for events of this
 * year's groups: about 2 % of events corrected, 0.4 % retracted. A creating
 * event is corrected, never retracted, so every stream keeps its subject.
 */
export function corrections(ctx: StoryContext, groups: readonly PlannedGroup[]): PlannedGroup[] {
  const { prng } = ctx;
  const result: PlannedGroup[] = [];
  for (const group of groups) {
    const events: PlannedEvent[] = [];
    for (const event of group.events) {
      const roll = prng.float();
      if (roll < 0.02) events.push(corrected(ctx, event));
      else if (roll < 0.024 && !CREATING.has(event.type)) {
        events.push(
          ctx.planned('RecordRetracted', { reason: prng.pick(RETRACTION_REASONS), retractedEventId: event.id, retractedType: event.type }, event.source, event.principal),
        );
      }
    }
    if (events.length > 0) result.push({ stream: group.stream, events });
  }
  return result;
}

function corrected(ctx: StoryContext, event: PlannedEvent): PlannedEvent {
  const { data } = event;
  let fields: Record<string, unknown>;
  if (typeof data.decidedOn === 'string' && event.type !== 'FigurePublished') fields = { decidedOn: ctx.date(ctx.prng.int(0, 364)) };
  else if (event.type === 'FigurePublished') fields = { value: Number(data.value) + 1 };
  else fields = { title: `${String(data.title)} (rättad titel)` };
  return ctx.planned(
    'RecordCorrected',
    { correctedEventId: event.id, correctedType: event.type, fields, reason: ctx.prng.pick(CORRECTION_REASONS) },
    event.source,
    event.principal,
  );
}
