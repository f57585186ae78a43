import { NavLink } from "@remix-run/react";
import type { ReactNode } from "react";

export interface StudioNavLink {
  to: string;
  label: string;
  icon: keyof typeof ICONS;
  end?: boolean;
}

/** Simple line drawings, so that a tab is recognisable before its word is read. */
const ICONS = {
  home: <path d="M3 11 12 4l9 7v9a1 1 0 0 1-1 1h-5v-6h-6v6H4a1 1 0 0 1-1-1z" />,
  listings: (
    <>
      <rect x="4" y="4" width="7" height="7" rx="1" />
      <rect x="13" y="4" width="7" height="7" rx="1" />
      <rect x="4" y="13" width="7" height="7" rx="1" />
      <rect x="13" y="13" width="7" height="7" rx="1" />
    </>
  ),
  orders: <path d="M4 8 12 4l8 4v8l-8 4-8-4zM4 8l8 4 8-4M12 12v8" />,
  earnings: (
    <>
      <circle cx="12" cy="12" r="8" />
      <path d="M9 9h6M9 12h6M12 12l-3 4" />
    </>
  ),
  review: <path d="m5 12 4 4 10-10" />,
  payouts: (
    <>
      <rect x="3" y="6" width="18" height="12" rx="2" />
      <circle cx="12" cy="12" r="2.5" />
    </>
  ),
  profile: (
    <>
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21c1-4 4-6 8-6s7 2 8 6" />
    </>
  ),
} satisfies Record<string, ReactNode>;

/**
 * The studio's tabs: along the bottom of a phone's screen, where a thumb reaches them, and above the
 * page on wider screens. Each tab is at least 44 px tall and wide.
 */
export function StudioNav({ label, links }: { label: string; links: StudioNavLink[] }) {
  return (
    <nav aria-label={label} className="sticky bottom-0 z-20 order-last border-t border-stone-300 bg-white sm:static sm:order-first sm:border-b sm:border-t-0">
      <ul className="mx-auto flex max-w-5xl overflow-x-auto">
        {links.map((link) => (
          <li key={link.to} className="min-w-16 flex-1">
            <NavLink
              to={link.to}
              end={link.end}
              className="flex min-h-14 flex-col items-center justify-center gap-0.5 px-1 py-1 text-center text-xs text-stone-800 no-underline hover:bg-stone-100 aria-[current=page]:font-bold aria-[current=page]:text-brand-900 sm:min-h-11 sm:flex-row sm:gap-2 sm:text-sm"
            >
              <svg viewBox="0 0 24 24" aria-hidden="true" className="size-6 shrink-0" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
                {ICONS[link.icon]}
              </svg>
              <span>{link.label}</span>
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
