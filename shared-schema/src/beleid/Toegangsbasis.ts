import type { Gegevenscategorie } from "../classification/Gegevenscategorie";
import type { Organisatie } from "../enums/Organisatie";
import type { Regime } from "../enums/Regime";

/** One partner's involvement with a household, as the access register holds it. */
export interface BetrokkenheidFeit {
  organisatie: Organisatie;
  regime: Regime;
  anoniem: boolean;
  startdatum: string;
  einddatum: string | null;
  /** The professional of the partner named on the involvement. */
  medewerkerId: string | null;
  /** When the household was told of this involvement (the RvdK may not act without its knowledge). */
  geinformeerdOp: string | null;
}

/** One consent of the household. */
export interface ToestemmingFeit {
  id: string;
  partner: Organisatie;
  categorieen: Gegevenscategorie[];
  gegevenOp: string;
  /** ISO moment of withdrawal; withdrawal works at once. */
  ingetrokkenOp: string | null;
}

/** One break-glass claim: a professional's emergency access, limited in time. */
export interface NoodtoegangFeit {
  id: string;
  userId: string;
  organisatie: Organisatie;
  /** ISO moments. */
  vanaf: string;
  tot: string;
}

/**
 * Everything the policy needs to know about one household to decide a request:
 * the live state of the access register that the local team keeps (seed 001:
 * the dossier is managed by the local team). Loaded per request, batched, never
 * cached across requests, so a withdrawn consent counts on the very next request.
 */
export interface Toegangsbasis {
  gezinId: string;
  /** False when the household is unknown: nothing can be decided in its favour. */
  bestaat: boolean;
  afgeslotenOp: string | null;
  vasteContactpersoonId: string | null;
  /** BSNs of the members, so a member (role INWONER) is recognised. */
  ledenBsn: string[];
  betrokkenheden: BetrokkenheidFeit[];
  toestemmingen: ToestemmingFeit[];
  noodtoegangen: NoodtoegangFeit[];
  /**
   * User ids of the professionals for whom a gedragswetenschapper or teamleider
   * recorded a documented exception to rule 5 (separation of duties) in this
   * household: they may act in its forced phase although they advised in the
   * voluntary one. Default: none.
   */
  uitzonderingenScheidingVanTaken?: string[];
}
