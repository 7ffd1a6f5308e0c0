import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A melding keeps the day it was closed or handed over: Veilig Thuis'
 * involvement after it ends that day, and the register follows it. Meldingen
 * already closed get the end of their investigation (or, without one, the day
 * they came in) before the check holds them to it.
 */
export class MeldingAfgeslotenOp1796193141542 implements MigrationInterface {
  name = "MeldingAfgeslotenOp1796193141542";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "melding" ADD "afgeslotenOp" date`);
    await queryRunner.query(
      `UPDATE "melding" m SET "afgeslotenOp" = GREATEST(m."datum", COALESCE((SELECT o."einddatum" FROM "veilig_thuis_onderzoek" o WHERE o."meldingId" = m."id"), m."datum"))
       WHERE m."status" IN ('AFGESLOTEN', 'OVERGEDRAGEN')`,
    );
    await queryRunner.query(
      `ALTER TABLE "melding" ADD CONSTRAINT "melding_afsluiting" CHECK (("status" IN ('AFGESLOTEN', 'OVERGEDRAGEN')) = ("afgeslotenOp" IS NOT NULL) AND ("afgeslotenOp" IS NULL OR "afgeslotenOp" >= "datum"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "melding" DROP CONSTRAINT "melding_afsluiting"`);
    await queryRunner.query(`ALTER TABLE "melding" DROP COLUMN "afgeslotenOp"`);
  }
}
