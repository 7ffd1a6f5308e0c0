import { type Aankondiging, Gegevenscategorie, Intensiteit, Regime, type Tijdlijnfeit, Tijdlijnsoort } from "@gezinsbeeld/shared-schema";
import { type Maatregel, Maatregelsoort, type MaatregelVerlenging } from "./Maatregel";

/** What a measure announces is read from these fields only: the mutations and the seed build it from the same record. */
export type MaatregelStand = Pick<Maatregel, "id" | "gezinId" | "persoonId" | "soort" | "startdatum" | "einddatum" | "beeindigingsreden">;
export type VerlengingStand = Pick<MaatregelVerlenging, "datum" | "vorigeEinddatum" | "nieuweEinddatum">;

/**
 * Per kind: how the timeline names it, and the cause in the regie history for
 * the measures that move regie to the GI. A placement order lives within an
 * OTS, which already holds regie: it holds none of its own.
 */
const SOORTEN: Record<Maatregelsoort, { naam: string; regie: string | null }> = {
  [Maatregelsoort.ONDERTOEZICHTSTELLING]: { naam: "Ondertoezichtstelling", regie: "Ondertoezichtstelling" },
  [Maatregelsoort.VOOGDIJ]: { naam: "Voogdij", regie: "Voogdij" },
  [Maatregelsoort.MACHTIGING_UITHUISPLAATSING]: { naam: "Machtiging uithuisplaatsing", regie: null },
};

/**
 * What a measure makes in the register, as it stands now: the GI's red
 * involvement with the child, from the start to the (planned or actual) end,
 * naming `medewerkerId` (the household's jeugdbeschermer); and on the timeline
 * its start, each extension (dated on the court's decision) and an early end.
 *
 * @param verlengingen the measure's extensions, oldest first
 */
export function aankondigingVanMaatregel(maatregel: MaatregelStand, verlengingen: readonly VerlengingStand[], medewerkerId: string | null): Aankondiging {
  const { naam, regie } = SOORTEN[maatregel.soort];
  const feit = (soort: Tijdlijnsoort, datum: string, titel: string, uitkomst: string | null): Tijdlijnfeit => ({
    soort,
    datum,
    categorie: Gegevenscategorie.JUSTITIEEL,
    titel,
    uitkomst,
    persoonId: maatregel.persoonId,
  });
  // The end the court set at the start: before the first extension moved it; unknown once an early end replaced it.
  const eersteEinde = verlengingen[0]?.vorigeEinddatum ?? (maatregel.beeindigingsreden ? null : maatregel.einddatum);
  const tot = (einde: string | null): string | null =>
    einde ? `${naam} tot ${einde}` : maatregel.soort === Maatregelsoort.VOOGDIJ ? "Voogdij tot de meerderjarigheid" : null;
  const tijdlijn = [
    feit(Tijdlijnsoort.MAATREGEL_GESTART, maatregel.startdatum, `${naam} uitgesproken door de kinderrechter`, tot(eersteEinde)),
    ...verlengingen.map((v) => feit(Tijdlijnsoort.MAATREGEL_VERLENGD, v.datum, `${naam} verlengd`, tot(v.nieuweEinddatum))),
  ];
  if (maatregel.beeindigingsreden && maatregel.einddatum) {
    tijdlijn.push(feit(Tijdlijnsoort.MAATREGEL_BEEINDIGD, maatregel.einddatum, `${naam} voortijdig beëindigd`, maatregel.beeindigingsreden));
  }
  return {
    gezinId: maatregel.gezinId,
    record: { type: "Maatregel", id: maatregel.id },
    betrokkenheid: {
      regime: Regime.ROOD,
      intensiteit: Intensiteit.ZWAAR,
      anoniem: false,
      startdatum: maatregel.startdatum,
      einddatum: maatregel.einddatum,
      medewerkerId,
      persoonId: maatregel.persoonId,
      regie,
    },
    tijdlijn,
  };
}
