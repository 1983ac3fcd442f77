// Accounts for tests: created directly, signed in through the API, so the session is a real one.
import type { Role } from "@kb/db";
import { createUser } from "../services/auth/users.service.ts";
import type { TestApi } from "./test-api.ts";

export const TEST_PASSWORD = "correct horse battery staple";

export async function signIn(api: TestApi, role: Role, email = `${role.toLowerCase()}@kb.test`) {
  if (!(await api.db.prisma.user.findUnique({ where: { email } }))) {
    await createUser(api.db.prisma, "system", {
      email,
      name: `${role} tester`,
      role,
      password: TEST_PASSWORD,
    });
  }
  const res = await api.gql<{ login: { token: string } }>(
    `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`,
    { email, password: TEST_PASSWORD },
  );
  if (!res.data) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
  return { authorization: `Bearer ${res.data.login.token}` };
}
