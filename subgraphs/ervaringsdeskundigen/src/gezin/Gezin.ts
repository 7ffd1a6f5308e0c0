import { Gegeven, Gegevenscategorie, GeenPersoonsgegeven } from "@gezinsbeeld/shared-schema";
import { Directive, ID, Int, ObjectType } from "type-graphql";
import { ErvaringsdeskundigeKoppeling } from "../koppeling/ErvaringsdeskundigeKoppeling";

/**
 * The household, owned by lokaal-team; this subgraph adds which experts by
 * experience are linked to it and how many contacts they had. No table: the
 * household itself lives in the local team's database.
 */
@ObjectType()
@Directive('@key(fields: "id")')
export class Gezin {
  @GeenPersoonsgegeven(() => ID)
  id!: string;

  @Gegeven(Gegevenscategorie.ERVARINGSDESKUNDIGE_CONTACT, () => [ErvaringsdeskundigeKoppeling], {
    description: "Gekoppelde ervaringsdeskundigen, vroegste koppeling eerst.",
  })
  ervaringsdeskundigen?: ErvaringsdeskundigeKoppeling[];

  @Gegeven(Gegevenscategorie.ERVARINGSDESKUNDIGE_CONTACT, () => Int, {
    description: "Aantal contacten met ervaringsdeskundigen in registraties die de periode [van, tot] raken; zonder grenzen: alles.",
  })
  aantalContactenErvaringsdeskundigen?: number;
}
