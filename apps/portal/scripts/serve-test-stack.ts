// Development aid: a seeded API on a fresh database and the built portal in front of it, until Ctrl-C.
//   npx tsx --tsconfig ../api/tsconfig.json scripts/serve-test-stack.ts   (the API's decorators need its tsconfig)
import { startTestApi } from "@kb/api/testing";
import { startNextApp } from "@kb/web-testing";

const api = await startTestApi();
const app = await startNextApp(new URL("..", import.meta.url).pathname, {
  KB_API_URL: api.url,
  KB_PORTAL_URL: "https://kb.example.test",
  // next start runs in production mode, which requires the secret (nothing calls /api/revalidate here).
  KB_REVALIDATE_SECRET: "serve-test-stack-revalidate-secret-0123",
});
console.log(`API ${api.url}\nportal ${app.url}`);
const stop = async () => {
  await app.stop();
  await api.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
