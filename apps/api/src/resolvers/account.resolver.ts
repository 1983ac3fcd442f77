// Sign-in, accounts and API tokens.
import { Arg, Ctx, Field, ID, InputType, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../context.ts";
import * as auth from "../services/auth/auth.service.ts";
import * as users from "../services/auth/users.service.ts";
import { ApiToken, AuthPayload, CreatedApiToken, Role, User } from "../schema/editorial.type.ts";

@InputType()
export class NewUserInput {
  @Field(() => String)
  email!: string;
  @Field(() => String)
  name!: string;
  @Field(() => Role)
  role!: Role;
  @Field(() => String, { description: "At least 12 characters." })
  password!: string;
}

@InputType()
export class UserUpdateInput {
  @Field(() => String, { nullable: true })
  name?: string | null;
  @Field(() => Role, { nullable: true })
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

  @Mutation(() => AuthPayload, { description: "Opens a session (also set as an HttpOnly cookie)." })
  async login(
    @Arg("email", () => String) email: string,
    @Arg("password", () => String) password: string,
    @Ctx() ctx: Context,
  ) {
    const session = await auth.login(ctx.db, email, password, ctx.viewer.ip);
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
    @Arg("currentPassword", () => String) current: string,
    @Arg("newPassword", () => String) next: string,
    @Ctx() ctx: Context,
  ) {
    const session = await auth.changePassword(ctx.db, ctx.viewer, current, next);
    ctx.setSession(session.token, session.expiresAt);
    return session;
  }

  @Query(() => [User])
  users(@Ctx() ctx: Context) {
    return users.listUsers(ctx.db, ctx.viewer);
  }

  @Mutation(() => User)
  createUser(@Arg("input", () => NewUserInput) input: NewUserInput, @Ctx() ctx: Context) {
    return users.createUser(ctx.db, ctx.viewer, input);
  }

  @Mutation(() => User)
  updateUser(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UserUpdateInput) input: UserUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return users.updateUser(ctx.db, ctx.viewer, id, input);
  }

  @Query(() => [ApiToken])
  apiTokens(@Ctx() ctx: Context) {
    return users.listApiTokens(ctx.db, ctx.viewer);
  }

  @Mutation(() => CreatedApiToken, {
    description: "Scopes: read:drafts, write:content. The secret is shown once.",
  })
  createApiToken(
    @Arg("name", () => String) name: string,
    @Arg("scopes", () => [String]) scopes: string[],
    @Ctx() ctx: Context,
  ) {
    return users.createApiToken(ctx.db, ctx.viewer, name, scopes);
  }

  @Mutation(() => ApiToken)
  revokeApiToken(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return users.revokeApiToken(ctx.db, ctx.viewer, id);
  }
}
