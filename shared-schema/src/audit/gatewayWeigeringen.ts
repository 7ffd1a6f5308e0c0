import express, { type Router } from "express";
import type { KeyLike } from "jose";
import type { DataSource } from "typeorm";
import { Weigerreden } from "../beleid/beleid";
import { Gegevenscategorie } from "../classification/Gegevenscategorie";
import { createRequestContext } from "../context/RequestContext";
import { verifySubgraphToken, type VerifiedSubgraphToken } from "../identity/subgraphToken";
import { authenticated, bearerAuthentication } from "../server/bearerAuthentication";
import { isUuid } from "../validation";
import { schrijfToegangslog } from "./schrijfToegangslog";
import { Toegangslog } from "./Toegangslog";

/** Where the gateway reports the fields it removed before planning, at the subgraph that owns them. */
export const GATEWAY_WEIGERINGEN_PAD = "/toegangslog/v1/gateway-weigeringen";

/** One field the gateway removed: the field's coordinate, its category, why, and the household it was asked of (when known). */
export interface GatewayWeigering {
  gezinId: string | null;
  /** `Type.veld`, e.g. `Melding.melder`. */
  veld: string;
  categorie: Gegevenscategorie;
  reden: Weigerreden;
}

const CATEGORIEEN = new Set<string>(Object.values(Gegevenscategorie));
const REDENEN = new Set<string>(Object.values(Weigerreden));
const MAX_WEIGERINGEN = 10_000;

/**
 * The endpoint at which the gateway hands a subgraph the refusals it made for
 * that subgraph's fields before planning (fields the requester's organisation
 * and role may never read): they enter the owner's own chained log, with the
 * household and the requester, like every other refusal (subgraph `gateway`).
 * The gateway waits for the answer before it sends its response; if the entries
 * cannot be written, its response carries no data. Needs the same
 * gateway-signed token as `/graphql` (audience this subgraph only): the entries
 * are always about the principal the gateway signed into it.
 */
export function gatewayWeigeringen(options: { db: DataSource; subgraph: string; gatewayPublicKey: KeyLike; log: boolean }): Router {
  const router = express.Router();
  router.post(
    GATEWAY_WEIGERINGEN_PAD,
    bearerAuthentication((token) => verifySubgraphToken(token, { subgraph: options.subgraph, gatewayPublicKey: options.gatewayPublicKey })),
    express.json({ limit: "1mb" }),
    async (req, res) => {
      const { identity } = authenticated<VerifiedSubgraphToken>(res);
      const lijst = (req.body as { weigeringen?: unknown } | undefined)?.weigeringen;
      const geldig = Array.isArray(lijst) && lijst.length <= MAX_WEIGERINGEN && lijst.every(isWeigering);
      if (!geldig) {
        res.status(400).json({ errors: [{ message: "Geen geldige lijst van weigeringen.", extensions: { code: "BAD_REQUEST" } }] });
        return;
      }
      const context = createRequestContext({
        requestId: identity.requestId,
        principal: identity.principal,
        db: options.db,
        subgraph: "gateway",
        operatie: typeof req.body.operatie === "string" ? req.body.operatie.slice(0, 200) : null,
        doel: typeof req.body.doel === "string" ? req.body.doel.slice(0, 500) : null,
      });
      const log = new Toegangslog(context);
      for (const w of lijst as GatewayWeigering[]) {
        log.noteer({ gezinId: w.gezinId?.toLowerCase() ?? null, persoonId: null, categorie: w.categorie, veld: w.veld, handeling: "READ", besluit: { toegestaan: false, reden: w.reden } });
      }
      try {
        if (options.log) await schrijfToegangslog(options.db, log.alleRegels());
        res.status(204).end();
      } catch (error) {
        console.error(JSON.stringify({ event: "toegangslog-niet-geschreven", requestId: identity.requestId, subgraph: options.subgraph, fout: String(error) }));
        res.status(503).json({ errors: [{ message: "Het toegangslog kon niet worden bijgewerkt.", extensions: { code: "AUDIT_UNAVAILABLE" } }] });
      }
    },
  );
  return router;
}

function isWeigering(value: unknown): value is GatewayWeigering {
  if (typeof value !== "object" || value === null) return false;
  const w = value as Record<string, unknown>;
  return (
    (w.gezinId === null || (typeof w.gezinId === "string" && isUuid(w.gezinId))) &&
    typeof w.veld === "string" && /^[_A-Za-z][_0-9A-Za-z]*\.[_A-Za-z][_0-9A-Za-z]*$/.test(w.veld) &&
    typeof w.categorie === "string" && CATEGORIEEN.has(w.categorie) &&
    typeof w.reden === "string" && REDENEN.has(w.reden)
  );
}
