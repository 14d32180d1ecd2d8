// What the page reads from its query string: `token`, `uri` (the plan file's `file:` URI), `diagram`
// (a description diagram's name) and optional `audience`.

export interface PageParameters {
    token: string;
    uri: string;
    diagram: string;
    audience?: string;
}

/** The parameters, or a message naming what is missing. */
export function readPageParameters(search: string): PageParameters | string {
    const query = new URLSearchParams(search);
    const missing = ['token', 'uri', 'diagram'].filter(name => !query.get(name));
    if (missing.length > 0) {
        return `The page address lacks ${missing.join(', ')}: open the address that "alliance serve" printed.`;
    }
    const audience = query.get('audience') ?? undefined;
    return { token: query.get('token')!, uri: query.get('uri')!, diagram: query.get('diagram')!, audience };
}

/** The GLSP websocket of the server that served this page: same host, `/glsp`, with the token. */
export function glspSocketUrl(location: Location, token: string): string {
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    return `${scheme}//${location.host}/glsp?token=${encodeURIComponent(token)}`;
}
