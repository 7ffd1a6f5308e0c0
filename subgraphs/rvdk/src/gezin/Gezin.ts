import { Gegeven, Gegevenscategorie, GeenPersoonsgegeven } from "@gezinsbeeld/shared-schema";
import { Directive, ID, ObjectType } from "type-graphql";
import { Beschermingsonderzoek } from "../onderzoek/Beschermingsonderzoek";
import { VerzoekTotOnderzoek } from "../verzoek/VerzoekTotOnderzoek";
import { Verzoekschrift } from "../verzoekschrift/Verzoekschrift";

/** The household, owned by lokaal-team; the RvdK adds its raadsdossier. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Gezin {
  @GeenPersoonsgegeven(() => ID)
  id!: string;

  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => [VerzoekTotOnderzoek], { description: "Verzoeken tot onderzoek aan de Raad, oudste eerst." })
  verzoekenTotOnderzoek?: VerzoekTotOnderzoek[];

  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => [Beschermingsonderzoek], { description: "Beschermingsonderzoeken van de Raad, oudste eerst." })
  beschermingsonderzoeken?: Beschermingsonderzoek[];

  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => [Verzoekschrift], { description: "Verzoekschriften van de Raad aan de kinderrechter, oudste eerst." })
  verzoekschriften?: Verzoekschrift[];
}
