import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse, GraphQLResponse } from "@apollo/server";
import type { DataSource } from "typeorm";
import type { RequestContext } from "../context/RequestContext";
import { toegangslogAan } from "../server/benchSchakelaars";
import { schrijfToegangslog } from "./schrijfToegangslog";

/** What a subgraph adds to a request's answer and log entries before they are written (see `besluitenUitdelen`). */
export type VoorHetSchrijven = (requestContext: GraphQLRequestContextWillSendResponse<RequestContext>) => Promise<void>;

/**
 * Writes each request's access entries before its response leaves. If the write
 * fails the whole response becomes one error, with no data: field errors would
 * still let partial data through.
 *
 * Setting `GEZINSBEELD_TOEGANGSLOG=uit` skips recording, for the benchmark that
 * compares throughput with and without it; refused under NODE_ENV=production.
 *
 * @param voorHetSchrijven runs first, so what it notes is written with the rest
 */
export function useToegangslog(db: DataSource, voorHetSchrijven?: VoorHetSchrijven): ApolloServerPlugin<RequestContext> {
  const uit = !toegangslogAan();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operationName }) {
          // The gateway names subgraph fetches `<Operation>__<subgraph>__<n>`: record the client's operation.
          contextValue.operatie = operationName?.replace(/__[a-z0-9_]+__\d+$/, "") ?? null;
        },
        async willSendResponse(requestContext) {
          const { contextValue, response } = requestContext;
          try {
            await voorHetSchrijven?.(requestContext);
            const regels = contextValue.toegangslog?.alleRegels() ?? [];
            if (uit || regels.length === 0) return;
            await schrijfToegangslog(db, regels);
          } catch (error) {
            console.error(JSON.stringify({ event: "toegangslog-niet-geschreven", requestId: contextValue.requestId, subgraph: contextValue.subgraph, fout: String(error) }));
            geenGegevensZonderLog(response);
          }
        },
      };
    },
  };
}

/**
 * Replace a response by one AUDIT_UNAVAILABLE error with HTTP 503 and no data:
 * what a request gets when its access could not be recorded (no log, no data).
 */
export function geenGegevensZonderLog(response: GraphQLResponse): void {
  response.body = {
    kind: "single",
    singleResult: {
      errors: [{
        message: "Het toegangslog kon niet worden bijgewerkt; daarom worden geen gegevens verstrekt. Probeer het later opnieuw.",
        extensions: { code: "AUDIT_UNAVAILABLE" },
      }],
    },
  };
  response.http.status = 503;
}
