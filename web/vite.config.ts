import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * The app is served by the gateway from its own origin (no CORS), so in
 * development (`npm run dev -w web`) Vite forwards the API paths to a running
 * gateway (`npm start`).
 */
const gateway = process.env.GEZINSBEELD_GATEWAY ?? "http://localhost:4000";

export default defineConfig({
  plugins: [react()],
  // One React in the bundle, whichever package asks for it.
  resolve: { dedupe: ["react", "react-dom"] },
  build: { outDir: "dist", sourcemap: true, emptyOutDir: true },
  server: {
    proxy: Object.fromEntries(["/graphql", "/auth", "/export"].map((pad) => [pad, { target: gateway, changeOrigin: false }])),
  },
});
