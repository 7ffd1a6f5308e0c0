import { DatumScalar, DossierRecord, Dossierstuk, Gegeven, Gegevenscategorie, Organisatie, OrganisatieScalar } from "@gezinsbeeld/shared-schema";
import { ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity } from "typeorm";
import { Beschermingsonderzoek } from "../onderzoek/Beschermingsonderzoek";

export enum VerzoekTotOnderzoekStatus {
  ONTVANGEN = "ONTVANGEN",
  AANGENOMEN = "AANGENOMEN",
  AFGEWEZEN = "AFGEWEZEN",
}
registerEnumType(VerzoekTotOnderzoekStatus, {
  name: "VerzoekTotOnderzoekStatus",
  description: "Stand van een verzoek tot onderzoek bij de Raad voor de Kinderbescherming.",
  valuesConfig: {
    ONTVANGEN: { description: "Binnengekomen, nog niet beoordeeld." },
    AANGENOMEN: { description: "De Raad start een beschermingsonderzoek." },
    AFGEWEZEN: { description: "De Raad start geen onderzoek; de hulp blijft in het vrijwillig kader." },
  },
});

/**
 * A request to the RvdK to investigate whether a child protection measure is
 * needed (verzoek tot toetsing, seed 001 key figure: "aantal verzoeken tot
 * toetsing aan de RvdK"). `gezinGeinformeerdOp` is kept apart because the RvdK
 * may not be involved without the household's knowledge (seed 001): until it is
 * set, the household must not find the RvdK in its picture, and the access
 * policy reads it from here.
 */
@Entity("verzoek_tot_onderzoek")
@Check("verzoek_tot_onderzoek_beoordeling", `("status" = 'ONTVANGEN') = ("beoordeeldOp" IS NULL)`)
@Check("verzoek_tot_onderzoek_beoordeeld_na_ontvangst", `"beoordeeldOp" IS NULL OR "beoordeeldOp" >= "ontvangenOp"`)
@Dossierstuk(Gegevenscategorie.JUSTITIEEL)
@ObjectType({ description: "Verzoek tot onderzoek (toetsing) aan de Raad voor de Kinderbescherming." })
export class VerzoekTotOnderzoek extends DossierRecord {
  @Column("date")
  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => DatumScalar, { description: "Datum waarop de Raad het verzoek ontving." })
  ontvangenOp!: string;

  @Column("text")
  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => OrganisatieScalar, { description: "Organisatie die om het onderzoek vraagt." })
  verzoeker!: Organisatie;

  @Column("text")
  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => String, { description: "Waarom de verzoeker een onderzoek nodig vindt." })
  reden!: string;

  @Column("date", { nullable: true })
  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => DatumScalar, {
    nullable: true,
    description: "Datum waarop het huishouden is verteld dat de Raad betrokken is; leeg zolang dat niet is gebeurd.",
  })
  gezinGeinformeerdOp!: string | null;

  @Column("text", { default: VerzoekTotOnderzoekStatus.ONTVANGEN })
  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => VerzoekTotOnderzoekStatus)
  status!: VerzoekTotOnderzoekStatus;

  @Column("date", { nullable: true })
  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => DatumScalar, { nullable: true, description: "Datum waarop de Raad het verzoek aannam of afwees." })
  beoordeeldOp!: string | null;

  @Column("text", { nullable: true })
  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => String, { nullable: true, description: "Motivering van het aannemen of afwijzen." })
  beoordelingToelichting!: string | null;

  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => Beschermingsonderzoek, {
    nullable: true,
    description: "Het beschermingsonderzoek dat op dit verzoek is geopend.",
  })
  beschermingsonderzoek?: Beschermingsonderzoek | null;
}
