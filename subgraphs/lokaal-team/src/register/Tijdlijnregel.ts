import { Gegevenscategorie, Organisatie, Tijdlijnsoort } from "@gezinsbeeld/shared-schema";
import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from "typeorm";

/**
 * One entry of the household's merged timeline, as its owner announced it
 * (`Tijdlijnfeit`): the register keeps the index (when, which organisation,
 * what kind, of which category) and the owner's title and outcome, and
 * releases each only as the owner's policy allows for that category.
 */
@Entity("tijdlijnregel")
@Unique("tijdlijnregel_feit", ["organisatie", "recordId", "soort", "datum"])
@Index("tijdlijnregel_gezin", ["gezinId", "datum", "id"])
export class Tijdlijnregel {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column("uuid")
  gezinId!: string;

  @Column("text")
  organisatie!: Organisatie;

  @Column("text")
  soort!: Tijdlijnsoort;

  @Column("date")
  datum!: string;

  @Column("text")
  categorie!: Gegevenscategorie;

  @Column("text")
  titel!: string;

  @Column("text", { nullable: true })
  uitkomst!: string | null;

  /** The owner's record it comes from: its GraphQL type and id. */
  @Column("text")
  recordType!: string;

  @Column("uuid")
  recordId!: string;

  @Column("uuid", { nullable: true })
  persoonId!: string | null;
}
