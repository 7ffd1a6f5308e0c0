import { RemoteGraphQLDataSource } from "@apollo/gateway";
import { DECISION_TOKEN_HEADER, signDecisionToken, signSubgraphToken, type SigningKey } from "@gezinsbeeld/shared-schema";
import { GraphQLError } from "graphql";
import type { GatewayContext } from "./startGateway";

type FetchResponse = Parameters<RemoteGraphQLDataSource["errorFromResponse"]>[0];
type SendRequestOptions = Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>["willSendRequest"]>>[0];

/** Options of {@link SubgraphDataSource}. */
export interface SubgraphDataSourceOptions {
  /** The subgraph's GraphQL endpoint. */
  url: string;
  /** The subgraph's name: the audience of the tokens it is sent. */
  name: string;
  /** The gateway's own signing key for subgraph tokens. */
  gatewayPrivateKey: SigningKey;
  /**
   * The organisation that owns this subgraph's data. When set, every request also
   * carries a decision token (header `x-toegangsbeslisser-token`) with which the
   * subgraph may ask the decision service about this principal and this owner
   * only. Default: none (the subgraph then cannot decide and refuses).
   */
  organisatie?: string;
}

/**
 * The gateway's connection to one subgraph. Every request carries a token the
 * gateway signs for this subgraph, for the principal whose user token it
 * verified (never the user's own token, never a bare user id), and the request
 * id. It passes on the subgraph's own error when it refuses a request (HTTP 400
 * for an invalid BSN or date): the professional then reads "Ongeldig
 * burgerservicenummer" with code BAD_USER_INPUT instead of "400: Bad Request".
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly gatewayPrivateKey: SigningKey;
  private readonly name: string;
  private readonly organisatie: string | undefined;

  constructor(options: SubgraphDataSourceOptions) {
    super({ url: options.url });
    this.gatewayPrivateKey = options.gatewayPrivateKey;
    this.name = options.name;
    this.organisatie = options.organisatie;
  }

  override async willSendRequest({ request, context }: SendRequestOptions): Promise<void> {
    const headers = request.http?.headers;
    if (!headers) return;
    if (context.requestId) headers.set("x-request-id", context.requestId);
    if (context.doel) headers.set("x-doel", context.doel);
    // No principal, no token: the subgraph then refuses the request, which is the point.
    if (!context.principal) return;
    const [token, beslisToken] = await Promise.all([
      signSubgraphToken(context.principal, { requestId: context.requestId, audience: this.name }, this.gatewayPrivateKey),
      this.organisatie
        ? signDecisionToken(context.principal, { requestId: context.requestId, eigenaar: this.organisatie, subgraph: this.name }, this.gatewayPrivateKey)
        : undefined,
    ]);
    headers.set("authorization", `Bearer ${token}`);
    if (beslisToken) headers.set(DECISION_TOKEN_HEADER, beslisToken);
  }

  override async errorFromResponse(response: FetchResponse): Promise<GraphQLError> {
    if (response.status >= 400) {
      const body = (await response.clone().json().catch(() => null)) as { errors?: Array<{ message?: string; extensions?: Record<string, unknown> }> } | null;
      const first = body?.errors?.[0];
      if (first?.message) {
        const { stacktrace: _stacktrace, ...extensions } = first.extensions ?? {};
        return new GraphQLError(first.message, { extensions: { code: response.status >= 500 ? "INTERNAL_SERVER_ERROR" : "BAD_USER_INPUT", ...extensions } });
      }
    }
    return super.errorFromResponse(response);
  }
}
