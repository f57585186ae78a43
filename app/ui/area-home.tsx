import type { ReactNode } from "react";
import { PageHeader } from "./page";

/** The start page of an area: a greeting, what the area is for, and what is coming to it. */
export function AreaHome({ title, intro, comingTitle, coming, children }: { title: string; intro: string; comingTitle: string; coming: string[]; children?: ReactNode }) {
  return (
    <div className="mx-auto max-w-5xl space-y-8 px-4 py-8">
      <PageHeader title={title} description={intro} />
      {children}
      <section aria-labelledby="coming-title" className="rounded-md border border-stone-300 bg-white p-5">
        <h2 id="coming-title" className="text-lg font-semibold">
          {comingTitle}
        </h2>
        <ul className="mt-3 list-disc space-y-1 pl-6 text-stone-800">
          {coming.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
