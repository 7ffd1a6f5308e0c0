import express, { type Request, type Response, type Router } from "express";
import type { KeyLike } from "jose";
import type { DataSource } from "typeorm";
import type { Beslissing } from "../beleid/beslis";
import { Grondslag, Weigerreden } from "../beleid/beleid";
import { schrijfToegangslog } from "../audit/schrijfToegangslog";
import { Toegangslog } from "../audit/Toegangslog";
import { Gegevenscategorie } from "../classification/Gegevenscategorie";
import { createRequestContext, type RequestContext } from "../context/RequestContext";
import { isRegime, Regime } from "../enums/Regime";
import { verifyDecisionToken, type VerifiedDecisionToken } from "../identity/subgraphToken";
import { authenticated, bearerAuthentication } from "../server/bearerAuthentication";
import { isUuid } from "../validation";
import type { Beslisvraag, Gezinsbesluiten, Handelwijze } from "./Besluiten";
import { registerBeslisser, type RegisterBron } from "./registerBeslisser";
import { kies } from "./Toegang";

/** Options of {@link beslisserApi}. */
export interface BeslisserApiOptions {
  /** The register this subgraph keeps. */
  register: RegisterBron;
  /** Its database: the register is read there and every decision query is logged in its chain. */
  db: DataSource;
  /** Name of the subgraph serving the API, for the log. */
  subgraph: string;
  /** The gateway's public key: only decision tokens it signed are accepted. */
  gatewayPublicKey: KeyLike;
  /** Whether decision queries are logged; default true (`GEZINSBEELD_TOEGANGSLOG=uit` in the benchmark only). */
  log?: boolean;
}

/** At most this many households or evaluations per call: more than any page shows. */
const MAX_PER_VRAAG = 1000;

class ApiFout extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

const ACTIES: Record<string, Handelwijze> = { lezen: "lezen", read: "lezen", schrijven: "schrijven", write: "schrijven", openen: "openen", open: "openen" };
const CATEGORIEEN = new Set<string>(Object.values(Gegevenscategorie));

/**
 * The decision service: hands out access decisions, never the register's data.
 * Mounted by the subgraph that keeps the register (lokaal-team). Every call
 * needs a decision token the gateway signed for one request (audience
 * `toegangsbeslisser`); decisions are only ever about the principal in that
 * token and the owner it names, and every call is recorded in the register
 * holder's access log before it is answered (no log, no answer).
 *
 * Endpoints (documented for partners in docs/toegangsbeslisser.md):
 * - `GET /.well-known/authzen-configuration`: AuthZEN PDP metadata;
 * - `POST /access/v1/evaluation`, `POST /access/v1/evaluations`: AuthZEN Authorization API 1.0
 *   access evaluation(s) for `resource: { type: "gezin", id, properties: { categorie } }`
 *   with action `lezen` | `schrijven` | `openen`, or `resource: { type: "persoon", id,
 *   properties: { gezinId } }` with action `verwijzen` (is this person a member of that household);
 * - `POST /access/v1/search/resource`: the households the principal may list;
 * - `POST /toegang/v1/besluiten` and `/toegang/v1/leden`: the batched fast path of the TypeScript subgraphs;
 * - `POST /toegang/v1/benoemingen`: may these professionals be named on a record of the household in this
 *   regime (rule 5, separation of duties): a yes or no each, never who advised.
 */
export function beslisserApi(options: BeslisserApiOptions): Router {
  const beslisser = registerBeslisser(options.register);
  const router = express.Router();
  const log = options.log ?? true;

  router.get("/.well-known/authzen-configuration", (req, res) => {
    const origin = `${req.protocol}://${req.get("host")}`;
    res.json({
      policy_decision_point: origin,
      access_evaluation_endpoint: `${origin}/access/v1/evaluation`,
      access_evaluations_endpoint: `${origin}/access/v1/evaluations`,
      search_resource_endpoint: `${origin}/access/v1/search/resource`,
    });
  });

  // Only these paths: the subgraph's own /graphql has its own token check.
  const beveiligd = [
    bearerAuthentication((token) => verifyDecisionToken(token, { gatewayPublicKey: options.gatewayPublicKey })),
    express.json({ limit: "256kb" }),
  ];

  /** Run one call: decide with `werk`, log what it noted, then answer. */
  const behandel = (werk: (vraag: Beslisvraag, context: RequestContext, noteer: Noteer, body: Record<string, unknown>) => Promise<unknown>) =>
    async (req: Request, res: Response): Promise<void> => {
      res.set("cache-control", "no-store");
      try {
        const { identity } = authenticated<VerifiedDecisionToken>(res);
        const header = (naam: string): string | null => {
          const waarde = req.header(naam);
          if (!waarde) return null;
          try {
            return decodeURIComponent(waarde).slice(0, 500);
          } catch {
            return null;
          }
        };
        const context = createRequestContext({
          requestId: identity.requestId,
          principal: identity.principal,
          db: options.db,
          subgraph: options.subgraph,
          doel: header("x-doel"),
          operatie: header("x-operatie"),
        });
        const vraag: Beslisvraag = { principal: identity.principal, eigenaar: identity.eigenaar };
        const toegangslog = new Toegangslog(context);
        const door = identity.subgraph || identity.eigenaar;
        const noteer: Noteer = (gezinId, besluit, endpoint) =>
          toegangslog.noteer({ gezinId, persoonId: null, categorie: Gegevenscategorie.GEEN, veld: `Toegangsbeslisser.${endpoint}(${door})`, handeling: "DECIDE", besluit });
        const body = typeof req.body === "object" && req.body !== null && !Array.isArray(req.body) ? (req.body as Record<string, unknown>) : {};
        const antwoord = await werk(vraag, context, noteer, body);
        if (log) await schrijfToegangslog(options.db, toegangslog.alleRegels());
        res.json(antwoord);
      } catch (error) {
        if (error instanceof ApiFout) {
          res.status(error.status).json({ error: { code: error.code, message: error.message } });
          return;
        }
        console.error(JSON.stringify({ event: "toegangsbeslisser-fout", fout: String(error) }));
        res.status(503).json({ error: { code: "TOEGANG_ONBEKEND", message: "De toegang kon niet worden vastgesteld; probeer het zo opnieuw." } });
      }
    };

  router.post("/toegang/v1/besluiten", ...beveiligd, behandel(async (vraag, context, noteer, body) => {
    const gezinIds = uuidLijst(body.gezinIds, "gezinIds");
    const besluiten = await beslisser.besluiten(vraag, gezinIds, context);
    besluiten.forEach((b) => noteer(b.gezinId, b.lezen[Gegevenscategorie.GEEN], "besluiten"));
    return { besluiten };
  }));

  router.post("/toegang/v1/leden", ...beveiligd, behandel(async (vraag, context, noteer, body) => {
    const gezinId = uuid(body.gezinId, "gezinId");
    const leden = await beslisser.zijnLeden(vraag, gezinId, uuidLijst(body.persoonIds, "persoonIds"), context);
    noteer(gezinId, { toegestaan: true, grondslag: Grondslag.GEEN_PERSOONSGEGEVENS }, "leden");
    return { leden };
  }));

  router.post("/toegang/v1/benoemingen", ...beveiligd, behandel(async (vraag, context, noteer, body) => {
    const gezinId = uuid(body.gezinId, "gezinId");
    const regime = leesRegime(body.regime);
    const benoembaar = await beslisser.magBenoemen(vraag, gezinId, gebruikerLijst(body.userIds, "userIds"), regime, context);
    // Recorded as the nomination's outcome: refused when any of them may not be named.
    noteer(gezinId, benoembaar.every(Boolean) ? { toegestaan: true, grondslag: Grondslag.GEEN_PERSOONSGEGEVENS } : { toegestaan: false, reden: Weigerreden.SCHEIDING_VAN_TAKEN }, "benoemingen");
    return { benoembaar };
  }));

  const evalueer = async (vraag: Beslisvraag, context: RequestContext, noteer: Noteer, evaluaties: Evaluatie[]): Promise<AuthZenBesluit[]> => {
    const gezinIds = [...new Set(evaluaties.map((e) => e.gezinId))];
    const besluiten = new Map((await beslisser.besluiten(vraag, gezinIds, context)).map((b) => [b.gezinId.toLowerCase(), b]));
    return Promise.all(evaluaties.map(async (e) => {
      const gezin = besluiten.get(e.gezinId.toLowerCase());
      if (!gezin) throw new Error("no decision for a household asked about");
      if (e.persoonId) {
        const [lid] = await beslisser.zijnLeden(vraag, e.gezinId, [e.persoonId], context);
        noteer(e.gezinId, gezin.lezen[Gegevenscategorie.GEEN], "evaluation");
        return lid ? { decision: true } : { decision: false, context: { reden: "not-a-member" } };
      }
      const besluit = kies(gezin, e.categorie, e.actie);
      noteer(e.gezinId, besluit, "evaluation");
      return naarAuthZen(besluit);
    }));
  };

  router.post("/access/v1/evaluation", ...beveiligd, behandel(async (vraag, context, noteer, body) => {
    eisSubject(body.subject, vraag);
    const [besluit] = await evalueer(vraag, context, noteer, [leesEvaluatie(body)]);
    return besluit;
  }));

  router.post("/access/v1/evaluations", ...beveiligd, behandel(async (vraag, context, noteer, body) => {
    eisSubject(body.subject, vraag);
    const lijst = body.evaluations;
    if (!Array.isArray(lijst) || lijst.length === 0) return evalueer(vraag, context, noteer, [leesEvaluatie(body)]).then(([b]) => b);
    if (lijst.length > MAX_PER_VRAAG) throw new ApiFout(400, "BAD_REQUEST", `Ten hoogste ${MAX_PER_VRAAG} evaluaties per aanvraag.`);
    // AuthZEN: each evaluation inherits subject, action, resource and context from the request's top level.
    const evaluaties = lijst.map((e) => leesEvaluatie({ ...body, ...(typeof e === "object" && e ? (e as Record<string, unknown>) : {}) }));
    return { evaluations: await evalueer(vraag, context, noteer, evaluaties) };
  }));

  router.post("/access/v1/search/resource", ...beveiligd, behandel(async (vraag, context, noteer, body) => {
    eisSubject(body.subject, vraag);
    const resource = object(body.resource, "resource");
    if (resource.type !== "gezin") throw new ApiFout(400, "BAD_REQUEST", "Alleen resource.type 'gezin' is te zoeken.");
    const actie = ACTIES[String(object(body.action ?? { name: "lezen" }, "action").name)] ?? "lezen";
    const categorie = leesCategorie(resource.properties);
    const kandidaten = await options.register.kandidaten(vraag.principal, context);
    const besluiten = await beslisser.besluiten(vraag, kandidaten, context);
    // Each household found is recorded with the decision that let it be found.
    const gevonden = besluiten.map((b) => ({ id: b.gezinId, besluit: kies(b, categorie, actie) })).filter(({ besluit }) => besluit.toegestaan);
    gevonden.forEach(({ id, besluit }) => noteer(id, besluit, "search"));
    const ids = gevonden.map(({ id }) => id);
    return { results: ids.map((id) => ({ type: "gezin", id })), page: { next_token: "" } };
  }));

  return router;
}

type Noteer = (gezinId: string, besluit: Beslissing, endpoint: string) => void;
interface Evaluatie { gezinId: string; actie: Handelwijze; categorie: Gegevenscategorie; persoonId?: string }
type AuthZenBesluit = { decision: boolean; context?: Record<string, unknown> };

function naarAuthZen(besluit: Beslissing): AuthZenBesluit {
  return besluit.toegestaan
    ? { decision: true, context: { grondslag: besluit.grondslag, ...(besluit.bron ? { bron: besluit.bron } : {}) } }
    : { decision: false, context: { reden: besluit.reden } };
}

/** The subject must be the principal of the token: nobody asks on behalf of someone else. */
function eisSubject(subject: unknown, vraag: Beslisvraag): void {
  const s = object(subject, "subject");
  if (s.type !== "user" || s.id !== vraag.principal.userId) {
    throw new ApiFout(403, "FORBIDDEN", "Beslissingen zijn alleen te vragen voor de persoon voor wie de gateway dit token tekende (subject.type 'user', subject.id).");
  }
}

function leesEvaluatie(body: Record<string, unknown>): Evaluatie {
  const resource = object(body.resource, "resource");
  const actieNaam = String(object(body.action, "action").name ?? "");
  if (resource.type === "persoon") {
    if (actieNaam !== "verwijzen") throw new ApiFout(400, "BAD_REQUEST", "Voor resource.type 'persoon' is alleen action 'verwijzen' te vragen.");
    const properties = object(resource.properties, "resource.properties");
    return { gezinId: uuid(properties.gezinId, "resource.properties.gezinId"), persoonId: uuid(resource.id, "resource.id"), actie: "lezen", categorie: Gegevenscategorie.GEEN };
  }
  if (resource.type !== "gezin") throw new ApiFout(400, "BAD_REQUEST", "resource.type moet 'gezin' of 'persoon' zijn.");
  const actie = ACTIES[actieNaam];
  if (!actie) throw new ApiFout(400, "BAD_REQUEST", "action.name moet 'lezen', 'schrijven' of 'openen' zijn.");
  return { gezinId: uuid(resource.id, "resource.id"), actie, categorie: leesCategorie(resource.properties) };
}

function leesCategorie(properties: unknown): Gegevenscategorie {
  const categorie = typeof properties === "object" && properties !== null ? (properties as Record<string, unknown>).categorie ?? "GEEN" : "GEEN";
  if (typeof categorie !== "string" || !CATEGORIEEN.has(categorie)) throw new ApiFout(400, "BAD_REQUEST", "resource.properties.categorie is geen bekende gegevenscategorie.");
  return categorie as Gegevenscategorie;
}

function object(value: unknown, veld: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new ApiFout(400, "BAD_REQUEST", `'${veld}' ontbreekt of is geen object.`);
  return value as Record<string, unknown>;
}

function uuid(value: unknown, veld: string): string {
  if (typeof value !== "string" || !isUuid(value)) throw new ApiFout(400, "BAD_REQUEST", `'${veld}' is geen geldig id.`);
  return value.toLowerCase();
}

function leesRegime(value: unknown): Regime {
  if (!isRegime(value)) throw new ApiFout(400, "BAD_REQUEST", `'regime' moet een van ${Object.values(Regime).join(", ")} zijn.`);
  return value;
}

/** User ids (`gi-tom-hoekstra`): not uuids, but short non-empty strings. */
function gebruikerLijst(value: unknown, veld: string): string[] {
  if (!Array.isArray(value) || value.length > MAX_PER_VRAAG) throw new ApiFout(400, "BAD_REQUEST", `'${veld}' moet een lijst van ten hoogste ${MAX_PER_VRAAG} gebruikers-ids zijn.`);
  return value.map((v) => {
    if (typeof v !== "string" || v.length === 0 || v.length > 200) throw new ApiFout(400, "BAD_REQUEST", `'${veld}' bevat een ongeldig gebruikers-id.`);
    return v;
  });
}

function uuidLijst(value: unknown, veld: string): string[] {
  if (!Array.isArray(value) || value.length > MAX_PER_VRAAG) throw new ApiFout(400, "BAD_REQUEST", `'${veld}' moet een lijst van ten hoogste ${MAX_PER_VRAAG} ids zijn.`);
  return value.map((v) => uuid(v, veld));
}
