import { type Aankondiging, Gegevenscategorie, type Tijdlijnfeit, Tijdlijnsoort } from "@gezinsbeeld/shared-schema";
import { type Beschermingsonderzoek, BeschermingsonderzoekConclusie } from "./Beschermingsonderzoek";

/** What an investigation announces is read from these fields only: the mutations and the seed build it from the same record. */
export type BeschermingsonderzoekStand = Pick<Beschermingsonderzoek, "id" | "gezinId" | "startdatum" | "einddatum" | "conclusie" | "betreftPersoonIds">;

/** The conclusion as the timeline tells it; the reasoning stays in the RvdK's record. */
const CONCLUSIE: Record<BeschermingsonderzoekConclusie, string> = {
  [BeschermingsonderzoekConclusie.GEEN_MAATREGEL]: "Geen maatregel of verdere hulp nodig.",
  [BeschermingsonderzoekConclusie.VRIJWILLIGE_HULP]: "Hulp in het vrijwillig kader volstaat; het lokale team houdt de regie.",
  [BeschermingsonderzoekConclusie.ONDERTOEZICHTSTELLING]: "De Raad vraagt de kinderrechter om een ondertoezichtstelling.",
  [BeschermingsonderzoekConclusie.GEZAGSBEEINDIGING]: "De Raad vraagt de kinderrechter het gezag van de ouder(s) te beëindigen.",
  [BeschermingsonderzoekConclusie.UITHUISPLAATSING]: "De Raad vraagt de kinderrechter om een machtiging tot uithuisplaatsing.",
};

/**
 * What a child protection investigation makes in the register: its start and,
 * once concluded, its end with the conclusion on the timeline, about the child
 * when it concerns one. Its involvement is the request's (see
 * `aankondigingVanVerzoek`), announced beside this one when the investigation
 * opens or ends.
 */
export function aankondigingVanBeschermingsonderzoek(onderzoek: BeschermingsonderzoekStand): Aankondiging {
  const persoonId = onderzoek.betreftPersoonIds.length === 1 ? onderzoek.betreftPersoonIds[0] : null;
  const tijdlijn: Tijdlijnfeit[] = [
    { soort: Tijdlijnsoort.ONDERZOEK_GESTART, datum: onderzoek.startdatum, categorie: Gegevenscategorie.JUSTITIEEL, titel: "Beschermingsonderzoek van de Raad gestart", persoonId },
  ];
  if (onderzoek.einddatum && onderzoek.conclusie) {
    tijdlijn.push({
      soort: Tijdlijnsoort.ONDERZOEK_AFGEROND,
      datum: onderzoek.einddatum,
      categorie: Gegevenscategorie.JUSTITIEEL,
      titel: "Beschermingsonderzoek van de Raad afgerond",
      uitkomst: CONCLUSIE[onderzoek.conclusie],
      persoonId,
    });
  }
  return { gezinId: onderzoek.gezinId, record: { type: "Beschermingsonderzoek", id: onderzoek.id }, tijdlijn };
}
