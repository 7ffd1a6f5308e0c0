import type { EntityManager, MigrationInterface, QueryRunner } from "typeorm";
import type { Aankondiging } from "./Aankondiging";

/** The channel PostgreSQL notifies on commit of a new announcement: the relay wakes at once. */
export const UITBAK_KANAAL = "aankondiging_uit";

const aangekondigd = new WeakSet<EntityManager>();

/**
 * Announce what a record makes in the register, in the transaction that writes
 * the record: both commit, or neither (the transactional outbox). The relay
 * delivers it to the register after the commit, at least once and in order.
 */
export async function kondigAan(manager: EntityManager, aankondiging: Aankondiging): Promise<void> {
  await manager.query(`INSERT INTO aankondiging_uit (gezin_id, inhoud) VALUES ($1, $2)`, [aankondiging.gezinId.toLowerCase(), JSON.stringify(aankondiging)]);
  aangekondigd.add(manager);
}

/** Announce many at once (a seed): one statement per 1,000, in the order given. */
export async function kondigAanAlle(manager: EntityManager, aankondigingen: readonly Aankondiging[]): Promise<void> {
  for (let i = 0; i < aankondigingen.length; i += 1000) {
    const deel = aankondigingen.slice(i, i + 1000);
    await manager.query(`INSERT INTO aankondiging_uit (gezin_id, inhoud) SELECT g, i FROM unnest($1::uuid[], $2::jsonb[]) WITH ORDINALITY AS t(g, i, n) ORDER BY n`, [
      deel.map((a) => a.gezinId.toLowerCase()),
      deel.map((a) => JSON.stringify(a)),
    ]);
  }
  if (aankondigingen.length > 0) aangekondigd.add(manager);
}

/** True when `manager`'s transaction announced something: its mutation waits for the delivery after the commit. */
export function heeftAangekondigd(manager: EntityManager): boolean {
  return aangekondigd.has(manager);
}

/**
 * The outbox of announcements (`aankondiging_uit`) and the register's record
 * of what it received (`aankondiging_in`, one row per sender and sequence
 * number: a second delivery changes nothing). In every subgraph's database;
 * only the register holder's has rows in the second.
 */
export class Aankondigingen1796200000000 implements MigrationInterface {
  name = "Aankondigingen1796200000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE aankondiging_uit (
      volgnummer bigserial PRIMARY KEY,
      gezin_id uuid NOT NULL,
      inhoud jsonb NOT NULL,
      aangemaakt timestamptz NOT NULL DEFAULT now(),
      afgeleverd timestamptz,
      pogingen integer NOT NULL DEFAULT 0,
      laatste_fout text
    )`);
    await queryRunner.query(`CREATE INDEX aankondiging_uit_open ON aankondiging_uit (volgnummer) WHERE afgeleverd IS NULL`);
    await queryRunner.query(`CREATE FUNCTION aankondiging_uit_meld() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('${UITBAK_KANAAL}', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER aankondiging_uit_meld AFTER INSERT ON aankondiging_uit FOR EACH STATEMENT EXECUTE FUNCTION aankondiging_uit_meld()`);
    await queryRunner.query(`CREATE TABLE aankondiging_in (
      bron text NOT NULL,
      volgnummer bigint NOT NULL,
      gezin_id uuid NOT NULL,
      ontvangen timestamptz NOT NULL DEFAULT now(),
      uitkomst text NOT NULL,
      PRIMARY KEY (bron, volgnummer)
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE aankondiging_in`);
    await queryRunner.query(`DROP TABLE aankondiging_uit`);
    await queryRunner.query(`DROP FUNCTION aankondiging_uit_meld`);
  }
}
