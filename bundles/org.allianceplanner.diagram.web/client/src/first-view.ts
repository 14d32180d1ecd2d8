// The first view of a diagram: when the diagram is larger than the window, it is fitted into it (zoomed out,
// never in), so a user opening a large diagram sees all of it. A diagram that fits stays where it is drawn.
import { FitToScreenAction, IActionDispatcher, IDiagramStartup, TYPES } from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';
import { RenderedModel } from './rendered-model';

/** Space around the fitted diagram, in pixels. */
export const FIT_PADDING = 20;

@injectable()
export class FitOnFirstShow implements IDiagramStartup {
    @inject(TYPES.IActionDispatcher) protected dispatcher!: IActionDispatcher;
    @inject(RenderedModel) protected rendered!: RenderedModel;

    async postModelInitialization(): Promise<void> {
        const state = this.rendered.state();
        const content = state.content;
        if (!content || state.canvas.width <= 0 || state.canvas.height <= 0) {
            return;
        }
        const fits = content.x >= state.scroll.x && content.y >= state.scroll.y
            && (content.x + content.width - state.scroll.x) * state.zoom <= state.canvas.width
            && (content.y + content.height - state.scroll.y) * state.zoom <= state.canvas.height;
        if (!fits) {
            await this.dispatcher.dispatch(FitToScreenAction.create([], { padding: FIT_PADDING, maxZoom: 1, animate: false }));
        }
    }
}
