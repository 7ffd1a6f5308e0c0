import type { Beslissing } from "../beleid/beslis";
import { Grondslag, Weigerreden } from "../beleid/beleid";
import type { RequestContext } from "../context/RequestContext";
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

  noteer(feit: Toegangsfeit): void {
    const principal = this.context.principal;
    if (!principal) return;
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

/** Note a fact in the request's log, creating the log on first use. */
export function noteerToegang(context: RequestContext, feit: Toegangsfeit): void {
  context.toegangslog ??= new Toegangslog(context);
  context.toegangslog.noteer(feit);
}
