// The node of every shape: a GLSP node whose title label is its editable label, so that F2 on a selected node
// opens GLSP's label editor on that label (sprotty's EditLabelKeyListener asks the selected element for it).
// Double-click stays "go to the text" (openFeature).
import { Dimension, EditableLabel, GLabel, GModelElement, GNode, WithEditableLabel, isEditableLabel } from '@eclipse-glsp/client';

/** The node label's type in the wire contract (DiagramTypes.LABEL). */
export const NODE_LABEL = 'label';

export class AllianceNode extends GNode implements WithEditableLabel {
    get editableLabel(): (GModelElement & EditableLabel) | undefined {
        const label = this.children.find(child => child.type === NODE_LABEL);
        return label && isEditableLabel(label) ? label : undefined;
    }
}

/**
 * A label whose edit box covers the whole label (the node's width), not just the text's width; sprotty's default
 * is 100 x 20 pixels. Its view draws an invisible area of the label's size, so the box starts at the label's corner.
 */
export class AllianceLabel extends GLabel {
    get editControlDimension(): Dimension {
        return { width: Math.max(60, this.bounds.width), height: Math.max(18, Math.min(this.bounds.height, 40)) };
    }
}
