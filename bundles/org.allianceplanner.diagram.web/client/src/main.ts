// The diagram page: reads its query string, connects to the GLSP websocket of the server that served it and
// shows the diagram. Every failure ends in a readable message in the page and in `window.alliance.ready`.
import 'reflect-metadata';

import { BaseJsonrpcGLSPClient, createWebSocketConnection, wrap } from '@eclipse-glsp/client';
import { MessageConnection } from 'vscode-jsonrpc';
import { installAllianceApi } from './alliance-api';
import { fail, showDiagram } from './diagram-page';
import { showError } from './error-reporter';
import { glspSocketUrl, readPageParameters } from './page-parameters';
import './diagram.css';

const api = installAllianceApi();

/** Opens the websocket; rejects with a readable message if it cannot be opened. */
function connect(url: string): Promise<MessageConnection> {
    return new Promise((resolve, reject) => {
        const socket = new WebSocket(url);
        let open = false;
        socket.addEventListener('open', () => {
            open = true;
            resolve(createWebSocketConnection(wrap(socket)));
        });
        socket.addEventListener('close', event => {
            const why = event.reason ? ` (${event.reason})` : '';
            if (!open) {
                reject(new Error(`Could not connect to the diagram server at ${location.host}${why}. `
                    + 'Is "alliance serve" still running, and is the address the one it printed (with its token)?'));
            } else {
                showError(`The connection to the diagram server was closed${why}. Reload the page once the server runs again.`);
            }
        });
    });
}

async function start(): Promise<void> {
    const parameters = readPageParameters(location.search);
    if (typeof parameters === 'string') {
        fail(api, parameters);
        return;
    }
    const file = decodeURIComponent(parameters.uri.substring(parameters.uri.lastIndexOf('/') + 1));
    document.title = `${parameters.diagram} – ${file}`;
    let connection: MessageConnection;
    try {
        connection = await connect(glspSocketUrl(location, parameters.token));
    } catch (error) {
        fail(api, (error as Error).message);
        return;
    }
    await showDiagram(new BaseJsonrpcGLSPClient({ id: 'alliance', connectionProvider: connection }), parameters, api);
}

start().catch(error => fail(api, `The diagram page failed: ${(error as Error).message ?? error}`));
