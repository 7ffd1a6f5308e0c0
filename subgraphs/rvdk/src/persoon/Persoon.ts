import { Gegeven, Gegevenscategorie, GeenPersoonsgegeven } from "@gezinsbeeld/shared-schema";
import { Directive, ID, ObjectType } from "type-graphql";
import { Beschermingsonderzoek } from "../onderzoek/Beschermingsonderzoek";

/**
 * A member of a household, owned by the local team. The RvdK knows only the id
 * and the household, and adds the investigations that concern this child; name,
 * BSN and the rest come from lokaal-team through the gateway. The household is
 * in the key so every subgraph knows whose data this member's fields are.
 */
@ObjectType()
@Directive('@key(fields: "id gezinId")')
export class Persoon {
  @GeenPersoonsgegeven(() => ID)
  id!: string;

  @GeenPersoonsgegeven(() => ID, { description: "Het huishouden waarvan dit een lid is." })
  gezinId!: string;

  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => [Beschermingsonderzoek], { description: "Beschermingsonderzoeken van de Raad die dit kind betreffen." })
  beschermingsonderzoeken?: Beschermingsonderzoek[];
}
