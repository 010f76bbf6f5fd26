import type { CommandEnvelope } from '../domain/commands.js';
import { DomainError } from '../domain/domain-error.js';
import { requireIndicatorId, requireSlug } from '../domain/rules.js';
import { streams } from '../domain/streams.js';
import type { EventLocator } from './event-locator.js';

/** The stream a command writes to: its aggregate's, or for a correction the stream of the corrected event. */
export async function streamOfCommand(command: CommandEnvelope, locator: EventLocator): Promise<string> {
  switch (command.command) {
    case 'CorrectRecord':
    case 'RetractRecord': {
      const { eventId } = command.data;
      const stream = /^[0-9a-f-]{36}$/.test(eventId) ? await locator.streamOf(eventId) : null;
      if (!stream) throw new DomainError('RECORD.NOT_FOUND', `Händelsen ${eventId} finns inte i liggaren`, 'eventId', 'known-event');
      return stream;
    }
    case 'PublishFigure':
      return streams.indicator(requireIndicatorId(command.data.indicatorId, 'indicatorId', 'FIGURE.INVALID_INDICATOR'));
    case 'RegisterInitiative':
    case 'DecideInitiative':
    case 'StartInitiative':
    case 'ScaleUpInitiative':
    case 'MakeInitiativePermanent':
    case 'EndInitiative':
      return streams.initiative(requireSlug(command.data.initiativeId, 'initiativeId', 'INITIATIVE.INVALID_ID'));
    default:
      return streams.plan(requireSlug(command.data.planId, 'planId', 'PLAN.INVALID_ID'));
  }
}
