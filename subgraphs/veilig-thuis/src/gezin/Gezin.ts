import { Gegeven, Gegevenscategorie, GeenPersoonsgegeven } from "@gezinsbeeld/shared-schema";
import { Directive, ID, ObjectType } from "type-graphql";
import { AdviesConsult } from "../advies/AdviesConsult";
import { Melding } from "../melding/Melding";
import { VeiligThuisOnderzoek } from "../onderzoek/VeiligThuisOnderzoek";
import { Veiligheidstaxatie } from "../veiligheidstaxatie/Veiligheidstaxatie";
import { VertrouwensartsAdvies } from "../vertrouwensarts/VertrouwensartsAdvies";

/**
 * The household, owned by lokaal-team; Veilig Thuis adds its own part of the
 * dossier. No table here: the household lives in the local team's database.
 */
@ObjectType({ description: "Huishouden met zijn gedeelde dossier (gezinsbeeld)." })
@Directive('@key(fields: "id")')
export class Gezin {
  @GeenPersoonsgegeven(() => ID)
  id!: string;

  @Gegeven(Gegevenscategorie.VEILIGHEID, () => [Melding], { description: "Meldingen bij Veilig Thuis, oudste eerst." })
  meldingen?: Melding[];

  @Gegeven(Gegevenscategorie.VEILIGHEID, () => [Veiligheidstaxatie], { description: "Veiligheidstaxaties van Veilig Thuis, oudste eerst." })
  veiligheidstaxaties?: Veiligheidstaxatie[];

  @Gegeven(Gegevenscategorie.VEILIGHEID, () => [VeiligThuisOnderzoek], { description: "Onderzoeken van Veilig Thuis, oudste eerst." })
  onderzoeken?: VeiligThuisOnderzoek[];

  @Gegeven(Gegevenscategorie.MEDISCH, () => [VertrouwensartsAdvies], { description: "Adviezen van de vertrouwensarts, oudste eerst." })
  vertrouwensartsAdviezen?: VertrouwensartsAdvies[];

  @Gegeven(Gegevenscategorie.HULPVERLENING, () => [AdviesConsult], { description: "Adviezen en consulten van Veilig Thuis aan het lokale team, oudste eerst." })
  adviezen?: AdviesConsult[];
}
