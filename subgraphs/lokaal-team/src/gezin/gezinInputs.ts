import { DatumScalar } from "@gezinsbeeld/shared-schema";
import { Field, ID, InputType } from "type-graphql";
import { PersoonInvoer } from "../persoon/persoonInputs";

@InputType({ description: "Een nieuw huishouden met zijn leden." })
export class GezinInvoer {
  @Field({ description: "Bijvoorbeeld 'Gezin Jansen'." })
  naam!: string;

  @Field(() => DatumScalar)
  aangemeldOp!: string;

  @Field()
  postcode!: string;

  @Field()
  huisnummer!: string;

  @Field()
  woonplaats!: string;

  @Field({ description: "Waarom het huishouden in beeld kwam." })
  aanleiding!: string;

  @Field(() => ID, { description: "Gebruikers-id van de vaste contactpersoon (medewerker van het lokale team)." })
  vasteContactpersoonId!: string;

  @Field(() => [PersoonInvoer], { description: "Leden van het huishouden; ten minste één." })
  leden!: PersoonInvoer[];
}

@InputType({ description: "Wijziging van de kern van het dossier; lege velden blijven ongewijzigd." })
export class DossierInvoer {
  @Field({ nullable: true })
  aanleiding?: string;

  @Field({ nullable: true })
  patroon?: string;

  @Field({ nullable: true })
  haalbareEindsituatie?: string;

  @Field(() => ID, { nullable: true })
  vasteContactpersoonId?: string;
}
