import { createHash } from "node:crypto";
import type { Beslissing } from "../beleid/beslis";
import { Grondslag, Weigerreden } from "../beleid/beleid";
import { Gegevenscategorie } from "../classification/Gegevenscategorie";
import { isUuid } from "../validation";
import type { Gezinsbesluiten } from "./Besluiten";

/**
 * How a request's decisions reach the partner subgraphs without a round trip
 * to the decision service each (issue 12). The register holder decides every
 * household its part of the request touched anyway; the gateway, which knows
 * from the query plan which partners come next, asks it (request extension
 * {@link BESLUITEN_GEVRAAGD}) to hand out the decisions for those owners too
 * (response extension {@link BESLUITEN_UITGEDEELD}), and passes each partner
 * only its own owner's decisions about the households of its call (request
 * extension {@link BESLUITEN_MEEGEGEVEN}, a JSON text), with that text's hash in
 * the token it signs for the call (claim `bsl`). A partner uses them only when
 * the hash matches; for any household they do not cover it asks the decision
 * service as before. Decided for this request, never kept: a withdrawn consent
 * counts on the very next request.
 */
export const BESLUITEN_GEVRAAGD = "gezinsbeeldBesluitenVoor";
/** Response extension of the register holder: per owner, a {@link Besluitenbundel}. */
export const BESLUITEN_UITGEDEELD = "gezinsbeeldBesluiten";
/** Request extension to a partner: the JSON text of its owner's {@link Besluitenbundel}. */
export const BESLUITEN_MEEGEGEVEN = "gezinsbeeldBesluiten";

/**
 * One owner's decisions about some households, compact: every distinct decision
 * once (`beslissingen`), each household's as indexes into it.
 */
export interface Besluitenbundel {
  eigenaar: string;
  beslissingen: Beslissing[];
  gezinnen: Array<{
    id: string;
    lezen: Record<string, number>;
    schrijven: number;
    openen: number;
    informatieplichtVoorInwoner?: Gezinsbesluiten["informatieplichtVoorInwoner"];
  }>;
}

/** Pack `besluiten` (all about `eigenaar`'s data) into a bundle. */
export function verpak(eigenaar: string, besluiten: Iterable<Gezinsbesluiten>): Besluitenbundel {
  const beslissingen: Beslissing[] = [];
  const index = new Map<string, number>();
  // The policy hands out each outcome as one object (beslis): found by identity first, by its text otherwise.
  const perObject = new Map<Beslissing, number>();
  const nummer = (besluit: Beslissing): number => {
    let i = perObject.get(besluit);
    if (i !== undefined) return i;
    const sleutel = besluit.toegestaan ? `+${besluit.grondslag}|${besluit.bron ?? ""}` : `-${besluit.reden}`;
    i = index.get(sleutel);
    if (i === undefined) {
      i = beslissingen.push(besluit) - 1;
      index.set(sleutel, i);
    }
    perObject.set(besluit, i);
    return i;
  };
  const gezinnen = [...besluiten].map((b) => ({
    id: b.gezinId,
    lezen: Object.fromEntries(Object.entries(b.lezen).map(([categorie, besluit]) => [categorie, nummer(besluit)])),
    schrijven: nummer(b.schrijven),
    openen: nummer(b.openen),
    ...(b.informatieplichtVoorInwoner ? { informatieplichtVoorInwoner: b.informatieplichtVoorInwoner } : {}),
  }));
  return { eigenaar, beslissingen, gezinnen };
}

const CATEGORIEEN = Object.values(Gegevenscategorie);
const GRONDSLAGEN = new Set<string>(Object.values(Grondslag));
const REDENEN = new Set<string>(Object.values(Weigerreden));

/**
 * The decisions in a bundle for `eigenaar`. Throws on anything that is not
 * exactly such a bundle (another owner, a category missing, an unknown reason):
 * the caller then ignores it and asks the decision service.
 */
export function pakUit(bundel: unknown, eigenaar: string): Gezinsbesluiten[] {
  const b = bundel as Partial<Besluitenbundel> | null;
  if (!b || typeof b !== "object" || b.eigenaar !== eigenaar || !Array.isArray(b.beslissingen) || !Array.isArray(b.gezinnen)) {
    throw new Error(`not a decision bundle for ${eigenaar}`);
  }
  const beslissingen = b.beslissingen.map((besluit) => {
    if (besluit?.toegestaan === true && GRONDSLAGEN.has(besluit.grondslag) && (besluit.bron === undefined || typeof besluit.bron === "string")) return besluit;
    if (besluit?.toegestaan === false && REDENEN.has(besluit.reden)) return besluit;
    throw new Error("decision bundle: not a decision");
  });
  const besluit = (i: unknown): Beslissing => {
    const gevonden = typeof i === "number" ? beslissingen[i] : undefined;
    if (!gevonden) throw new Error("decision bundle: no such decision");
    return gevonden;
  };
  return b.gezinnen.map((g) => {
    if (!g || typeof g.id !== "string" || !isUuid(g.id) || !g.lezen || typeof g.lezen !== "object") throw new Error("decision bundle: not a household");
    const lezen = Object.fromEntries(CATEGORIEEN.map((categorie) => [categorie, besluit(g.lezen[categorie])])) as Record<Gegevenscategorie, Beslissing>;
    return {
      gezinId: g.id.toLowerCase(),
      lezen,
      schrijven: besluit(g.schrijven),
      openen: besluit(g.openen),
      ...(Array.isArray(g.informatieplichtVoorInwoner) ? { informatieplichtVoorInwoner: g.informatieplichtVoorInwoner } : {}),
    };
  });
}

/** The hash the gateway signs into a partner's token (`bsl`) for the bundle text it passes: SHA-256, base64url. */
export function bundelHash(tekst: string): string {
  return createHash("sha256").update(tekst).digest("base64url");
}

/**
 * What the gateway passes a partner call: the JSON text of `eigenaar`'s
 * decisions the register holder handed out in this request (`bundels`, as it
 * answered them) for the households the call is about (the ids of its `Gezin`
 * representations, the `gezinId` of others); undefined when none of them was
 * handed out. A bundle is passed on as it came, less the households the call is
 * not about; the partner checks it (`pakUit`), as it checks everything it is sent.
 */
export function bundelVoorOproep(bundels: readonly Besluitenbundel[] | undefined, eigenaar: string, representations: unknown): string | undefined {
  if (!bundels?.length || !Array.isArray(representations)) return undefined;
  const ids = new Set<string>();
  for (const representatie of representations as Array<Record<string, unknown> | null>) {
    const id = representatie?.__typename === "Gezin" ? representatie.id : representatie?.gezinId;
    if (typeof id === "string") ids.add(id.toLowerCase());
  }
  if (bundels.length === 1) {
    const [bundel] = bundels as [Besluitenbundel];
    const gezinnen = bundel.gezinnen.filter((g) => ids.has(g.id));
    return gezinnen.length > 0 ? JSON.stringify({ eigenaar, beslissingen: bundel.beslissingen, gezinnen }) : undefined;
  }
  // Handed out more than once in the request (the plan called the register holder again): the latest decision per household.
  const gekozen = new Map<string, Gezinsbesluiten>();
  for (const bundel of bundels) for (const besluiten of pakUit(bundel, eigenaar)) if (ids.has(besluiten.gezinId)) gekozen.set(besluiten.gezinId, besluiten);
  return gekozen.size > 0 ? JSON.stringify(verpak(eigenaar, gekozen.values())) : undefined;
}

/** A register holder's answer's bundle, when it is one for `eigenaar` at all (its content the partner checks). */
export function isBundelVoor(bundel: unknown, eigenaar: string): bundel is Besluitenbundel {
  const b = bundel as Partial<Besluitenbundel> | null;
  return !!b && typeof b === "object" && b.eigenaar === eigenaar && Array.isArray(b.beslissingen) && Array.isArray(b.gezinnen);
}
