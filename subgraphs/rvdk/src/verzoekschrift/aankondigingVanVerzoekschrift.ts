import { type Aankondiging, Gegevenscategorie, type Tijdlijnfeit, Tijdlijnsoort } from "@gezinsbeeld/shared-schema";
import { GevraagdeMaatregel, UitspraakKinderrechter, type Verzoekschrift } from "./Verzoekschrift";

/** What a request to the court announces is read from these fields only: the mutations and the seed build it from the same record. */
export type VerzoekschriftStand = Pick<Verzoekschrift, "id" | "gezinId" | "ingediendOp" | "gevraagdeMaatregel" | "uitspraak" | "uitspraakOp">;

const MAATREGEL: Record<GevraagdeMaatregel, string> = {
  [GevraagdeMaatregel.OTS]: "een ondertoezichtstelling",
  [GevraagdeMaatregel.GEZAGSBEEINDIGING]: "beëindiging van het gezag",
  [GevraagdeMaatregel.MACHTIGING_UITHUISPLAATSING]: "een machtiging tot uithuisplaatsing",
};

/**
 * What a request to the juvenile court makes in the register: its filing and,
 * once the court decided, the ruling in brief, on the timeline. No
 * involvement: the measure the court grants is the GI's to announce.
 */
export function aankondigingVanVerzoekschrift(verzoekschrift: VerzoekschriftStand): Aankondiging {
  const maatregel = MAATREGEL[verzoekschrift.gevraagdeMaatregel];
  const tijdlijn: Tijdlijnfeit[] = [
    {
      soort: Tijdlijnsoort.VERZOEKSCHRIFT_INGEDIEND,
      datum: verzoekschrift.ingediendOp,
      categorie: Gegevenscategorie.JUSTITIEEL,
      titel: "Verzoekschrift bij de kinderrechter ingediend",
      uitkomst: `De Raad vraagt ${maatregel}.`,
    },
  ];
  if (verzoekschrift.uitspraak && verzoekschrift.uitspraakOp) {
    const toegewezen = verzoekschrift.uitspraak === UitspraakKinderrechter.TOEGEWEZEN;
    tijdlijn.push({
      soort: Tijdlijnsoort.UITSPRAAK,
      datum: verzoekschrift.uitspraakOp,
      categorie: Gegevenscategorie.JUSTITIEEL,
      titel: "Uitspraak van de kinderrechter",
      uitkomst: `Verzoek om ${maatregel} ${toegewezen ? "toegewezen" : "afgewezen"}.`,
    });
  }
  return { gezinId: verzoekschrift.gezinId, record: { type: "Verzoekschrift", id: verzoekschrift.id }, tijdlijn };
}
