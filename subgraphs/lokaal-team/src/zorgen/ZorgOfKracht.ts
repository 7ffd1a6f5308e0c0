import { DatumScalar, DossierRecord, Dossierstuk, Gegeven, Gegevenscategorie } from "@gezinsbeeld/shared-schema";
import { ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity } from "typeorm";

export enum ZorgOfKrachtSoort {
  ZORG = "ZORG",
  KRACHT = "KRACHT",
}
registerEnumType(ZorgOfKrachtSoort, { name: "ZorgOfKrachtSoort" });

/** A concern or a strength, as the household and professionals name it together. */
@Entity("zorg_of_kracht")
@Dossierstuk(Gegevenscategorie.ZORGEN)
@ObjectType({ description: "Zorg of kracht in het huishouden." })
export class ZorgOfKracht extends DossierRecord {
  @Column("text")
  @Gegeven(Gegevenscategorie.ZORGEN, () => ZorgOfKrachtSoort)
  soort!: ZorgOfKrachtSoort;

  @Column("text")
  @Gegeven(Gegevenscategorie.ZORGEN, () => String)
  omschrijving!: string;

  @Column("date")
  @Gegeven(Gegevenscategorie.ZORGEN, () => DatumScalar)
  vastgesteldOp!: string;

  @Column("date", { nullable: true })
  @Gegeven(Gegevenscategorie.ZORGEN, () => DatumScalar, { nullable: true, description: "Datum waarop de zorg is weggenomen." })
  opgelostOp!: string | null;
}
