import { type Aankondiging, Gegevenscategorie, Intensiteit, Regime, type Tijdlijnfeit, Tijdlijnsoort } from "@gezinsbeeld/shared-schema";
import { type GiInzet, GiProduct } from "./GiInzet";

/** What an inzet announces is read from these fields only: the mutations and the seed build it from the same record. */
export type InzetStand = Pick<GiInzet, "id" | "gezinId" | "product" | "startdatum" | "einddatum" | "anoniem" | "medewerkerId">;

/** Per product: the regime and intensity of the involvement it makes, and how the timeline names it. */
const PRODUCTEN: Record<GiProduct, { regime: Regime; intensiteit: Intensiteit; regie: string | null; gestart: string; beeindigd: string }> = {
  // Advice is a consult (1 hour a month to 1 hour a week); regie stays where it was.
  [GiProduct.PRODUCT_1]: { regime: Regime.ADVIES, intensiteit: Intensiteit.LICHT, regie: null, gestart: "Advies van de GI (product 1)", beeindigd: "Advies van de GI (product 1) afgerond" },
  [GiProduct.PRODUCT_2A]: {
    regime: Regime.GROEN,
    intensiteit: Intensiteit.MIDDEL,
    regie: null,
    gestart: "GI trekt samen op met het lokale team (product 2a)",
    beeindigd: "Samen optrekken met de GI (product 2a) beëindigd",
  },
  // Seed 003: in 2b the GI holds regie in the voluntary framework, so the register moves it for the product's period.
  [GiProduct.PRODUCT_2B]: {
    regime: Regime.GROEN,
    intensiteit: Intensiteit.MIDDEL,
    regie: "GI-product 2b",
    gestart: "Casusregie bij de GI in het vrijwillig kader (product 2b)",
    beeindigd: "Casusregie bij de GI (product 2b) beëindigd",
  },
};

/**
 * What an inzet of the GI makes in the register, as it stands now: its
 * involvement (advice, anonymous as the record is; green for 2a and 2b, 2b
 * with regie) and its start and end on the timeline.
 */
export function aankondigingVanInzet(inzet: InzetStand): Aankondiging {
  const product = PRODUCTEN[inzet.product];
  // Only advice can be anonymous (rule 3); the title says so, as the record does.
  const gestart = inzet.anoniem ? "Anoniem advies van de GI (product 1)" : product.gestart;
  const tijdlijn: Tijdlijnfeit[] = [{ soort: Tijdlijnsoort.INZET_GESTART, datum: inzet.startdatum, categorie: Gegevenscategorie.HULPVERLENING, titel: gestart }];
  if (inzet.einddatum) {
    tijdlijn.push({ soort: Tijdlijnsoort.INZET_BEEINDIGD, datum: inzet.einddatum, categorie: Gegevenscategorie.HULPVERLENING, titel: product.beeindigd });
  }
  return {
    gezinId: inzet.gezinId,
    record: { type: "GiInzet", id: inzet.id },
    betrokkenheid: {
      regime: product.regime,
      intensiteit: product.intensiteit,
      anoniem: inzet.anoniem,
      startdatum: inzet.startdatum,
      einddatum: inzet.einddatum,
      medewerkerId: inzet.medewerkerId,
      regie: product.regie,
    },
    tijdlijn,
  };
}
