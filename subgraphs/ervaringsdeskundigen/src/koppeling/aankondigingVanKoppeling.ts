import { type Aankondiging, Gegevenscategorie, Intensiteit, Regime, type Tijdlijnfeit, Tijdlijnsoort } from "@gezinsbeeld/shared-schema";
import type { ErvaringsdeskundigeKoppeling } from "./ErvaringsdeskundigeKoppeling";

/** What a link announces is read from these fields only: the mutations and the seed build it from the same record. */
export type KoppelingStand = Pick<ErvaringsdeskundigeKoppeling, "id" | "gezinId" | "ervaringsdeskundigeId" | "vanaf" | "tot">;

/**
 * What a link makes in the register, as it stands now: the pool's green, light
 * involvement naming the linked expert, and the link's start and end on the
 * timeline. That a link exists and when, never what was said (seed 001).
 */
export function aankondigingVanKoppeling(koppeling: KoppelingStand): Aankondiging {
  const feit = (soort: Tijdlijnsoort, datum: string, titel: string): Tijdlijnfeit => ({ soort, datum, categorie: Gegevenscategorie.ERVARINGSDESKUNDIGE_CONTACT, titel });
  const tijdlijn = [feit(Tijdlijnsoort.KOPPELING_GESTART, koppeling.vanaf, "Ervaringsdeskundige gekoppeld als brug tussen gezin en professionals")];
  if (koppeling.tot) tijdlijn.push(feit(Tijdlijnsoort.KOPPELING_BEEINDIGD, koppeling.tot, "Koppeling met de ervaringsdeskundige beëindigd"));
  return {
    gezinId: koppeling.gezinId,
    record: { type: "ErvaringsdeskundigeKoppeling", id: koppeling.id },
    betrokkenheid: {
      regime: Regime.GROEN,
      intensiteit: Intensiteit.LICHT,
      anoniem: false,
      startdatum: koppeling.vanaf,
      einddatum: koppeling.tot,
      medewerkerId: koppeling.ervaringsdeskundigeId,
    },
    tijdlijn,
  };
}
