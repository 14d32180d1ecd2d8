// The small global `window.alliance` the IDE host and the browser tests use (documented in docs/DIAGRAMS.md).
import { Action, IActionDispatcher, SelectionService } from '@eclipse-glsp/client';
import { RenderedModel, RenderedState } from './rendered-model';

export interface AllianceApi {
    /** Dispatches an action in the diagram (sent to the server if the server handles its kind). */
    dispatch(action: Action): Promise<void>;
    /** Calls `callback` with the ids of the selected elements whenever the selection changes. */
    onSelectionChanged(callback: (selectedIds: string[]) => void): void;
    /** Resolves when the first model has been rendered; rejects with the error message if loading failed. */
    ready: Promise<void>;
    /**
     * The model the page shows now: how many times it was rendered, its revision, the viewport's zoom and scroll,
     * the canvas size and the bounds of the drawing (model coordinates). Unlike the DOM, which holds only the
     * elements inside the viewport, this covers the whole model.
     */
    rendered(): RenderedState | undefined;
    /** The text of an element's label in the model the page shows now; undefined if there is no such element. */
    renderedText(elementId: string): string | undefined;
    /** Calls `callback` each time the page has been drawn with a (new) model. */
    onRendered(callback: (state: RenderedState) => void): void;
}

declare global {
    interface Window {
        alliance: AllianceApi;
    }
}

interface Deferred {
    promise: Promise<void>;
    resolve(): void;
    reject(error: Error): void;
}

function deferred(): Deferred {
    let resolve!: () => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<void>((res, rej) => {
        resolve = res;
        reject = rej;
    });
    return { promise, resolve, reject };
}

/** The page's side of `window.alliance`. */
export interface AllianceApiControl {
    connect(dispatcher: IActionDispatcher, selection: SelectionService, rendered: RenderedModel): void;
    loaded(): void;
    failed(message: string): void;
}

/** Installs `window.alliance` at once, so a host can wait on `ready` before the diagram exists. */
export function installAllianceApi(): AllianceApiControl {
    const ready = deferred();
    // A host that never waits on `ready` must not see an unhandled rejection; the page shows the error itself.
    ready.promise.catch(() => undefined);
    const pending: Array<(ids: string[]) => void> = [];
    const pendingRendered: Array<(state: RenderedState) => void> = [];
    let dispatcher: IActionDispatcher | undefined;
    let selection: SelectionService | undefined;
    let model: RenderedModel | undefined;
    window.alliance = {
        dispatch: async action => {
            await ready.promise;
            await dispatcher!.dispatch(action);
        },
        onSelectionChanged: callback => {
            if (selection) {
                selection.onSelectionChanged(change => callback(change.selectedElements));
            } else {
                pending.push(callback);
            }
        },
        ready: ready.promise,
        rendered: () => model?.state(),
        renderedText: elementId => model?.text(elementId),
        onRendered: callback => {
            if (model) {
                model.onRendered(callback);
            } else {
                pendingRendered.push(callback);
            }
        }
    };
    return {
        connect(d, s, r) {
            dispatcher = d;
            selection = s;
            model = r;
            pendingRendered.splice(0).forEach(callback => r.onRendered(callback));
            for (const callback of pending.splice(0)) {
                s.onSelectionChanged(change => callback(change.selectedElements));
            }
        },
        loaded: () => ready.resolve(),
        failed: message => ready.reject(new Error(message))
    };
}
