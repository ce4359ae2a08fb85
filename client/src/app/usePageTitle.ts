import { useEffect } from 'react';

/** `<title>`: the page's own name first, so browser tabs and history tell pages apart. */
export function usePageTitle(title: string | null | undefined) {
  useEffect(() => {
    document.title = title ? `${title} – Kuntagraph` : 'Kuntagraph';
  }, [title]);
}
