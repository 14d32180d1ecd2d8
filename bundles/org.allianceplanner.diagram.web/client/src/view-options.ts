// Layers and filters of the description (wire contract: `allianceViewOptions` from the server after every model
// load, `allianceSetViewOptions` back with the ids that are enabled). Plain DOM in the page's toolbar.
import { Action, IActionDispatcher, IActionHandler, TYPES } from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';

export interface ViewOption {
    id: string;
    label: string;
    enabled: boolean;
}

export interface AllianceViewOptionsAction extends Action {
    kind: typeof AllianceViewOptionsAction.KIND;
    layers: ViewOption[];
    filters: ViewOption[];
}

export namespace AllianceViewOptionsAction {
    export const KIND = 'allianceViewOptions';
    export function is(action: unknown): action is AllianceViewOptionsAction {
        return Action.hasKind(action, KIND);
    }
}

export interface AllianceSetViewOptionsAction extends Action {
    kind: typeof AllianceSetViewOptionsAction.KIND;
    layers: string[];
    filters: string[];
}

export namespace AllianceSetViewOptionsAction {
    export const KIND = 'allianceSetViewOptions';
    export function create(layers: string[], filters: string[]): AllianceSetViewOptionsAction {
        return { kind: KIND, layers, filters };
    }
}

/** Draws one checkbox per layer and filter into the toolbar; a change sends the enabled ids to the server. */
@injectable()
export class ViewOptionsToolbar implements IActionHandler {
    @inject(TYPES.IActionDispatcher) protected dispatcher!: IActionDispatcher;

    handle(action: Action): void {
        if (AllianceViewOptionsAction.is(action)) {
            this.show(action);
        }
    }

    protected show(action: AllianceViewOptionsAction): void {
        const host = document.getElementById('alliance-view-options');
        if (!host) {
            return;
        }
        host.replaceChildren(
            this.group('Layers', 'layer', action.layers ?? []),
            this.group('Filters', 'filter', action.filters ?? [])
        );
    }

    protected group(title: string, kind: 'layer' | 'filter', options: ViewOption[]): HTMLElement {
        const group = document.createElement('span');
        group.className = `alliance-option-group alliance-${kind}s`;
        if (options.length === 0) {
            return group;
        }
        const heading = document.createElement('span');
        heading.className = 'alliance-option-heading';
        heading.textContent = title + ':';
        group.appendChild(heading);
        for (const option of options) {
            const label = document.createElement('label');
            label.className = 'alliance-option';
            const box = document.createElement('input');
            box.type = 'checkbox';
            box.checked = option.enabled;
            box.dataset.kind = kind;
            box.dataset.id = option.id;
            box.addEventListener('change', () => this.send());
            label.append(box, document.createTextNode(option.label));
            group.appendChild(label);
        }
        return group;
    }

    protected send(): void {
        const enabled = (kind: string): string[] =>
            Array.from(document.querySelectorAll<HTMLInputElement>(`#alliance-view-options input[data-kind="${kind}"]`))
                .filter(box => box.checked)
                .map(box => box.dataset.id as string);
        this.dispatcher.dispatch(AllianceSetViewOptionsAction.create(enabled('layer'), enabled('filter')));
    }
}
