import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A consent withdrawn on the day it was given was refused between midnight in
 * Amsterdam and midnight UTC: the check compared a moment with a date cast at UTC.
 * It now compares the Dutch calendar day of the withdrawal. Written by hand:
 * TypeORM does not see a changed CHECK expression.
 */
export class ToestemmingPeriodeAmsterdam1796100000000 implements MigrationInterface {
  name = "ToestemmingPeriodeAmsterdam1796100000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "toestemming" DROP CONSTRAINT "toestemming_periode"`);
    await queryRunner.query(
      `ALTER TABLE "toestemming" ADD CONSTRAINT "toestemming_periode" CHECK ("ingetrokkenOp" IS NULL OR ("ingetrokkenOp" AT TIME ZONE 'Europe/Amsterdam')::date >= "gegevenOp")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "toestemming" DROP CONSTRAINT "toestemming_periode"`);
    await queryRunner.query(`ALTER TABLE "toestemming" ADD CONSTRAINT "toestemming_periode" CHECK ("ingetrokkenOp" IS NULL OR "ingetrokkenOp" >= "gegevenOp")`);
  }
}
