-- The hub's log table names an entry's categories as a list (one entry per look, every category it touched), so that
-- the hub's tools (npm run audit:verify, the chain status) read this log as they read the hub's. This log keeps one
-- category per entry: each holds a list of one, which hashes as that one category did before.
ALTER TABLE toegangslog RENAME COLUMN categorie TO categorieen;
ALTER TABLE toegangslog ALTER COLUMN categorieen TYPE text[] USING ARRAY[categorieen];
ALTER TABLE toegangslog ADD CONSTRAINT toegangslog_categorieen_een CHECK (cardinality(categorieen) = 1);
