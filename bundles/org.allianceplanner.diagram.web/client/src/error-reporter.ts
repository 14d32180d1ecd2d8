// Readable errors in the page: the connection failed, the model request failed, or the server reported an error.
import { Action, IActionHandler, IDiagramStartup, MessageAction } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

/** Shows a message in the page's error banner (`#alliance-error`), which stays until the page is reloaded. */
export function showError(message: string): void {
    const banner = document.getElementById('alliance-error');
    if (banner) {
        banner.textContent = message;
        banner.hidden = false;
    }
    document.body.classList.add('alliance-failed');
}

@injectable()
export class ErrorReporter implements IActionHandler, IDiagramStartup {
    /** After the model loading completed: no more "loading" note. */
    postModelInitialization(): void {
        document.getElementById('alliance-loading')?.remove();
    }

    handle(action: Action): void {
        if (MessageAction.is(action) && action.severity === 'ERROR') {
            showError(action.details ? `${action.message}: ${action.details}` : action.message);
        }
    }
}
