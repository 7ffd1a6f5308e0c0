import type { Beslissing } from "../beleid/beslis";
import { Grondslag, Weigerreden } from "../beleid/beleid";
import type { RequestContext } from "../context/RequestContext";
import { toegangMetrics } from "../observability/metrics";
import { isUuid } from "../validation";
import type { Handeling, Toegangsregel } from "./Toegangsregel";

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
 * person, category, action, decision, basis) with the fields touched. Written in
 * one insert before the response leaves (see useToegangslog).
 */
export class Toegangslog {
  private readonly regels = new Map<string, Toegangsregel>();

  constructor(private readonly context: RequestContext) {}

  noteer(gegeven: Toegangsfeit): void {
    const principal = this.context.principal;
    if (!principal) return;
    // Ids come from requests: one that is not a UUID names no household or person, and must not break the log write.
    const feit = { ...gegeven, gezinId: alsUuid(gegeven.gezinId), persoonId: alsUuid(gegeven.persoonId) };
    const besluit = feit.besluit;
    const grondslag = besluit.toegestaan ? besluit.grondslag : null;
    const bron = besluit.toegestaan ? besluit.bron ?? null : null;
    const reden = besluit.toegestaan ? null : besluit.reden;
    const key = [feit.gezinId, feit.persoonId, feit.categorie, feit.handeling, besluit.toegestaan, reden, grondslag, bron].join("|");
    const bestaand = this.regels.get(key);
    if (bestaand) {
      if (!bestaand.veldpaden.includes(feit.veld)) bestaand.veldpaden.push(feit.veld);
      return;
    }
    this.regels.set(key, {
      tijdstip: new Date(),
      requestId: this.context.requestId,
      handeling: feit.handeling,
      gebruiker: principal.userId,
      organisatie: principal.organisatie,
      rol: principal.rol,
      gezinId: feit.gezinId,
      persoonId: feit.persoonId,
      categorie: feit.categorie,
      veldpaden: [feit.veld],
      beslissing: besluit.toegestaan ? "TOEGESTAAN" : besluit.reden === Weigerreden.ONBESLIST ? "ONBESLIST" : "GEWEIGERD",
      reden,
      grondslag,
      bron,
      noodprocedure: grondslag === Grondslag.NOODTOEGANG,
      doel: this.context.doel ?? null,
      operatie: this.context.operatie ?? null,
      subgraph: this.context.subgraph,
    });
  }

  /** The entries, each field list sorted so equal requests give equal entries. */
  alleRegels(): Toegangsregel[] {
    return [...this.regels.values()].map((regel) => ({ ...regel, veldpaden: [...regel.veldpaden].sort() }));
  }
}

function alsUuid(id: string | null): string | null {
  return id !== null && isUuid(id) ? id.toLowerCase() : null;
}

/**
 * Note a fact in the request's log, creating the log on first use. Every
 * decision passes here, so here it is also counted
 * (`gezinsbeeld_toegang_besluiten_total`, by outcome, basis and reason).
 */
export function noteerToegang(context: RequestContext, feit: Toegangsfeit): void {
  const besluit = feit.besluit;
  toegangMetrics(context.subgraph).besluiten.inc({
    beslissing: besluit.toegestaan ? "TOEGESTAAN" : besluit.reden === Weigerreden.ONBESLIST ? "ONBESLIST" : "GEWEIGERD",
    grondslag: besluit.toegestaan ? besluit.grondslag : "",
    reden: besluit.toegestaan ? "" : besluit.reden,
  });
  context.toegangslog ??= new Toegangslog(context);
  context.toegangslog.noteer(feit);
}
