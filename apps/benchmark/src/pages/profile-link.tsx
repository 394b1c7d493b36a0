/**
 * A municipality's name as a link to its profile: the keyboard's way from a table row. A plain
 * click is taken by the row (DataTable's onOpenRow), which opens the profile inside the app; the
 * href serves a new tab and a copied address. No hooks, so a table of every municipality stays
 * cheap to draw.
 */
export function ProfileLink({ name, href }: { name: string; href: string }) {
  return (
    <a href={href} className="utrecht-link">
      {name}
    </a>
  );
}
