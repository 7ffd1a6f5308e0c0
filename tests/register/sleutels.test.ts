import { generateKeyPairSync } from "node:crypto";
import { aankondigingSleutel, aankondigingVerificatie, tekenLevering, verifieerLevering } from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie } from "@gezinsbeeld/demo";

// Each organisation signs its deliveries to the register with its own key (issue 8): configured as a deployment would.

function sleutelpaar(kid: string): { privaat: string; publiek: Record<string, unknown> } {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const meta = { kid, alg: "EdDSA", use: "sig" };
  return { privaat: JSON.stringify({ ...privateKey.export({ format: "jwk" }), ...meta }), publiek: { ...publicKey.export({ format: "jwk" }), ...meta } };
}

describe("delivery keys from the environment", () => {
  const vt = sleutelpaar(DemoOrganisatie.VEILIG_THUIS);
  const gi = sleutelpaar(DemoOrganisatie.GI);
  const registerEnv = { NODE_ENV: "production", GEZINSBEELD_AANKONDIGING_PUBLIC_KEYS: JSON.stringify({ keys: [vt.publiek, gi.publiek] }) };

  it("verifies a delivery signed with the organisation's own key for exactly that body, and nothing else", async () => {
    const sleutel = await aankondigingSleutel(DemoOrganisatie.VEILIG_THUIS, { NODE_ENV: "production", GEZINSBEELD_AANKONDIGING_PRIVATE_KEY: vt.privaat });
    const sleutelVan = aankondigingVerificatie(registerEnv);
    const body = JSON.stringify({ aankondigingen: [] });
    await expect(verifieerLevering(await tekenLevering(DemoOrganisatie.VEILIG_THUIS, body, sleutel), body, sleutelVan)).resolves.toBe(DemoOrganisatie.VEILIG_THUIS);
    // Another body, or Veilig Thuis' key claiming to be the GI, or an organisation outside the hub: refused.
    await expect(verifieerLevering(await tekenLevering(DemoOrganisatie.VEILIG_THUIS, body, sleutel), `${body} `, sleutelVan)).rejects.toThrow();
    await expect(verifieerLevering(await tekenLevering(DemoOrganisatie.GI, body, sleutel), body, sleutelVan)).rejects.toThrow();
    await expect(verifieerLevering(await tekenLevering("POLITIE", body, sleutel), body, sleutelVan)).rejects.toThrow(/no organisation of the hub/);
  });

  it("refuses to run on development keys in production: no signing key, no key set", async () => {
    await expect(aankondigingSleutel(DemoOrganisatie.GI, { NODE_ENV: "production" })).rejects.toThrow(/GEZINSBEELD_AANKONDIGING_PRIVATE_KEY/);
    await expect(aankondigingVerificatie({ NODE_ENV: "production" })(DemoOrganisatie.GI)).rejects.toThrow(/GEZINSBEELD_AANKONDIGING_PUBLIC_KEYS/);
    await expect(aankondigingVerificatie({ GEZINSBEELD_AANKONDIGING_PUBLIC_KEYS: "geen json" })(DemoOrganisatie.GI)).rejects.toThrow(/JWK set/);
  });
});
