// Binds the views of the wire contract's element types, the toolbar's action handler, the rendered-model
// tracker and the first view's fitting. Only binds.
import {
    ContainerConfiguration,
    DefaultTypes,
    FeatureModule,
    GEdge,
    MessageAction,
    STANDALONE_MODULE_CONFIG,
    bindAsService,
    configureActionHandler,
    configureDefaultModelElements,
    configureModelElement,
    editLabelFeature,
    initializeDiagramContainer,
    openFeature,
    openModule,
    overrideModelElement,
    TYPES,
    withEditLabelFeature
} from '@eclipse-glsp/client';
import { Container } from 'inversify';
import { ErrorReporter } from './error-reporter';
import { FitOnFirstShow } from './first-view';
import { AllianceLabel, AllianceNode } from './model';
import { RenderedModel } from './rendered-model';
import { AllianceEdgeView, AllianceLabelView, AllianceNodeView } from './views';
import { AllianceViewOptionsAction, ViewOptionsToolbar } from './view-options';

/** The node shapes of the core's `NodeShape`, as the server names them in `node:<shape>`. */
export const NODE_SHAPES = ['rectangle', 'rounded-rectangle', 'ellipse', 'lozenge', 'note', 'hexagon'] as const;

export const allianceDiagramModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        configureDefaultModelElements(context);
        for (const shape of NODE_SHAPES) {
            const type = `node:${shape}`;
            // open: double-click goes to the text; withEditLabel: F2 edits the title in GLSP's label editor
            const features = { enable: [openFeature, withEditLabelFeature] };
            if (type === DefaultTypes.NODE_RECTANGLE) {
                overrideModelElement(context, type, AllianceNode, AllianceNodeView, features);
            } else {
                configureModelElement(context, type, AllianceNode, AllianceNodeView, features);
            }
        }
        overrideModelElement(context, DefaultTypes.LABEL, AllianceLabel, AllianceLabelView, { enable: [editLabelFeature] });
        configureModelElement(context, 'label:edge', AllianceLabel, AllianceLabelView, { enable: [editLabelFeature] });
        overrideModelElement(context, DefaultTypes.EDGE, GEdge, AllianceEdgeView, { enable: [openFeature] });

        bind(ViewOptionsToolbar).toSelf().inSingletonScope();
        configureActionHandler(context, AllianceViewOptionsAction.KIND, ViewOptionsToolbar);
        bindAsService(context, TYPES.IDiagramStartup, ErrorReporter);
        // what the page shows now (window.alliance.rendered), and a large diagram fitted when first shown
        bind(RenderedModel).toSelf().inSingletonScope();
        bind(TYPES.IVNodePostprocessor).toService(RenderedModel);
        bindAsService(context, TYPES.IDiagramStartup, FitOnFirstShow);
        configureActionHandler(context, MessageAction.KIND, ErrorReporter);
    },
    { featureId: Symbol('allianceDiagram') }
);

export function createAllianceDiagramContainer(...configuration: ContainerConfiguration): Container {
    // openModule: a double-click sends OpenAction {elementId} to the server, which reveals the element's text.
    return initializeDiagramContainer(new Container(), openModule, allianceDiagramModule, ...configuration, STANDALONE_MODULE_CONFIG);
}
