import { GraphQLError } from "graphql";

/**
 * Why a call to a subgraph got no answer:
 * - `onbereikbaar`: no connection (refused, reset, no connect within the connect timeout, closed mid-answer);
 * - `time-out`: no whole answer within the timeout;
 * - `overbelast`: the gateway did not even try, because as many calls to this subgraph were already waiting as it allows.
 */
export type Verbindingsfoutsoort = "onbereikbaar" | "time-out" | "overbelast";

/** The codes a client reads for each {@link Verbindingsfoutsoort}. */
export const SUBGRAPH_FOUTCODES: Readonly<Record<Verbindingsfoutsoort, string>> = {
  onbereikbaar: "SUBGRAPH_ONBEREIKBAAR",
  "time-out": "SUBGRAPH_TIME_OUT",
  overbelast: "SUBGRAPH_OVERBELAST",
};

/** How a professional reads an organisation's name in a sentence. */
const NAMEN: Readonly<Record<string, string>> = {
  LOKAAL_TEAM: "het lokale team",
  VEILIG_THUIS: "Veilig Thuis",
  RVDK: "de Raad voor de Kinderbescherming",
  GI: "de GI",
  ERVARINGSDESKUNDIGEN: "de ervaringsdeskundigen",
};

/**
 * A call from the gateway to a subgraph that got no answer. Its own message is
 * English and may name the subgraph's address: it is for the gateway's log.
 * The client gets {@link SubgraphVerbindingsfout.voorDeClient} instead.
 */
export class SubgraphVerbindingsfout extends Error {
  constructor(
    readonly soort: Verbindingsfoutsoort,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "SubgraphVerbindingsfout";
  }

  /**
   * What the client reads: a Dutch message naming the organisation whose data
   * is missing and a code of its own, no address. The other subgraphs' data
   * still comes back; only this subgraph's fields are null.
   *
   * @param waarvan the subgraph's name and, when known, the organisation that owns its data
   * @param timeoutMs the timeout the gateway waited, for the message of a `time-out`
   */
  voorDeClient(waarvan: { subgraph: string; organisatie?: string }, timeoutMs: number): GraphQLError {
    const wie = (waarvan.organisatie && NAMEN[waarvan.organisatie]) ?? waarvan.organisatie ?? waarvan.subgraph;
    const rest = "De gegevens van de andere organisaties zijn wel opgehaald; probeer het over enkele ogenblikken opnieuw.";
    const message = {
      onbereikbaar: `De gegevens van ${wie} zijn nu niet bereikbaar. ${rest}`,
      "time-out": `De gegevens van ${wie} ontbreken: ${wie} antwoordde niet binnen ${seconden(timeoutMs)}. ${rest}`,
      overbelast: `De gegevens van ${wie} ontbreken: er wachten al te veel vragen op ${wie}. ${rest}`,
    }[this.soort];
    return new GraphQLError(message, {
      extensions: { code: SUBGRAPH_FOUTCODES[this.soort], subgraph: waarvan.subgraph, ...(waarvan.organisatie ? { organisatie: waarvan.organisatie } : {}) },
    });
  }
}

function seconden(ms: number): string {
  const s = ms / 1000;
  const tekst = Number.isInteger(s) ? String(s) : s.toFixed(1).replace(".", ",");
  return `${tekst} ${s === 1 ? "seconde" : "seconden"}`;
}
