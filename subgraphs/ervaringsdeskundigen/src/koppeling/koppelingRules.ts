import { bestaandRecord, type ConstraintMessages, vandaag } from "@gezinsbeeld/shared-schema";
import type { EntityManager } from "typeorm";
import { ErvaringsdeskundigeKoppeling, ErvaringsdeskundigeKoppelingStatus } from "./ErvaringsdeskundigeKoppeling";

/** Readable messages for the database's backstops of the rules the resolvers check first. */
export const koppelingConstraints: ConstraintMessages = {
  koppeling_periode: "Koppeling: de einddatum ligt vóór de startdatum; er is niets opgeslagen.",
  koppeling_een_lopende_per_gezin: "Deze ervaringsdeskundige is al gekoppeld aan dit huishouden; er is niets opgeslagen.",
};

/** The link, locked for the rest of the transaction; NOT_FOUND when it does not exist (see bestaandRecord). */
export async function bestaandeKoppeling(manager: EntityManager, koppelingId: string): Promise<ErvaringsdeskundigeKoppeling> {
  return bestaandRecord(manager, ErvaringsdeskundigeKoppeling, koppelingId, "Koppeling");
}

/** Where a link stands on `dag`: derived from its period, so it can never disagree with it. */
export function statusVan(koppeling: { vanaf: string; tot: string | null }, dag: string = vandaag()): ErvaringsdeskundigeKoppelingStatus {
  if (koppeling.vanaf > dag) return ErvaringsdeskundigeKoppelingStatus.GEPLAND;
  if (koppeling.tot && koppeling.tot < dag) return ErvaringsdeskundigeKoppelingStatus.BEEINDIGD;
  return ErvaringsdeskundigeKoppelingStatus.LOPEND;
}

/** True when two periods share at least one day; an open end runs on. */
export function overlappen(a: { vanaf: string; tot: string | null }, b: { vanaf: string; tot: string | null }): boolean {
  return (!a.tot || a.tot >= b.vanaf) && (!b.tot || b.tot >= a.vanaf);
}
