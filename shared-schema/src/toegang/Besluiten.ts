import type { Beslissing } from "../beleid/beslis";
import type { Gegevenscategorie } from "../classification/Gegevenscategorie";
import type { Principal, RequestContext } from "../context/RequestContext";
import type { Regime } from "../enums/Regime";

/** What a subgraph does with a household's data; the decision service decides each. */
export type Handelwijze = "lezen" | "schrijven" | "openen";

/**
 * Every decision one requester needs about one household of one owner, as the
 * decision service hands them out: per category for reading, and for writing
 * and for recording what opens an involvement. Decisions only: no BSN, no
 * involvements, no consents leave the register.
 */
export interface Gezinsbesluiten {
  gezinId: string;
  /** Reading each category of the owner's data. */
  lezen: Readonly<Record<Gegevenscategorie, Beslissing>>;
  /** Writing in the household's dossier (the owner's own records). */
  schrijven: Beslissing;
  /**
   * Recording what makes the owner involved (a melding, a request to
   * investigate, a court measure): allowed to a professional of the owner in an
   * existing household it is not yet involved with; once involved, as `schrijven`.
   */
  openen: Beslissing;
  /**
   * Only for a member of the household asking about it (role INWONER): when the
   * involvements of organisations that must inform the household (register duty
   * `informeert-huishouden`, the RvdK) began and when the household was told, so
   * the household's own log view can withhold what they did before it knew (rule 4).
   */
  informatieplichtVoorInwoner?: ReadonlyArray<{ organisatie: string; startdatum: string; geinformeerdOp: string | null }>;
}

/** Who a decision is for: the principal the gateway vouched for, about one owner's data. */
export interface Beslisvraag {
  principal: Principal;
  /** The organisation that owns the data (the subgraph answering). */
  eigenaar: string;
}

/**
 * Where a subgraph gets its access decisions. The subgraph that keeps the
 * register decides in-process; every other asks the decision service over HTTP
 * (`httpBeslisser`). Called once per request with every household the request
 * touches (batched), never cached across requests, so a withdrawn consent counts
 * on the very next request. A failure throws: the caller must then answer
 * TOEGANG_ONBEKEND, never "not involved".
 */
export interface Toegangsbeslisser {
  /** The decisions for each household, in the order of `gezinIds`. */
  besluiten(vraag: Beslisvraag, gezinIds: readonly string[], context: RequestContext): Promise<Gezinsbesluiten[]>;
  /**
   * For each of `persoonIds`: is it a member of the household? Answered only to a
   * requester who may write or open in that household (else all false).
   */
  zijnLeden(vraag: Beslisvraag, gezinId: string, persoonIds: readonly string[], context: RequestContext): Promise<boolean[]>;
  /**
   * For each of `userIds`: may that professional be named on, or assign
   * themselves to, a record of the household in `regime` (rule 5, separation of
   * duties; see `benoembaar`)? A yes or no per professional, never who advised.
   * Answered only to a requester who may write or open in that household (else
   * all false).
   */
  magBenoemen(vraag: Beslisvraag, gezinId: string, userIds: readonly string[], regime: Regime, context: RequestContext): Promise<boolean[]>;
}
