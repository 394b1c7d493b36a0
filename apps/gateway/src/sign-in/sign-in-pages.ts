/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * A small page for what went wrong while signing in, in Dutch and English, with a way back: the
 * sign-in routes answer a browser, so a refusal is a page a person can read, not JSON.
 */
export function signInProblemPage(status: number, dutch: string, english: string): Response {
  const body = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Inloggen niet gelukt · wijknet</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">
<h1>Inloggen niet gelukt</h1>
<p>${escapeHtml(dutch)}</p>
<p lang="en">${escapeHtml(english)}</p>
<p><a href="/?page=sign-in">Opnieuw inloggen</a> · <a href="/">Naar wijknet</a></p>
</body></html>`;
  return new Response(body, {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
}

/** A redirect that also sets cookies; 303 so the browser follows with GET. */
export function redirect(location: string, cookies: readonly string[] = []): Response {
  const headers = new Headers({ location, 'cache-control': 'no-store' });
  for (const cookie of cookies) headers.append('set-cookie', cookie);
  return new Response(null, { status: 303, headers });
}

/**
 * The path to return to after signing in: a path of this site only (a full URL or `//host`
 * would let a link send people elsewhere after they signed in), else the start page.
 */
export function safeReturnPath(value: string | null): string {
  if (value === null || !value.startsWith('/') || value.startsWith('//') || value.includes('\\'))
    return '/';
  return value;
}
