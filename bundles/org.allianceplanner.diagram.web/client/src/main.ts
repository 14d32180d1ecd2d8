// The diagram page: reads its query string, connects to the GLSP websocket of the server that served it,
// builds the diagram container and loads the model. Every failure ends in a readable message in the page.
import 'reflect-metadata';

import {
    BaseJsonrpcGLSPClient,
    DiagramLoader,
    GLSPClient,
    IActionDispatcher,
    LayoutOperation,
    RequestExportSvgAction,
    SelectionService,
    TYPES,
    createDiagramOptionsModule,
    createWebSocketConnection,
    wrap
} from '@eclipse-glsp/client';
import { MessageConnection } from 'vscode-jsonrpc';
import { installAllianceApi } from './alliance-api';
import { createAllianceDiagramContainer } from './diagram-module';
import { showError } from './error-reporter';
import { glspSocketUrl, readPageParameters } from './page-parameters';
import './diagram.css';

/** The GLSP diagram type of the wire contract. */
const DIAGRAM_TYPE = 'alliance-diagram';
/** The sprotty base div of diagram.html. */
const BASE_DIV = 'alliance-diagram';

const api = installAllianceApi();

function fail(message: string): void {
    showError(message);
    document.getElementById('alliance-loading')?.remove();
    api.failed(message);
}

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
        fail(parameters);
        return;
    }
    document.title = `${parameters.diagram} – ${decodeURIComponent(parameters.uri.substring(parameters.uri.lastIndexOf('/') + 1))}`;
    let connection: MessageConnection;
    try {
        connection = await connect(glspSocketUrl(location, parameters.token));
    } catch (error) {
        fail((error as Error).message);
        return;
    }
    const glspClient: GLSPClient = new BaseJsonrpcGLSPClient({ id: 'alliance', connectionProvider: connection });
    const container = createAllianceDiagramContainer(createDiagramOptionsModule(
        { clientId: `alliance-${Date.now().toString(36)}-${Math.random().toString(36).substring(2, 8)}`,
          diagramType: DIAGRAM_TYPE, glspClientProvider: async () => glspClient, sourceUri: parameters.uri },
        { baseDiv: BASE_DIV, hiddenDiv: `${BASE_DIV}-hidden` }
    ));
    const dispatcher = container.get<IActionDispatcher>(TYPES.IActionDispatcher);
    api.connect(dispatcher, container.get(SelectionService));
    wireToolbar(dispatcher);
    const requestModelOptions: Record<string, string | boolean> = {
        sourceUri: parameters.uri,
        diagram: parameters.diagram,
        needsClientLayout: false
    };
    if (parameters.audience) {
        requestModelOptions.audience = parameters.audience;
    }
    try {
        await container.get(DiagramLoader).load({ requestModelOptions });
    } catch (error) {
        fail(`The diagram "${parameters.diagram}" of ${parameters.uri} could not be loaded: ${(error as Error).message ?? error}`);
        return;
    }
    if (!document.body.classList.contains('alliance-failed')) {
        api.loaded();
    } else {
        api.failed(document.getElementById('alliance-error')?.textContent ?? 'The diagram could not be loaded.');
    }
}

/** The toolbar's fixed buttons: Arrange All (server layout, keeps pinned elements) and SVG export (download). */
function wireToolbar(dispatcher: IActionDispatcher): void {
    document.getElementById('alliance-arrange')?.addEventListener('click', () => {
        dispatcher.dispatch(LayoutOperation.create());
    });
    document.getElementById('alliance-export-svg')?.addEventListener('click', () => {
        dispatcher.dispatch(RequestExportSvgAction.create());
    });
}

start().catch(error => fail(`The diagram page failed: ${(error as Error).message ?? error}`));
