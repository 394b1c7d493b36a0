import type { MouseEvent, ReactNode } from 'react';
import { hrefOf, useViewState } from '../url-state/use-view-state';
import type { ViewState } from '../url-state/view-state';

/**
 * A real link to another view: it has an href (open in a new tab, copy the address) and
 * navigates within the app on a plain click.
 */
export function ViewLink({
  to,
  children,
  className,
  current = false,
}: {
  to: Partial<ViewState>;
  children: ReactNode;
  className?: string;
  current?: boolean;
}) {
  const [view, update] = useViewState();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    update(to);
    document.getElementById('inhoud')?.focus();
  };
  return (
    <a
      href={hrefOf({ ...view, ...to })}
      onClick={onClick}
      className={className}
      aria-current={current ? 'page' : undefined}
    >
      {children}
    </a>
  );
}
