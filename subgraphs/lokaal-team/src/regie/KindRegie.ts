import { Gegeven, Gegevenscategorie, Organisatie, OrganisatieScalar } from "@gezinsbeeld/shared-schema";
import { ObjectType } from "type-graphql";
import { Persoon } from "../persoon/Persoon";

/** Who holds regie for one child, where the children of a household differ (seed 003, table 2 §3). */
@ObjectType({ description: "Regie voor één kind: de GI voor een kind met een maatregel, het lokale team voor de hulp aan een kind zonder." })
export class KindRegie {
  /** The household, for the guard; not in the schema. */
  gezinId!: string;

  @Gegeven(Gegevenscategorie.HULPVERLENING, () => Persoon)
  kind!: Persoon;

  @Gegeven(Gegevenscategorie.HULPVERLENING, () => OrganisatieScalar)
  organisatie!: Organisatie;

  @Gegeven(Gegevenscategorie.HULPVERLENING, () => String, { description: "Waarom: de maatregel van dit kind, of dat het geen maatregel heeft." })
  reden!: string;
}

