-- The access log (docs/toegangslog.md): partitioned by month, append-only, hash-chained with its head in toegangslog_kop.
CREATE TABLE toegangslog (
  volgnummer bigint NOT NULL,
  tijdstip timestamptz NOT NULL,
  request_id text NOT NULL,
  handeling text NOT NULL CHECK (handeling IN ('READ','SEARCH','CREATE','UPDATE','END','DELETE','EXPORT','DECIDE')),
  gebruiker text NOT NULL,
  organisatie text,
  rol text NOT NULL,
  gezin_id uuid,
  persoon_id uuid,
  categorie text NOT NULL,
  veldpaden text[] NOT NULL,
  beslissing text NOT NULL CHECK (beslissing IN ('TOEGESTAAN','GEWEIGERD','ONBESLIST')),
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
) PARTITION BY RANGE (tijdstip);
CREATE TABLE toegangslog_standaard PARTITION OF toegangslog DEFAULT;
CREATE INDEX toegangslog_gezin ON toegangslog (gezin_id, tijdstip DESC);
CREATE INDEX toegangslog_gebruiker ON toegangslog (gebruiker, tijdstip DESC);
CREATE INDEX toegangslog_volgnummer ON toegangslog (volgnummer);

CREATE TABLE toegangslog_kop (id smallint PRIMARY KEY CHECK (id = 1), volgnummer bigint NOT NULL, hash char(64) NOT NULL);
INSERT INTO toegangslog_kop VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE FUNCTION toegangslog_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION 'Het toegangslog is alleen aan te vullen: % is niet toegestaan', TG_OP USING ERRCODE = 'insufficient_privilege';
  END $$;
CREATE TRIGGER toegangslog_geen_wijziging BEFORE UPDATE OR DELETE ON toegangslog FOR EACH ROW EXECUTE FUNCTION toegangslog_alleen_toevoegen();
CREATE TRIGGER toegangslog_geen_leegmaken BEFORE TRUNCATE ON toegangslog FOR EACH STATEMENT EXECUTE FUNCTION toegangslog_alleen_toevoegen();
CREATE TRIGGER toegangslog_geen_leegmaken BEFORE TRUNCATE ON toegangslog_standaard FOR EACH STATEMENT EXECUTE FUNCTION toegangslog_alleen_toevoegen();

-- Months from last month to a year ahead; a retention job keeps adding months and dropping expired ones.
DO $$
  DECLARE m date;
  BEGIN
    FOR i IN -1..12 LOOP
      m := date_trunc('month', now())::date + make_interval(months => i);
      EXECUTE format('CREATE TABLE IF NOT EXISTS %I PARTITION OF toegangslog FOR VALUES FROM (%L) TO (%L)',
        'toegangslog_' || to_char(m, 'YYYY_MM'), m, (m + interval '1 month')::date);
      EXECUTE format('CREATE TRIGGER toegangslog_geen_leegmaken BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION toegangslog_alleen_toevoegen()',
        'toegangslog_' || to_char(m, 'YYYY_MM'));
    END LOOP;
  END $$;

-- Signed chain heads (npm run audit:checkpoint), append-only like the log.
CREATE TABLE toegangslog_checkpoint (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  volgnummer bigint NOT NULL,
  hash char(64) NOT NULL,
  ondertekend_op timestamptz NOT NULL,
  jws text NOT NULL,
  opgeslagen_op timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX toegangslog_checkpoint_laatste ON toegangslog_checkpoint (ondertekend_op DESC, id DESC);
CREATE TRIGGER toegangslog_checkpoint_geen_wijziging BEFORE UPDATE OR DELETE ON toegangslog_checkpoint FOR EACH ROW EXECUTE FUNCTION toegangslog_alleen_toevoegen();
CREATE TRIGGER toegangslog_checkpoint_geen_leegmaken BEFORE TRUNCATE ON toegangslog_checkpoint FOR EACH STATEMENT EXECUTE FUNCTION toegangslog_alleen_toevoegen();
