// /en/codes has no page of its own: the list of codes is the home page.
import { permanentRedirect } from "next/navigation";

export default async function CodesIndex({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  permanentRedirect(`/${locale}#by-type`);
}
