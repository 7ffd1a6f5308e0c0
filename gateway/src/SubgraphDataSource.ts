import { RemoteGraphQLDataSource } from "@apollo/gateway";
import { GraphQLError } from "graphql";
import type { GatewayContext } from "./startGateway";

type FetchResponse = Parameters<RemoteGraphQLDataSource["errorFromResponse"]>[0];

/**
 * The gateway's connection to one subgraph. Sends the request id along, and
 * passes on the subgraph's own error when it refuses a request (HTTP 400 for an
 * invalid BSN or date): the professional then reads "Ongeldig burgerservicenummer"
 * with code BAD_USER_INPUT instead of "400: Bad Request".
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>["willSendRequest"]>>[0]): void {
    if (context.requestId) request.http?.headers.set("x-request-id", context.requestId);
  }

  override async errorFromResponse(response: FetchResponse): Promise<GraphQLError> {
    if (response.status >= 400 && response.status < 500) {
      const body = (await response.clone().json().catch(() => null)) as { errors?: Array<{ message?: string; extensions?: Record<string, unknown> }> } | null;
      const first = body?.errors?.[0];
      if (first?.message) {
        const { stacktrace: _stacktrace, ...extensions } = first.extensions ?? {};
        return new GraphQLError(first.message, { extensions: { code: "BAD_USER_INPUT", ...extensions } });
      }
    }
    return super.errorFromResponse(response);
  }
}
