import { Gegeven, Gegevenscategorie, GeenPersoonsgegeven } from "@gezinsbeeld/shared-schema";
import { Directive, ID, ObjectType } from "type-graphql";
import { Jeugdreclassering } from "../jeugdreclassering/Jeugdreclassering";
import { Maatregel } from "../maatregel/Maatregel";

/**
 * A household member, owned by lokaal-team. The GI adds what concerns one child
 * in particular: the measures and youth probation about that child. The
 * household is in the key so every subgraph knows whose data these fields are.
 */
@ObjectType()
@Directive('@key(fields: "id gezinId")')
export class Persoon {
  @GeenPersoonsgegeven(() => ID)
  id!: string;

  @GeenPersoonsgegeven(() => ID, { description: "Het huishouden waarvan dit een lid is." })
  gezinId!: string;

  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => [Maatregel], { description: "Maatregelen voor dit kind, oudste eerst." })
  maatregelen?: Maatregel[];

  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => [Jeugdreclassering], { description: "Jeugdreclassering van deze jongere, oudste eerst." })
  jeugdreclassering?: Jeugdreclassering[];
}
