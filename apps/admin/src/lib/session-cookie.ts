// The admin's own session cookie. It holds the API session token and never reaches page scripts
// (HttpOnly); proxy.ts only checks that it is there.
export const SESSION_COOKIE = "kb_admin_session";
