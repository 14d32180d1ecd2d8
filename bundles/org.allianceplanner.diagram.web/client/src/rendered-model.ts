// What the diagram shows now: the model root the viewer last rendered into the page, for `window.alliance` and
// the first view's fitting. Hosts and tests wait on this instead of the DOM, where sprotty leaves out the
// elements outside the viewport.
import { Bounds, GModelElement, GModelRoot, IVNodePostprocessor, isBoundsAware, isViewport } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';

/** The rendered model in numbers: how often the page was drawn, and where its viewport looks. */
export interface RenderedState {
    /** How many times the viewer has patched the page with a model. */
    count: number;
    /** The model root's revision (the server counts its updates). */
    revision: number | undefined;
    zoom: number;
    scroll: { x: number; y: number };
    /** The size of the canvas in the page. */
    canvas: { width: number; height: number };
    /** The bounds of everything drawn, in model coordinates; undefined for an empty model. */
    content: Bounds | undefined;
}

@injectable()
export class RenderedModel implements IVNodePostprocessor {
    protected drawing?: GModelRoot;
    protected shown?: GModelRoot;
    protected count = 0;
    protected readonly listeners: Array<(state: RenderedState) => void> = [];

    decorate(vnode: VNode, element: GModelElement): VNode {
        if (element instanceof GModelRoot) {
            this.drawing = element;
        }
        return vnode;
    }

    postUpdate(): void {
        if (this.drawing) {
            this.shown = this.drawing;
            this.drawing = undefined;
            this.count++;
            const state = this.state();
            this.listeners.forEach(listener => listener(state));
        }
    }

    /** The model root last rendered, if any. */
    get root(): GModelRoot | undefined {
        return this.shown;
    }

    onRendered(listener: (state: RenderedState) => void): void {
        this.listeners.push(listener);
    }

    state(): RenderedState {
        const root = this.shown;
        const viewport = root && isViewport(root) ? root : undefined;
        return {
            count: this.count,
            revision: root?.revision,
            zoom: viewport?.zoom ?? 1,
            scroll: { x: viewport?.scroll.x ?? 0, y: viewport?.scroll.y ?? 0 },
            canvas: { width: root?.canvasBounds.width ?? 0, height: root?.canvasBounds.height ?? 0 },
            content: root ? contentBounds(root) : undefined
        };
    }

    /** The text of an element's label (the element itself if it is a label) in the rendered model. */
    text(elementId: string): string | undefined {
        const index = this.shown?.index;
        const element = index?.getById(elementId);
        const label = element && 'text' in element ? element : index?.getById(`${elementId}#label`);
        return label && 'text' in label ? String((label as { text: unknown }).text) : undefined;
    }
}

/** The union of the bounds of the root's children and of the edges' routing points. */
export function contentBounds(root: GModelRoot): Bounds | undefined {
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    const add = (x: number, y: number, width = 0, height = 0) => {
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x + width);
        maxY = Math.max(maxY, y + height);
    };
    for (const child of root.children) {
        if (isBoundsAware(child) && child.bounds.width >= 0) {
            add(child.bounds.x, child.bounds.y, child.bounds.width, child.bounds.height);
        }
        const points = (child as { routingPoints?: Array<{ x: number; y: number }> }).routingPoints ?? [];
        points.forEach(p => add(p.x, p.y));
    }
    return minX === Infinity ? undefined : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
