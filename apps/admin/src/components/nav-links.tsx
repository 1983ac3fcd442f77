"use client";
// Client-side only to mark the current section with aria-current. No prefetching: every page asks
// the API who is signed in, and a header full of prefetches would ask it for nothing.
import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLinks({ links }: { links: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <ul className="nav-links">
      {links.map((link) => {
        const current = pathname === link.href || pathname.startsWith(`${link.href}/`);
        return (
          <li key={link.href}>
            <Link href={link.href} aria-current={current ? "page" : undefined} prefetch={false}>
              {link.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
