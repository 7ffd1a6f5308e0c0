import { databaseUrlFor } from "@gezinsbeeld/shared-schema";
import { Client } from "pg";

/** Create `name` on the server of `baseUrl` unless it exists. Returns whether it was created. */
export async function ensureDatabase(baseUrl: string, name: string): Promise<boolean> {
  const client = new Client({ connectionString: databaseUrlFor(baseUrl, "postgres") });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount) return false;
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    return true;
  } finally {
    await client.end();
  }
}

/** Drop `name` on the server of `baseUrl` if it exists, closing its connections. */
export async function dropDatabase(baseUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrlFor(baseUrl, "postgres") });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
