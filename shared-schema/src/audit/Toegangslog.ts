import type { Beslissing } from "../beleid/beslis";
import { Grondslag, Weigerreden } from "../beleid/beleid";
import type { RequestContext } from "../context/RequestContext";
import { toegangMetrics } from "../observability/metrics";
import { toegangslogAan } from "../server/benchSchakelaars";
import { isUuid } from "../validation";
import { APART_GELOGD, type Handeling, type Toegangsregel } from "./Toegangsregel";

/** What the guard notes for one decision on one field (or mutation) of one household. */
export interface Toegangsfeit {
  gezinId: string | null;
  persoonId: string | null;
  categorie: string;
  /** `Type.veld`, e.g. `Gezin.meldingen`. */
  veld: string;
  handeling: Handeling;
  besluit: Beslissing;
}

/**
 * The access facts of one request, aggregated to one entry per (household or
 * person, action, decision, basis) with the categories and fields touched (a
 * category {@link APART_GELOGD} in an entry of its own). Written in one insert
 * before the response leaves (see useToegangslog).
 */
export class Toegangslog {
  private readonly regels = new Map<string, Toegangsregel>();
  /**
   * Each entry by the fact as noted, before its ids are checked: most fields of
   * a page repeat a fact already noted. Keyed by the decision object, the
   * action, the category, the household and the person in turn (nested maps: no
   * key string made per field).
   */
  private readonly opFeit = new Map<Beslissing, Map<string, Map<string, Map<string | null, Map<string | null, Toegangsregel>>>>>();
  /** The fields of each entry, to add each once. */
  private readonly velden = new Map<Toegangsregel, Set<string>>();
  /**
   * Per category, the fact noted last in it and its entry: the fields of one
   * object (and of the items of one list) follow each other with the same
   * household and person, in a few categories that alternate (a household's
   * name, then its registration date, then its address), so most notes need one
   * lookup by category and no nested one.
   */
  private readonly laatstePerCategorie = new Map<string, Vak>();

  constructor(private readonly context: RequestContext) {}

  noteer(gegeven: Toegangsfeit): void {
    this.noteerVeld(gegeven.besluit, gegeven.handeling, gegeven.categorie, gegeven.gezinId, gegeven.persoonId, gegeven.veld);
  }

  /** {@link noteer} with the fact's parts as arguments: the field guard notes every field this way, making no object per field. */
  noteerVeld(besluit: Beslissing, handeling: Handeling, categorie: string, gezinId: string | null, persoonId: string | null, veld: string): void {
    const principal = this.context.principal;
    if (!principal) return;
    let vak = this.laatstePerCategorie.get(categorie);
    if (!vak || vak.besluit !== besluit || vak.gezinId !== gezinId || vak.persoonId !== persoonId || vak.handeling !== handeling) {
      const perGezin = tak(tak(tak(this.opFeit, besluit), handeling), categorie);
      let perPersoon = perGezin.get(gezinId);
      if (!perPersoon) perGezin.set(gezinId, (perPersoon = new Map()));
      let regel = perPersoon.get(persoonId);
      if (!regel) {
        regel = this.entry({ besluit, handeling, categorie, gezinId, persoonId, veld }, principal);
        perPersoon.set(persoonId, regel);
      }
      let velden = this.velden.get(regel);
      if (!velden) this.velden.set(regel, (velden = new Set()));
      vak = { besluit, handeling, gezinId, persoonId, velden, regel };
      this.laatstePerCategorie.set(categorie, vak);
    }
    if (!vak.velden.has(veld)) {
      vak.velden.add(veld);
      vak.regel.veldpaden.push(veld);
    }
  }

  /** The entry a fact belongs to, made on first use: one per (household or person, action, decision, basis), a category kept apart in its own. */
  private entry(gegeven: Toegangsfeit, principal: NonNullable<RequestContext["principal"]>): Toegangsregel {
    // Ids come from requests: one that is not a UUID names no household or person, and must not break the log write.
    const feit = { ...gegeven, gezinId: alsUuid(gegeven.gezinId), persoonId: alsUuid(gegeven.persoonId) };
    const besluit = feit.besluit;
    const grondslag = besluit.toegestaan ? besluit.grondslag : null;
    const bron = besluit.toegestaan ? besluit.bron ?? null : null;
    const reden = besluit.toegestaan ? null : besluit.reden;
    const apart = APART_GELOGD.has(feit.categorie) ? feit.categorie : "";
    const key = [feit.gezinId, feit.persoonId, apart, feit.handeling, besluit.toegestaan, reden, grondslag, bron].join("|");
    let regel = this.regels.get(key);
    if (!regel) {
      regel = {
        tijdstip: new Date(),
        requestId: this.context.requestId,
        handeling: feit.handeling,
        gebruiker: principal.userId,
        organisatie: principal.organisatie,
        rol: principal.rol,
        gezinId: feit.gezinId,
        persoonId: feit.persoonId,
        categorieen: [],
        veldpaden: [],
        beslissing: besluit.toegestaan ? "TOEGESTAAN" : besluit.reden === Weigerreden.ONBESLIST ? "ONBESLIST" : "GEWEIGERD",
        reden,
        grondslag,
        bron,
        noodprocedure: grondslag === Grondslag.NOODTOEGANG,
        doel: this.context.doel ?? null,
        operatie: this.context.operatie ?? null,
        subgraph: this.context.subgraph,
      };
      this.regels.set(key, regel);
    }
    if (!regel.categorieen.includes(feit.categorie)) regel.categorieen.push(feit.categorie);
    // Two spellings of one id (upper and lower case) share the entry.
    return regel;
  }

  /** The entries, each list of categories and of fields sorted so equal requests give equal entries. */
  alleRegels(): Toegangsregel[] {
    return [...this.regels.values()].map((regel) => ({ ...regel, categorieen: [...regel.categorieen].sort(), veldpaden: [...regel.veldpaden].sort() }));
  }
}

/** A fact noted last in its category, and the entry and fields it went to. */
interface Vak {
  besluit: Beslissing;
  handeling: Handeling;
  gezinId: string | null;
  persoonId: string | null;
  velden: Set<string>;
  regel: Toegangsregel;
}

/** The map under `sleutel` in `map`, made on first use. */
function tak<K, K2, V>(map: Map<K, Map<K2, V>>, sleutel: K): Map<K2, V> {
  let onder = map.get(sleutel);
  if (!onder) map.set(sleutel, (onder = new Map()));
  return onder;
}

function alsUuid(id: string | null): string | null {
  return id !== null && isUuid(id) ? id.toLowerCase() : null;
}

/** Decisions noted since the last count, per subgraph and decision object: counted in one go, not one by one. */
const teTellen = new Map<string, Map<Beslissing, { aantal: number }>>();
let telling: NodeJS.Immediate | undefined;

/** Add what was noted to `gezinsbeeld_toegang_besluiten_total`: once per turn of the event loop, one increment per decision. */
function tel(): void {
  telling = undefined;
  for (const [subgraph, perBesluit] of teTellen) {
    const { besluiten } = toegangMetrics(subgraph);
    for (const [besluit, { aantal }] of perBesluit) {
      besluiten.inc(
        {
          beslissing: besluit.toegestaan ? "TOEGESTAAN" : besluit.reden === Weigerreden.ONBESLIST ? "ONBESLIST" : "GEWEIGERD",
          grondslag: besluit.toegestaan ? besluit.grondslag : "",
          reden: besluit.toegestaan ? "" : besluit.reden,
        },
        aantal,
      );
    }
  }
  teTellen.clear();
}

/** Whether the access log is on (the benchmark's switch, read once per process, as the plugin reads it). */
let teNoteren: boolean | undefined;

/**
 * Note a fact in the request's log, creating the log on first use. Every
 * decision passes here, so here it is also counted
 * (`gezinsbeeld_toegang_besluiten_total`, by outcome, basis and reason; added
 * up and counted at the end of the event loop's turn, so a page of a thousand
 * fields costs a few increments, not a thousand). With the access log switched
 * off (`GEZINSBEELD_TOEGANGSLOG=uit`, the benchmark only) it is counted, not noted.
 */
export function noteerToegang(context: RequestContext, feit: Toegangsfeit): void {
  noteerVeldtoegang(context, feit.besluit, feit.handeling, feit.categorie, feit.gezinId, feit.persoonId, feit.veld);
}

/** {@link noteerToegang} with the fact's parts as arguments, as the field guard calls it for every field. */
export function noteerVeldtoegang(
  context: RequestContext,
  besluit: Beslissing,
  handeling: Handeling,
  categorie: string,
  gezinId: string | null,
  persoonId: string | null,
  veld: string,
): void {
  const perBesluit = tak(teTellen, context.subgraph);
  const geteld = perBesluit.get(besluit);
  if (geteld) geteld.aantal++;
  else perBesluit.set(besluit, { aantal: 1 });
  telling ??= setImmediate(tel);
  if (!(teNoteren ??= toegangslogAan())) return;
  context.toegangslog ??= new Toegangslog(context);
  context.toegangslog.noteerVeld(besluit, handeling, categorie, gezinId, persoonId, veld);
}
