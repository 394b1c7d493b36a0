import { escapeHtml } from '../sign-in/sign-in-pages.js';
import { DEMO_PEOPLE } from './demo-people.js';

const STYLE = `body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
button{font:inherit;padding:.6rem 1rem;margin:.25rem 0;width:100%;text-align:left;cursor:pointer;background:#fff;border:2px solid #154273;border-radius:4px}
button:hover,button:focus{background:#e8eef6}.note{color:#444}small{display:block;color:#444}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>
<style>${STYLE}</style></head><body>${body}</body></html>`;
}

/** The demo provider's sign-in: choose a person; there is no password, it is a demo. */
export function choosePersonPage(uid: string): string {
  const buttons = DEMO_PEOPLE.map(
    (person) =>
      `<button type="submit" name="person" value="${escapeHtml(person.subject)}">${escapeHtml(person.name)}<small>${escapeHtml(person.description)}</small></button>`,
  ).join('\n');
  return page(
    'Kies een demopersoon · demo-inlogdienst',
    `<h1>Inloggen bij de demo-inlogdienst</h1>
<p class="note">Deze inlogdienst draait alleen in ontwikkeling (<code>pnpm start</code>). Kies als wie u wijknet wilt zien; een echte inlogdienst (Entra ID, Keycloak) vraagt hier om uw account.</p>
<form method="post" action="/oidc/interaction/${escapeHtml(uid)}/login">
${buttons}
</form>`,
  );
}

/** The demo provider's confirmation of signing out there too (RP-initiated logout). */
export function signOutPage(form: string): string {
  return page(
    'Uitloggen · demo-inlogdienst',
    `<h1>Uitloggen bij de demo-inlogdienst</h1>
<p class="note">U bent uitgelogd bij wijknet. Log ook uit bij de inlogdienst, zodat de volgende keer opnieuw een persoon gekozen wordt.</p>
${form}
<button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Uitloggen</button>`,
  );
}
