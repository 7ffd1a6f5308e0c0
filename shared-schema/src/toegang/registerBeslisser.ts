import { benoembaar, beslis, type Beslissing } from "../beleid/beslis";
import { Grondslag, PROFESSIONELE_ROLLEN } from "../beleid/beleid";
import type { Toegangsbasis } from "../beleid/Toegangsbasis";
import { Gegevenscategorie } from "../classification/Gegevenscategorie";
import type { Principal, RequestContext } from "../context/RequestContext";
import { loopt, vandaag } from "../dossier/vandaag";
import type { Organisatie } from "../enums/Organisatie";
import { organisatieRegister } from "../organisaties/organisatieRegister";
import { Rol } from "../enums/Rol";
import type { Beslisvraag, Gezinsbesluiten, Toegangsbeslisser } from "./Besluiten";

/**
 * Where the subgraph that keeps the access register reads the live register
 * (involvements, consents, break-glass, members) of households, in the order of
 * `gezinIds`; an unknown household has `bestaat: false`. Never leaves that subgraph.
 */
export type Toegangsregister = (gezinIds: readonly string[], context: RequestContext) => Promise<Toegangsbasis[]>;

/** For each of `persoonIds`: a member of household `gezinId`? Read from the register holder's own database. */
export type Ledenregister = (gezinId: string, persoonIds: readonly string[], context: RequestContext) => Promise<boolean[]>;

/** The register a subgraph keeps, when it keeps it (lokaal-team): it then serves the decision service. */
export interface RegisterBron {
  bases: Toegangsregister;
  leden: Ledenregister;
  /**
   * The households `principal` may list, as the register holder's SQL narrows them
   * (need to know); the decision service still decides each with `beslis`, and a
   * test proves the two agree on every seeded household and professional.
   */
  kandidaten(principal: Principal, context: RequestContext): Promise<string[]>;
  /**
   * What the register does with an announcement an organisation's record made
   * (its involvement, timeline entries, regie): the register follows the work.
   */
  verwerk: import("../register/levering").Verwerking;
  /**
   * What the register does as days pass, without an announcement: a planned
   * end that has come (a measure's end date) ends what it held (regie, the
   * organisation's presence). Run at start and every hour; idempotent.
   */
  onderhoud?(db: import("typeorm").DataSource): Promise<void>;
}

/** Every category a field can carry: the decision service decides all of them at once. */
const CATEGORIEEN = Object.values(Gegevenscategorie);

/**
 * All decisions for one requester, one owner and one household, from the
 * household's register, by the one policy (`beslis`). Pure.
 */
export function gezinsbesluiten(vraag: Beslisvraag, basis: Toegangsbasis, nu: Date = new Date()): Gezinsbesluiten {
  const { principal } = vraag;
  const eigenaar = vraag.eigenaar as Organisatie;
  const lezen = Object.fromEntries(
    CATEGORIEEN.map((categorie) => [categorie, beslis({ principal, categorie, eigenaar, basis, nu })]),
  ) as Record<Gegevenscategorie, Beslissing>;
  const schrijven = beslis({ principal, categorie: Gegevenscategorie.GEEN, eigenaar, basis, handeling: "schrijven", nu });
  const besluiten: Gezinsbesluiten = { gezinId: basis.gezinId, lezen, schrijven, openen: openen(vraag, basis, schrijven, nu) };
  if (principal.rol === Rol.INWONER && lezen[Gegevenscategorie.GEEN].toegestaan) {
    const register = organisatieRegister();
    besluiten.informatieplichtVoorInwoner = basis.betrokkenheden
      .filter((b) => register.heeftTaak(b.organisatie, "informeert-huishouden"))
      .map((b) => ({ organisatie: b.organisatie, startdatum: b.startdatum, geinformeerdOp: b.geinformeerdOp }));
  }
  return besluiten;
}

/**
 * Opening an involvement: a professional of the owner may record a melding, a
 * request to investigate or a measure in an existing household before the
 * register shows the owner involved; once it is, the ordinary write rules hold
 * (the named professional, separation of duties).
 */
function openen(vraag: Beslisvraag, basis: Toegangsbasis, schrijven: Beslissing, nu: Date): Beslissing {
  const { principal, eigenaar } = vraag;
  if (schrijven.toegestaan || !basis.bestaat || principal.organisatie !== eigenaar || !PROFESSIONELE_ROLLEN.includes(principal.rol)) return schrijven;
  const dag = vandaag(nu);
  const betrokken = basis.betrokkenheden.some((b) => b.organisatie === eigenaar && loopt(b.startdatum, b.einddatum, dag));
  return betrokken ? schrijven : { toegestaan: true, grondslag: Grondslag.EIGEN_GEGEVENS, bron: "opent-betrokkenheid" };
}

/**
 * The decisions, made where the register is kept. Used in-process by the
 * subgraph that keeps it and, behind the HTTP API (`beslisserApi`), for every
 * other subgraph.
 */
export function registerBeslisser(register: RegisterBron): Toegangsbeslisser {
  return {
    async besluiten(vraag, gezinIds, context) {
      const bases = await register.bases(gezinIds, context);
      const nu = new Date();
      return bases.map((basis) => gezinsbesluiten(vraag, basis, nu));
    },
    async zijnLeden(vraag, gezinId, persoonIds, context) {
      const [besluiten] = await this.besluiten(vraag, [gezinId], context);
      if (!besluiten || !werktErIn(besluiten)) return persoonIds.map(() => false);
      return register.leden(gezinId, persoonIds, context);
    },
    async magBenoemen(vraag, gezinId, userIds, regime, context) {
      // The register's own facts (involvements naming them, exceptions) decide, by the same policy as reading.
      const [basis] = await register.bases([gezinId], context);
      if (!basis) return userIds.map(() => false);
      if (!werktErIn(gezinsbesluiten(vraag, basis))) return userIds.map(() => false);
      return userIds.map((userId) => benoembaar(basis, userId, regime));
    },
  };
}

/** Whether the requester may write or open in the household: only then does the register answer questions about who is in it. */
function werktErIn(besluiten: Gezinsbesluiten): boolean {
  return besluiten.schrijven.toegestaan || besluiten.openen.toegestaan;
}
