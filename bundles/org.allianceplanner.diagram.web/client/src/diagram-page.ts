// Builds the diagram container for one page and loads the model through a connected GLSP client.
import {
    DiagramLoader,
    GLSPClient,
    IActionDispatcher,
    LayoutOperation,
    RequestExportSvgAction,
    SelectionService,
    TYPES,
    createDiagramOptionsModule
} from '@eclipse-glsp/client';
import { AllianceApiControl } from './alliance-api';
import { createAllianceDiagramContainer } from './diagram-module';
import { showError } from './error-reporter';
import { PageParameters } from './page-parameters';
import { RenderedModel } from './rendered-model';

/** The GLSP diagram type of the wire contract. */
export const DIAGRAM_TYPE = 'alliance-diagram';
/** The sprotty base div of diagram.html. */
const BASE_DIV = 'alliance-diagram';

/** Reports a failure in the page and through `window.alliance.ready`. */
export function fail(api: AllianceApiControl, message: string): void {
    showError(message);
    document.getElementById('alliance-loading')?.remove();
    api.failed(message);
}

export async function showDiagram(glspClient: GLSPClient, parameters: PageParameters, api: AllianceApiControl): Promise<void> {
    const container = createAllianceDiagramContainer(createDiagramOptionsModule(
        {
            clientId: `alliance-${Date.now().toString(36)}-${Math.random().toString(36).substring(2, 8)}`,
            diagramType: DIAGRAM_TYPE,
            glspClientProvider: async () => glspClient,
            sourceUri: parameters.uri
        },
        // GLSP's default zoom limit (0.1) cannot fit a diagram of a few hundred tasks into the window when first shown
        { baseDiv: BASE_DIV, hiddenDiv: `${BASE_DIV}-hidden`, zoomLimits: { min: 0.01, max: 20 } }
    ));
    const dispatcher = container.get<IActionDispatcher>(TYPES.IActionDispatcher);
    api.connect(dispatcher, container.get(SelectionService), container.get(RenderedModel));
    wireToolbar(dispatcher);
    // The server lays out (ELK through the core) and gives every bound and route: editor, exports and
    // documents agree, and the client does no layout.
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
        fail(api, `The diagram "${parameters.diagram}" of ${parameters.uri} could not be loaded: ${(error as Error).message ?? error}`);
        return;
    }
    if (document.body.classList.contains('alliance-failed')) {
        api.failed(document.getElementById('alliance-error')?.textContent ?? 'The diagram could not be loaded.');
    } else {
        api.loaded();
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
