import { createHash } from "node:crypto";
import { ORGANISATIE } from "./config";
import type { Oproep } from "./identiteit";

/** One decision of the decision service: allowed on a basis, or refused for a reason. */
export type Beslissing = { toegestaan: true; grondslag: string; bron?: string } | { toegestaan: false; reden: string };

/** Every decision about one household for this principal and GGZ's data (`POST /toegang/v1/besluiten`). */
export interface Gezinsbesluiten {
  gezinId: string;
  lezen: Record<string, Beslissing>;
  schrijven: Beslissing;
  openen: Beslissing;
}

export const CATEGORIEEN = [
  "GEEN", "MEDEWERKER", "IDENTIFICATIE", "CONTACT", "GEZINSSAMENSTELLING", "ZORGEN", "VEILIGHEID", "MEDISCH",
  "JUSTITIEEL", "HULPVERLENING", "TOESTEMMING", "ERVARINGSDESKUNDIGE_CONTACT", "TOEZICHT", "MELDER",
] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (tekst: unknown): tekst is string => typeof tekst === "string" && UUID.test(tekst);

/** No decision could be had (unreachable, timed out, an answer we cannot read): the caller answers TOEGANG_ONBEKEND. */
export class GeenBesluit extends Error {}

function leesBeslissing(x: unknown): Beslissing {
  const b = x as Record<string, unknown> | null;
  if (b && b.toegestaan === true && typeof b.grondslag === "string" && (b.bron === undefined || typeof b.bron === "string")) {
    return { toegestaan: true, grondslag: b.grondslag, ...(typeof b.bron === "string" ? { bron: b.bron } : {}) };
  }
  if (b && b.toegestaan === false && typeof b.reden === "string" && b.reden !== "") return { toegestaan: false, reden: b.reden };
  throw new Error("not a decision");
}

function leesGezinsbesluiten(x: unknown, beslissing: (v: unknown) => Beslissing): Gezinsbesluiten {
  const g = x as Record<string, unknown> | null;
  if (!g || !isUuid(g.gezinId ?? g.id) || typeof g.lezen !== "object" || g.lezen === null) throw new Error("not a household's decisions");
  const lezen = g.lezen as Record<string, unknown>;
  return {
    gezinId: String(g.gezinId ?? g.id).toLowerCase(),
    // Every category must be decided: a category missing is not "allowed".
    lezen: Object.fromEntries(CATEGORIEEN.map((c) => [c, beslissing(lezen[c])])),
    schrijven: beslissing(g.schrijven),
    openen: beslissing(g.openen),
  };
}

/**
 * The decisions the gateway passed with this call (request extension
 * `gezinsbeeldBesluiten`, a JSON text), used only when the token vouches for
 * exactly this text (`bsl`, its SHA-256) and they are about GGZ's data. Anything
 * else is ignored: the decision service is asked instead.
 */
export function meegegevenBesluiten(tekst: unknown, oproep: Oproep): Gezinsbesluiten[] {
  if (typeof tekst !== "string" || !oproep.besluitenHash) return [];
  if (createHash("sha256").update(tekst).digest("base64url") !== oproep.besluitenHash) return [];
  try {
    const bundel = JSON.parse(tekst) as { eigenaar?: unknown; beslissingen?: unknown; gezinnen?: unknown };
    if (bundel.eigenaar !== ORGANISATIE || !Array.isArray(bundel.beslissingen) || !Array.isArray(bundel.gezinnen)) return [];
    const beslissingen = bundel.beslissingen.map(leesBeslissing);
    const index = (i: unknown): Beslissing => {
      const b = typeof i === "number" ? beslissingen[i] : undefined;
      if (!b) throw new Error("no such decision");
      return b;
    };
    return bundel.gezinnen.map((g) => leesGezinsbesluiten(g, index));
  } catch {
    return [];
  }
}

export interface BeslisserOpties {
  /** The decision service's origin, e.g. http://127.0.0.1:4001. */
  origin: string;
  timeoutMs: number;
}

/**
 * A request's decisions: asked once, batched, for every household the request
 * touches (the ids asked for in one turn of the event loop go in one call), kept
 * for this request only. Any failure rejects with {@link GeenBesluit}: never
 * "not involved" in its place.
 */
export class Besluiten {
  private readonly bekend = new Map<string, Promise<Gezinsbesluiten>>();
  private wachtrij = new Map<string, { resolve: (b: Gezinsbesluiten) => void; reject: (e: unknown) => void }>();
  private gepland = false;
  /** How many calls this request made to the decision service (for tests and metrics). */
  aanroepen = 0;

  constructor(
    private readonly oproep: Oproep,
    private readonly opties: BeslisserOpties,
    private readonly kop: { doel?: string | null; operatie?: string | null },
    meegegeven: readonly Gezinsbesluiten[] = [],
  ) {
    for (const b of meegegeven) this.bekend.set(b.gezinId, Promise.resolve(b));
  }

  /** Start asking for these households now (the representations of an `_entities` call), in one call. */
  vooraf(gezinIds: Iterable<string>): void {
    for (const id of gezinIds) if (isUuid(id)) void this.voor(id).catch(() => undefined);
  }

  /** The decisions about one household. */
  voor(gezinId: string): Promise<Gezinsbesluiten> {
    const id = gezinId.toLowerCase();
    let besluiten = this.bekend.get(id);
    if (!besluiten) {
      besluiten = new Promise<Gezinsbesluiten>((resolve, reject) => this.wachtrij.set(id, { resolve, reject }));
      this.bekend.set(id, besluiten);
      if (!this.gepland) {
        this.gepland = true;
        setImmediate(() => void this.vraag());
      }
    }
    return besluiten;
  }

  /** Forget what was decided about a household (after this request changed it: a trajectory started). */
  vergeet(gezinId: string): void {
    this.bekend.delete(gezinId.toLowerCase());
  }

  private async vraag(): Promise<void> {
    this.gepland = false;
    const wachtrij = this.wachtrij;
    this.wachtrij = new Map();
    const ids = [...wachtrij.keys()];
    try {
      this.aanroepen += 1;
      const antwoord = await fetch(`${this.opties.origin}/toegang/v1/besluiten`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${this.oproep.token}`,
          ...(this.kop.doel ? { "x-doel": encodeURIComponent(this.kop.doel) } : {}),
          ...(this.kop.operatie ? { "x-operatie": encodeURIComponent(this.kop.operatie) } : {}),
        },
        body: JSON.stringify({ gezinIds: ids }),
        signal: AbortSignal.timeout(this.opties.timeoutMs),
      });
      const body = (await antwoord.json().catch(() => null)) as { besluiten?: unknown } | null;
      if (!antwoord.ok || !body || !Array.isArray(body.besluiten) || body.besluiten.length !== ids.length) throw new GeenBesluit(`decision service answered HTTP ${antwoord.status}`);
      const besluiten = body.besluiten.map((b) => leesGezinsbesluiten(b, leesBeslissing));
      besluiten.forEach((b, i) => {
        if (b.gezinId !== ids[i]) throw new GeenBesluit("decision service answered for another household");
      });
      besluiten.forEach((b, i) => wachtrij.get(ids[i]!)!.resolve(b));
    } catch (error) {
      const fout = error instanceof GeenBesluit ? error : new GeenBesluit(error instanceof Error ? error.message : String(error));
      // Kept as failed for the rest of this request: every field of these households is then TOEGANG_ONBEKEND alike.
      for (const id of ids) wachtrij.get(id)!.reject(fout);
    }
  }
}
