// Sign-in, accounts and API tokens.
import { Arg, Ctx, Field, ID, InputType, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../context.ts";
import * as auth from "../services/auth/auth.service.ts";
import * as users from "../services/auth/users.service.ts";
import { redeemSignInLink } from "../services/auth/first-admin.service.ts";
import {
  ApiToken,
  ApiTokenScope,
  AuthPayload,
  CreatedApiToken,
  Role,
  User,
} from "../schema/editorial.type.ts";

@InputType({ description: "A new account." })
export class NewUserInput {
  @Field(() => String, { description: "Sign-in address; unique." })
  email!: string;
  @Field(() => String, { description: "Display name (shown in revisions)." })
  name!: string;
  @Field(() => Role, { description: "What the account may do." })
  role!: Role;
  @Field(() => String, { description: "At least 12 characters." })
  password!: string;
}

@InputType({ description: "Changes to an account; omitted fields stay as they are." })
export class UserUpdateInput {
  @Field(() => String, { nullable: true, description: "New display name." })
  name?: string | null;
  @Field(() => Role, { nullable: true, description: "New role (ADMIN only)." })
  role?: Role | null;
  @Field(() => Boolean, {
    nullable: true,
    description: "Disabling revokes every session of the account at once.",
  })
  disabled?: boolean | null;
}

@Resolver()
export class AccountResolver {
  @Query(() => User, { nullable: true, description: "The signed-in account, or null." })
  me(@Ctx() ctx: Context) {
    return ctx.viewer.user ? ctx.db.user.findUnique({ where: { id: ctx.viewer.user.id } }) : null;
  }

  @Mutation(() => AuthPayload, {
    description:
      "Opens a session (also set as an HttpOnly cookie); repeated failures are throttled (RATE_LIMITED).",
  })
  async login(
    @Arg("email", () => String, { description: "The account's email address." }) email: string,
    @Arg("password", () => String, { description: "The account's password." }) password: string,
    @Ctx() ctx: Context,
  ) {
    const session = await auth.login(ctx.db, email, password, ctx.viewer.ip);
    ctx.setSession(session.token, session.expiresAt);
    return session;
  }

  @Mutation(() => AuthPayload, {
    description:
      "Uses a one-time sign-in link (the first admin of a production deployment, created without a password): sets the account's password and opens a session (also set as an HttpOnly cookie). A link works once, until it expires (24 hours); an unknown, used or expired one is UNAUTHENTICATED.",
  })
  async redeemSignInLink(
    @Arg("token", () => String, { description: "The token of the link (what follows # in it)." })
    token: string,
    @Arg("newPassword", () => String, { description: "The account's new password: at least 12 characters." })
    newPassword: string,
    @Ctx() ctx: Context,
  ) {
    const session = await redeemSignInLink(ctx.db, token, newPassword);
    ctx.setSession(session.token, session.expiresAt);
    return session;
  }

  @Mutation(() => Boolean, { description: "Revokes the current session." })
  async logout(@Ctx() ctx: Context) {
    await auth.logout(ctx.db, ctx.viewer);
    ctx.setSession(null, null);
    return true;
  }

  @Mutation(() => AuthPayload, { description: "Revokes every session of the account and opens a new one." })
  async changePassword(
    @Arg("currentPassword", () => String, { description: "The password in use." }) current: string,
    @Arg("newPassword", () => String, { description: "At least 12 characters." }) next: string,
    @Ctx() ctx: Context,
  ) {
    const session = await auth.changePassword(ctx.db, ctx.viewer, current, next);
    ctx.setSession(session.token, session.expiresAt);
    return session;
  }

  @Query(() => [User], { description: "Every account (ADMIN)." })
  users(@Ctx() ctx: Context) {
    return users.listUsers(ctx.db, ctx.viewer);
  }

  @Mutation(() => User, { description: "Creates an account (ADMIN)." })
  createUser(
    @Arg("input", () => NewUserInput, { description: "The account." }) input: NewUserInput,
    @Ctx() ctx: Context,
  ) {
    return users.createUser(ctx.db, ctx.viewer, input);
  }

  @Mutation(() => User, { description: "Changes an account (ADMIN; anyone may rename themselves)." })
  updateUser(
    @Arg("id", () => ID, { description: "The account's id (User.id)." }) id: string,
    @Arg("input", () => UserUpdateInput, { description: "The changes." }) input: UserUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return users.updateUser(ctx.db, ctx.viewer, id, input);
  }

  @Query(() => [ApiToken], { description: "Every API token, revoked ones included (ADMIN)." })
  apiTokens(@Ctx() ctx: Context) {
    return users.listApiTokens(ctx.db, ctx.viewer);
  }

  @Mutation(() => CreatedApiToken, {
    description: "Creates an API token (ADMIN). The secret is shown once.",
  })
  createApiToken(
    @Arg("name", () => String, { description: "What the token is for, e.g. the calling service." })
    name: string,
    @Arg("scopes", () => [ApiTokenScope], { description: "What it may do: at least one scope." })
    scopes: ApiTokenScope[],
    @Arg("rateClass", () => String, {
      defaultValue: "standard",
      description: "Read-limit class (the server's KB_TOKEN_READ_LIMITS names them; default standard).",
    })
    rateClass: string,
    @Ctx() ctx: Context,
  ) {
    return users.createApiToken(ctx.db, ctx.viewer, name, scopes, rateClass, ctx.rateClasses);
  }

  @Mutation(() => ApiToken, { description: "Revokes an API token at once (ADMIN)." })
  revokeApiToken(
    @Arg("id", () => ID, { description: "The token's id (ApiToken.id)." }) id: string,
    @Ctx() ctx: Context,
  ) {
    return users.revokeApiToken(ctx.db, ctx.viewer, id);
  }
}
