import { BsnScalar, DatumScalar } from "@gezinsbeeld/shared-schema";
import { Field, InputType } from "type-graphql";
import { Gezinsrol } from "./Persoon";

@InputType({ description: "Een lid van het huishouden." })
export class PersoonInvoer {
  @Field(() => BsnScalar)
  bsn!: string;

  @Field()
  voornamen!: string;

  @Field()
  achternaam!: string;

  @Field(() => DatumScalar)
  geboortedatum!: string;

  @Field(() => Gezinsrol)
  gezinsrol!: Gezinsrol;

  @Field({ nullable: true })
  telefoon?: string;
}
