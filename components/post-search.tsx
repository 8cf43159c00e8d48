"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";

/**
 * Searches post text as the analyst types: debounced, kept in the URL (`?q=`) so the view
 * can be shared, and resetting to the first page. Without JavaScript the form still submits.
 */
export function PostSearch({ initial }: { initial: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [value, setValue] = useState(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  function update(next: string) {
    setValue(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const query = new URLSearchParams(params.toString());
      if (next.trim()) query.set("q", next.trim());
      else query.delete("q");
      query.delete("page");
      router.replace(`${pathname}?${query.toString()}#posts`, { scroll: false });
    }, 300);
  }

  return (
    <form method="get" action={`${pathname}#posts`} role="search" className="post-search" onSubmit={(event) => event.preventDefault()}>
      <label>
        Search post text
        <input type="search" name="q" value={value} onChange={(event) => update(event.target.value)} placeholder="e.g. police" data-testid="post-search" />
      </label>
    </form>
  );
}
