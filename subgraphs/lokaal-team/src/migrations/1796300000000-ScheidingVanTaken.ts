import type { MigrationInterface, QueryRunner } from "typeorm";

/** Documented exceptions to the separation of duties (rule 5), part of the access register. */
export class ScheidingVanTaken1796300000000 implements MigrationInterface {
  name = "ScheidingVanTaken1796300000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"uitzondering_scheiding_van_taken\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"gezinId\" uuid NOT NULL, \"vastgelegdDoor\" text, \"vastgelegdOp\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"medewerkerId\" text NOT NULL, \"reden\" text NOT NULL, \"organisatie\" text NOT NULL, \"rol\" text NOT NULL, CONSTRAINT \"uitzondering_scheiding_van_taken_reden\" CHECK (char_length(\"reden\") >= 20), CONSTRAINT \"PK_301199b71adb45f5b255359ae12\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_f16579433f615e787305142d58\" ON \"uitzondering_scheiding_van_taken\"  (\"gezinId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e1a2fbe29fda719ce7d953508e\" ON \"uitzondering_scheiding_van_taken\"  (\"vastgelegdOp\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e1a2fbe29fda719ce7d953508e\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f16579433f615e787305142d58\"");
    await queryRunner.query("DROP TABLE \"uitzondering_scheiding_van_taken\"");
  }
}
