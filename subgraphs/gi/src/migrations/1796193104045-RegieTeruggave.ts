import type { MigrationInterface, QueryRunner } from "typeorm";

/** The GI's record of regie handed back to the local team before the measure ends, with its reason. */
export class RegieTeruggave1796193104045 implements MigrationInterface {
  name = "RegieTeruggave1796193104045";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"regie_teruggave\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"per\" date NOT NULL, \"reden\" text NOT NULL, CONSTRAINT \"PK_4f56b82d7f73ec473e6510fd683\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_1fca2402bf47778d02cac4baa9\" ON \"regie_teruggave\"  (\"gezinId\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_1fca2402bf47778d02cac4baa9\"");
    await queryRunner.query("DROP TABLE \"regie_teruggave\"");
  }
}
