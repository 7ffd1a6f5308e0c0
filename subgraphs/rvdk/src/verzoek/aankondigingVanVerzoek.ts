import { type Aankondiging, Gegevenscategorie, Intensiteit, Organisatie, Regime, Tijdlijnsoort } from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie } from "@gezinsbeeld/demo";
import type { Beschermingsonderzoek } from "../onderzoek/Beschermingsonderzoek";
import { type VerzoekTotOnderzoek, VerzoekTotOnderzoekStatus } from "./VerzoekTotOnderzoek";

/** What a request announces is read from these fields only: the mutations and the seed build it from the same records. */
export type VerzoekStand = Pick<VerzoekTotOnderzoek, "id" | "gezinId" | "ontvangenOp" | "verzoeker" | "status" | "beoordeeldOp">;

/** The investigation opened on the request, as far as the request's involvement needs it. */
export type OnderzoekOpVerzoek = Pick<Beschermingsonderzoek, "raadsonderzoekerId" | "einddatum">;

const VERZOEKER: Partial<Record<Organisatie, string>> = {
  [DemoOrganisatie.LOKAAL_TEAM]: "het lokale team",
  [DemoOrganisatie.VEILIG_THUIS]: "Veilig Thuis",
  [DemoOrganisatie.GI]: "de Gecertificeerde Instelling",
};

const BESLUIT: Record<VerzoekTotOnderzoekStatus, string | null> = {
  [VerzoekTotOnderzoekStatus.ONTVANGEN]: null,
  [VerzoekTotOnderzoekStatus.AANGENOMEN]: "Aangenomen: de Raad start een beschermingsonderzoek.",
  [VerzoekTotOnderzoekStatus.AFGEWEZEN]: "Afgewezen: de hulp blijft in het vrijwillig kader.",
};

/**
 * What a request to investigate makes in the register, as it stands now. Its
 * receipt, and the decision on it, are a timeline entry. Accepted, it makes the
 * RvdK's involvement with legal powers (orange, medium) from the day it was
 * accepted until the investigation on it ended: the involvement is the
 * request's, whichever record changed it, so it is announced under the
 * request's id every time. The raadsonderzoeker is named once the
 * investigation opens; until then no one is, and only the RvdK's team view
 * (teamleider, gedragswetenschapper) reaches the household. A request
 * received or rejected makes no involvement: the RvdK only assessed it.
 *
 * @param onderzoek the investigation opened on the request, if any
 * @param geinformeerdOp when the household was told; left out by the mutations, because the local team records
 *   that in its register (rule 4 keeps the RvdK out until then), given by the seed, which tells the whole story
 */
export function aankondigingVanVerzoek(verzoek: VerzoekStand, onderzoek: OnderzoekOpVerzoek | null, geinformeerdOp?: string | null): Aankondiging {
  const aangenomen = verzoek.status === VerzoekTotOnderzoekStatus.AANGENOMEN;
  return {
    gezinId: verzoek.gezinId,
    record: { type: "VerzoekTotOnderzoek", id: verzoek.id },
    ...(aangenomen
      ? {
          betrokkenheid: {
            regime: Regime.ORANJE,
            intensiteit: Intensiteit.MIDDEL,
            anoniem: false,
            // An accepted request has its date: the database checks the two together.
            startdatum: verzoek.beoordeeldOp ?? verzoek.ontvangenOp,
            einddatum: onderzoek?.einddatum ?? null,
            medewerkerId: onderzoek?.raadsonderzoekerId ?? null,
            ...(geinformeerdOp !== undefined ? { geinformeerdOp } : {}),
          },
        }
      : {}),
    tijdlijn: [
      {
        soort: Tijdlijnsoort.VERZOEK_TOT_ONDERZOEK,
        datum: verzoek.ontvangenOp,
        categorie: Gegevenscategorie.JUSTITIEEL,
        titel: `Verzoek tot onderzoek van ${VERZOEKER[verzoek.verzoeker] ?? "een partner"} bij de Raad`,
        uitkomst: BESLUIT[verzoek.status],
      },
    ],
  };
}
