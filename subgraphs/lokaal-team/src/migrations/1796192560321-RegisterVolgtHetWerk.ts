import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The register follows the work: involvements derived from each partner's own
 * records (one per announcing record), match notices and who read them, the
 * merged timeline's index, and the cause of each regie move.
 */
export class RegisterVolgtHetWerk1796192560321 implements MigrationInterface {
  name = "RegisterVolgtHetWerk1796192560321";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"signaal\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"aanOrganisatie\" text NOT NULL, \"organisatie\" text NOT NULL, \"soort\" text NOT NULL, \"datum\" date NOT NULL, \"regime\" text, \"contactpersoonId\" text, \"aangemaakt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_b4eb3347ba76a4fd807891528e7\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_eb975b2cd10c641c3baec05f0e\" ON \"signaal\"  (\"gezinId\") ");
    await queryRunner.query("CREATE INDEX \"signaal_aan\" ON \"signaal\"  (\"aanOrganisatie\", \"aangemaakt\") ");
    await queryRunner.query("CREATE TABLE \"signaal_gelezen\" (\"signaalId\" uuid NOT NULL, \"gebruiker\" text NOT NULL, \"op\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_50a390b9291bc59a12bc30e76ab\" PRIMARY KEY (\"signaalId\", \"gebruiker\"))");
    await queryRunner.query("CREATE TABLE \"tijdlijnregel\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"organisatie\" text NOT NULL, \"soort\" text NOT NULL, \"datum\" date NOT NULL, \"categorie\" text NOT NULL, \"titel\" text NOT NULL, \"uitkomst\" text, \"recordType\" text NOT NULL, \"recordId\" uuid NOT NULL, \"persoonId\" uuid, CONSTRAINT \"tijdlijnregel_feit\" UNIQUE (\"organisatie\", \"recordId\", \"soort\", \"datum\"), CONSTRAINT \"PK_c77d61f4eaf9667430933a0119a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"tijdlijnregel_gezin\" ON \"tijdlijnregel\"  (\"gezinId\", \"datum\", \"id\") ");
    await queryRunner.query("ALTER TABLE \"betrokkenheid\" ADD \"bronType\" text");
    await queryRunner.query("ALTER TABLE \"betrokkenheid\" ADD \"bronId\" uuid");
    await queryRunner.query("ALTER TABLE \"betrokkenheid\" ADD \"persoonId\" uuid");
    await queryRunner.query("ALTER TABLE \"betrokkenheid\" ADD \"regieOorzaak\" text");
    await queryRunner.query("ALTER TABLE \"regieperiode\" ADD \"oorzaakType\" text");
    await queryRunner.query("ALTER TABLE \"regieperiode\" ADD \"oorzaakId\" uuid");
    await queryRunner.query("CREATE UNIQUE INDEX \"betrokkenheid_bron\" ON \"betrokkenheid\"  (\"organisatie\", \"bronId\") WHERE \"bronId\" IS NOT NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"betrokkenheid_bron\"");
    await queryRunner.query("ALTER TABLE \"regieperiode\" DROP COLUMN \"oorzaakId\"");
    await queryRunner.query("ALTER TABLE \"regieperiode\" DROP COLUMN \"oorzaakType\"");
    await queryRunner.query("ALTER TABLE \"betrokkenheid\" DROP COLUMN \"regieOorzaak\"");
    await queryRunner.query("ALTER TABLE \"betrokkenheid\" DROP COLUMN \"persoonId\"");
    await queryRunner.query("ALTER TABLE \"betrokkenheid\" DROP COLUMN \"bronId\"");
    await queryRunner.query("ALTER TABLE \"betrokkenheid\" DROP COLUMN \"bronType\"");
    await queryRunner.query("DROP INDEX \"public\".\"tijdlijnregel_gezin\"");
    await queryRunner.query("DROP TABLE \"tijdlijnregel\"");
    await queryRunner.query("DROP TABLE \"signaal_gelezen\"");
    await queryRunner.query("DROP INDEX \"public\".\"signaal_aan\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_eb975b2cd10c641c3baec05f0e\"");
    await queryRunner.query("DROP TABLE \"signaal\"");
  }
}
