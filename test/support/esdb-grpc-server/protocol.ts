/**
 * EventStoreDB's gRPC protocol exactly as the client package compiled it: the
 * double serves the very service definition and message classes the real
 * client uses, so both sides agree on every field by construction.
 * Default imports because the generated CommonJS exports are not statically
 * visible to Node's ESM loader.
 */
import sharedPb from '@eventstore/db-client/generated/shared_pb.js';
import streamsGrpc from '@eventstore/db-client/generated/streams_grpc_pb.js';
import streamsPb from '@eventstore/db-client/generated/streams_pb.js';

export const { StreamsService } = streamsGrpc;
export const { AppendReq, AppendResp, ReadReq, ReadResp } = streamsPb;
export const { Empty, StreamIdentifier, UUID } = sharedPb;

export type AppendRequest = InstanceType<typeof AppendReq>;
export type AppendResponse = InstanceType<typeof AppendResp>;
export type ReadRequest = InstanceType<typeof ReadReq>;
export type ReadResponse = InstanceType<typeof ReadResp>;
export type ReadOptions = InstanceType<typeof ReadReq.Options>;
export type FilterOptions = InstanceType<typeof ReadReq.Options.FilterOptions>;
export type UuidMessage = InstanceType<typeof UUID>;
