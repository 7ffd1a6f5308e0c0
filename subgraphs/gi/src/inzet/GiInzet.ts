import { DatumScalar, DossierRecord, Dossierstuk, Gegeven, Gegevenscategorie, Medewerker, Organisatie, OrganisatieScalar } from "@gezinsbeeld/shared-schema";
import { ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity } from "typeorm";

/** The GI's involvement products of "Beter Samenspel" (seed 003, chapter Inkoopproducten). */
export enum GiProduct {
  PRODUCT_1 = "PRODUCT_1",
  PRODUCT_2A = "PRODUCT_2A",
  PRODUCT_2B = "PRODUCT_2B",
}
registerEnumType(GiProduct, {
  name: "GiProduct",
  description: "Inzetproduct van de GI (Beter Samenspel).",
  valuesConfig: {
    PRODUCT_1: { description: "Advisering op (anonieme) basis aan het lokale team; de casusregie verandert niet." },
    PRODUCT_2A: { description: "Samen optrekken in het vrijwillig kader; de regie blijft bij het lokale team." },
    PRODUCT_2B: { description: "Casusregie bij de GI in het vrijwillig kader, samen optrekken met het lokale team." },
  },
});

/** One involvement of the GI with a household, before or beside a measure. */
@Entity("gi_inzet")
@Check("gi_inzet_periode", `"einddatum" IS NULL OR "einddatum" >= "startdatum"`)
// Rule 3: only advice can be anonymous; in 2a and 2b the household has consented and is known.
@Check("gi_inzet_anoniem_alleen_advies", `NOT "anoniem" OR "product" = 'PRODUCT_1'`)
@Dossierstuk(Gegevenscategorie.HULPVERLENING)
@ObjectType({ description: "Inzet van de GI bij een huishouden: product 1, 2a of 2b." })
export class GiInzet extends DossierRecord {
  @Column("text")
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => GiProduct)
  product!: GiProduct;

  @Column("date")
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => DatumScalar)
  startdatum!: string;

  @Column("date", { nullable: true })
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => DatumScalar, { nullable: true })
  einddatum!: string | null;

  @Column("boolean", { default: false })
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => Boolean, { description: "Anoniem advies: de GI kent de identiteit van het huishouden niet." })
  anoniem!: boolean;

  @Column("text")
  medewerkerId!: string;

  @Gegeven(Gegevenscategorie.MEDEWERKER, () => Medewerker, { nullable: true, description: "De jeugdbeschermer die de inzet levert." })
  medewerker?: Medewerker | null;

  @Column("text", { nullable: true })
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => String, { nullable: true })
  toelichting!: string | null;

  @Gegeven(Gegevenscategorie.HULPVERLENING, () => OrganisatieScalar, { description: "Wie de casusregie heeft tijdens deze inzet." })
  regieBij?: Organisatie;

  @Gegeven(Gegevenscategorie.HULPVERLENING, () => Boolean, { description: "Loopt op de dag van de vraag." })
  actief?: boolean;
}
