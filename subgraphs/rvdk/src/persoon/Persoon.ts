import { Gegeven, Gegevenscategorie, GeenPersoonsgegeven } from "@gezinsbeeld/shared-schema";
import { Directive, ID, ObjectType } from "type-graphql";
import { Beschermingsonderzoek } from "../onderzoek/Beschermingsonderzoek";

/**
 * A member of a household, owned by the local team. The RvdK knows only the id
 * and adds the investigations that concern this child; name, BSN and the rest
 * come from lokaal-team through the gateway.
 */
@ObjectType()
@Directive('@key(fields: "id")')
export class Persoon {
  @GeenPersoonsgegeven(() => ID)
  id!: string;

  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => [Beschermingsonderzoek], { description: "Beschermingsonderzoeken van de Raad die dit kind betreffen." })
  beschermingsonderzoeken?: Beschermingsonderzoek[];
}
