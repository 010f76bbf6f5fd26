import grpc from '@grpc/grpc-js';
import type { AppendOutcome, Expectation, InMemoryLog, ProposedEvent } from './in-memory-log.js';
import { AppendReq, AppendResp, Empty, type AppendRequest, type AppendResponse } from './protocol.js';
import { parseEventId, streamNameOf } from './wire.js';

type AppendOptions = InstanceType<typeof AppendReq.Options>;
const Case = AppendReq.Options.ExpectedStreamRevisionCase;

function expectationOf(options: AppendOptions): Expectation {
  switch (options.getExpectedStreamRevisionCase()) {
    case Case.REVISION:
      return { kind: 'revision', revision: Number(options.getRevision()) };
    case Case.NO_STREAM:
      return { kind: 'no_stream' };
    case Case.STREAM_EXISTS:
      return { kind: 'stream_exists' };
    default:
      return { kind: 'any' };
  }
}

function responseFor(outcome: AppendOutcome, expectation: Expectation): AppendResponse {
  const response = new AppendResp();
  if (outcome.kind === 'success') {
    const success = new AppendResp.Success();
    success.setCurrentRevision(String(outcome.revision));
    const position = new AppendResp.Position();
    position.setCommitPosition(outcome.position.toString());
    position.setPreparePosition(outcome.position.toString());
    success.setPosition(position);
    response.setSuccess(success);
    return response;
  }
  const wrong = new AppendResp.WrongExpectedVersion();
  if (outcome.current === null) wrong.setCurrentNoStream(new Empty());
  else wrong.setCurrentRevision(String(outcome.current));
  if (expectation.kind === 'revision') wrong.setExpectedRevision(String(expectation.revision));
  else if (expectation.kind === 'no_stream') wrong.setExpectedNoStream(new Empty());
  else if (expectation.kind === 'stream_exists') wrong.setExpectedStreamExists(new Empty());
  else wrong.setExpectedAny(new Empty());
  response.setWrongExpectedVersion(wrong);
  return response;
}

/**
 * Streams.Append, client-streaming: the options message first (stream and
 * expected revision), then one message per proposed event; the answer comes
 * once the client half-closes.
 */
export function appendHandler(log: InMemoryLog): grpc.handleClientStreamingCall<AppendRequest, AppendResponse> {
  return (call, callback) => {
    let options: AppendOptions | undefined;
    const proposed: ProposedEvent[] = [];
    let refusal: string | null = null;

    call.on('data', (request: AppendRequest) => {
      if (request.hasOptions()) {
        options = request.getOptions();
        return;
      }
      const message = request.getProposedMessage();
      if (!message) return;
      const id = parseEventId(message.getId());
      if (id === null) refusal = 'event id is not a UUID';
      const metadata = message.getMetadataMap();
      proposed.push({
        id: id ?? '',
        type: metadata.get('type') ?? '',
        contentType: metadata.get('content-type') ?? 'application/octet-stream',
        data: message.getData_asU8(),
        customMetadata: message.getCustomMetadata_asU8(),
      });
    });
    call.on('end', () => {
      if (proposed.length === 0) refusal = 'the double takes no empty appends (the adapters never send one)';
      if (!options || refusal) {
        callback({ code: grpc.status.INVALID_ARGUMENT, details: refusal ?? 'append without options' });
        return;
      }
      const expectation = expectationOf(options);
      const outcome = log.append(streamNameOf(options.getStreamIdentifier()), expectation, proposed);
      callback(null, responseFor(outcome, expectation));
    });
  };
}
