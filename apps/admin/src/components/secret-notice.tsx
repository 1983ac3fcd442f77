// A secret the API shows once (an API token, a webhook's signing secret), right after it was created.
// No hooks: the panel that created it words the title.
export function SecretNotice({ title, secret }: { title: string; secret: string | null }) {
  if (!secret) return null;
  return (
    <div className="notice success" role="status">
      <p>{title}</p>
      <output className="secret code">{secret}</output>
    </div>
  );
}
