import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The access log of one organisation, in its own database: partitioned by month
 * (a retention job drops whole expired partitions), append-only (the database
 * refuses UPDATE, DELETE and TRUNCATE), and a hash chain whose head is kept in
 * `toegangslog_kop`. Added to every subgraph's migrations by the shared plumbing.
 */
export class Toegangslog1795400000000 implements MigrationInterface {
  name = "Toegangslog1795400000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE toegangslog (
      volgnummer bigint NOT NULL,
      tijdstip timestamptz NOT NULL,
      request_id text NOT NULL,
      handeling text NOT NULL CHECK (handeling IN ('READ','SEARCH','CREATE','UPDATE','DELETE','EXPORT')),
      gebruiker text NOT NULL,
      organisatie text,
      rol text NOT NULL,
      gezin_id uuid,
      persoon_id uuid,
      categorie text NOT NULL,
      veldpaden text[] NOT NULL,
      beslissing text NOT NULL CHECK (beslissing IN ('TOEGESTAAN','GEWEIGERD')),
      reden text,
      grondslag text,
      bron text,
      noodprocedure boolean NOT NULL,
      doel text,
      operatie text,
      subgraph text NOT NULL,
      vorige_hash char(64) NOT NULL,
      hash char(64) NOT NULL,
      PRIMARY KEY (tijdstip, volgnummer)
    ) PARTITION BY RANGE (tijdstip)`);
    await queryRunner.query(`CREATE TABLE toegangslog_standaard PARTITION OF toegangslog DEFAULT`);
    await queryRunner.query(`CREATE INDEX toegangslog_gezin ON toegangslog (gezin_id, tijdstip DESC)`);
    // Newest-first over the whole log uses the primary key (tijdstip, volgnummer) backwards: no extra index.
    await queryRunner.query(`CREATE INDEX toegangslog_gebruiker ON toegangslog (gebruiker, tijdstip DESC)`);
    await queryRunner.query(`CREATE INDEX toegangslog_volgnummer ON toegangslog (volgnummer)`);
    await queryRunner.query(`CREATE TABLE toegangslog_kop (id smallint PRIMARY KEY CHECK (id = 1), volgnummer bigint NOT NULL, hash char(64) NOT NULL)`);
    await queryRunner.query(`INSERT INTO toegangslog_kop VALUES (1, 0, '${"0".repeat(64)}')`);
    await queryRunner.query(`CREATE FUNCTION toegangslog_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'Het toegangslog is alleen aan te vullen: % is niet toegestaan', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER toegangslog_geen_wijziging BEFORE UPDATE OR DELETE ON toegangslog FOR EACH ROW EXECUTE FUNCTION toegangslog_alleen_toevoegen()`);
    await queryRunner.query(`CREATE TRIGGER toegangslog_geen_leegmaken BEFORE TRUNCATE ON toegangslog FOR EACH STATEMENT EXECUTE FUNCTION toegangslog_alleen_toevoegen()`);
    // PostgreSQL does not pass TRUNCATE triggers on to partitions: each gets its own.
    await queryRunner.query(`CREATE TRIGGER toegangslog_geen_leegmaken BEFORE TRUNCATE ON toegangslog_standaard FOR EACH STATEMENT EXECUTE FUNCTION toegangslog_alleen_toevoegen()`);
    // Months from last month to a year ahead; the retention job keeps adding months and dropping expired ones.
    await queryRunner.query(`DO $$
      DECLARE m date;
      BEGIN
        FOR i IN -1..12 LOOP
          m := date_trunc('month', now())::date + make_interval(months => i);
          EXECUTE format('CREATE TABLE IF NOT EXISTS %I PARTITION OF toegangslog FOR VALUES FROM (%L) TO (%L)',
            'toegangslog_' || to_char(m, 'YYYY_MM'), m, (m + interval '1 month')::date);
          EXECUTE format('CREATE TRIGGER toegangslog_geen_leegmaken BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION toegangslog_alleen_toevoegen()',
            'toegangslog_' || to_char(m, 'YYYY_MM'));
        END LOOP;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE toegangslog`);
    await queryRunner.query(`DROP TABLE toegangslog_kop`);
    await queryRunner.query(`DROP FUNCTION toegangslog_alleen_toevoegen`);
  }
}

/**
 * Decision-service reads (DECIDE), ended records (END) and undecided accesses
 * (ONBESLIST: the decision service was unreachable) enter the log too.
 */
export class ToegangslogBesluiten1795500000000 implements MigrationInterface {
  name = "ToegangslogBesluiten1795500000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE toegangslog DROP CONSTRAINT toegangslog_handeling_check`);
    await queryRunner.query(`ALTER TABLE toegangslog ADD CONSTRAINT toegangslog_handeling_check
      CHECK (handeling IN ('READ','SEARCH','CREATE','UPDATE','END','DELETE','EXPORT','DECIDE'))`);
    await queryRunner.query(`ALTER TABLE toegangslog DROP CONSTRAINT toegangslog_beslissing_check`);
    await queryRunner.query(`ALTER TABLE toegangslog ADD CONSTRAINT toegangslog_beslissing_check CHECK (beslissing IN ('TOEGESTAAN','GEWEIGERD','ONBESLIST'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE toegangslog DROP CONSTRAINT toegangslog_beslissing_check`);
    await queryRunner.query(`ALTER TABLE toegangslog ADD CONSTRAINT toegangslog_beslissing_check CHECK (beslissing IN ('TOEGESTAAN','GEWEIGERD'))`);
    await queryRunner.query(`ALTER TABLE toegangslog DROP CONSTRAINT toegangslog_handeling_check`);
    await queryRunner.query(`ALTER TABLE toegangslog ADD CONSTRAINT toegangslog_handeling_check CHECK (handeling IN ('READ','SEARCH','CREATE','UPDATE','DELETE','EXPORT'))`);
  }
}

/**
 * The signed chain heads `npm run audit:checkpoint` took, kept beside the log
 * they vouch for, so the subgraph can say since which checkpoint its chain holds
 * (`toegangslogKeten<Org>`). Only `jws` counts: the other columns are a readable
 * copy, checked against it. Append-only like the log itself.
 */
export class ToegangslogCheckpoints1796240000000 implements MigrationInterface {
  name = "ToegangslogCheckpoints1796240000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE toegangslog_checkpoint (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      volgnummer bigint NOT NULL,
      hash char(64) NOT NULL,
      ondertekend_op timestamptz NOT NULL,
      jws text NOT NULL,
      opgeslagen_op timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE INDEX toegangslog_checkpoint_laatste ON toegangslog_checkpoint (ondertekend_op DESC, id DESC)`);
    await queryRunner.query(`CREATE TRIGGER toegangslog_checkpoint_geen_wijziging BEFORE UPDATE OR DELETE ON toegangslog_checkpoint FOR EACH ROW EXECUTE FUNCTION toegangslog_alleen_toevoegen()`);
    await queryRunner.query(`CREATE TRIGGER toegangslog_checkpoint_geen_leegmaken BEFORE TRUNCATE ON toegangslog_checkpoint FOR EACH STATEMENT EXECUTE FUNCTION toegangslog_alleen_toevoegen()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE toegangslog_checkpoint`);
  }
}

/**
 * One entry per (household or person, action, decision, basis) with every
 * category it touched (issue 12: a household's page touched ten categories, and
 * wrote ten rows for one look). `categorie` becomes the list `categorieen`; an
 * entry written before holds its one category. The hash of such an entry is
 * unchanged (a list of one hashes as its one value, see `canoniek`), so the
 * chain still verifies. Rewrites the log's partitions once.
 */
export class ToegangslogCategorieen1796300000000 implements MigrationInterface {
  name = "ToegangslogCategorieen1796300000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE toegangslog RENAME COLUMN categorie TO categorieen`);
    await queryRunner.query(`ALTER TABLE toegangslog ALTER COLUMN categorieen TYPE text[] USING ARRAY[categorieen]`);
    await queryRunner.query(`ALTER TABLE toegangslog ADD CONSTRAINT toegangslog_categorieen_check CHECK (cardinality(categorieen) >= 1)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Only entries of one category fit the old column: refuse when any holds more rather than lose what it says.
    await queryRunner.query(`ALTER TABLE toegangslog DROP CONSTRAINT toegangslog_categorieen_check`);
    await queryRunner.query(`ALTER TABLE toegangslog ADD CONSTRAINT toegangslog_categorieen_een CHECK (cardinality(categorieen) = 1)`);
    await queryRunner.query(`ALTER TABLE toegangslog DROP CONSTRAINT toegangslog_categorieen_een`);
    await queryRunner.query(`ALTER TABLE toegangslog ALTER COLUMN categorieen TYPE text USING categorieen[1]`);
    await queryRunner.query(`ALTER TABLE toegangslog RENAME COLUMN categorieen TO categorie`);
  }
}
