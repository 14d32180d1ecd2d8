/** @jsx svg */
// Views that draw the description's styles the way the core's SVG renderer does (SceneBuilder): the same
// shapes, dash patterns, arrow heads and icon badge, so the editor, the exports and the documents agree.
import {
    GEdge,
    GEdgeView,
    GLabel,
    GNode,
    IViewArgs,
    Point,
    RenderingContext,
    ShapeView,
    svg
} from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';

/** The args the server puts on elements (see the wire contract in docs/DIAGRAMS.md). */
type Args = Record<string, string | number | boolean | undefined>;

export function argsOf(element: unknown): Args {
    const args = (element as { args?: Args }).args;
    return args ?? {};
}

/** SVG dash pattern of a contract `strokeDash` value, scaled by the stroke width as the core does. */
export function dashArray(dash: unknown, width: number): string | undefined {
    const w = Math.max(1, width);
    switch (dash) {
        case 'dashed':
        case 'dash':
            return `${6 * w} ${4 * w}`;
        case 'dotted':
        case 'dot':
            return `${w} ${3 * w}`;
        case 'dash-dot':
            return `${6 * w} ${3 * w} ${w} ${3 * w}`;
        default:
            return undefined;
    }
}

/** The outline of a node shape in its own coordinates (as SceneBuilder.outline). */
export function outlinePath(shape: string, w: number, h: number): string {
    const poly = (...xy: number[]): string => {
        let d = `M ${xy[0]} ${xy[1]}`;
        for (let i = 2; i < xy.length; i += 2) {
            d += ` L ${xy[i]} ${xy[i + 1]}`;
        }
        return d + ' Z';
    };
    switch (shape) {
        case 'lozenge':
            return poly(w / 2, 0, w, h / 2, w / 2, h, 0, h / 2);
        case 'hexagon': {
            const d = Math.min(h / 2, w / 4);
            return poly(d, 0, w - d, 0, w, h / 2, w - d, h, d, h, 0, h / 2);
        }
        case 'note': {
            const c = Math.min(10, Math.min(w, h) / 3);
            return poly(0, 0, w - c, 0, w, c, w, h, 0, h);
        }
        default:
            return poly(0, 0, w, 0, w, h, 0, h);
    }
}

/** One view for every `node:<shape>`: the shape comes from the element type. */
@injectable()
export class AllianceNodeView extends ShapeView {
    render(node: Readonly<GNode>, context: RenderingContext, _args?: IViewArgs): VNode | undefined {
        if (!this.isVisible(node, context)) {
            return undefined;
        }
        const a = argsOf(node);
        const shape = node.type.startsWith('node:') ? node.type.substring('node:'.length) : 'rectangle';
        const w = Math.max(0, node.size.width);
        const h = Math.max(0, node.size.height);
        const strokeWidth = typeof a.strokeWidth === 'number' ? a.strokeWidth : 1;
        const style: Record<string, string> = {
            fill: String(a.fill ?? '#ffffff'),
            stroke: strokeWidth > 0 ? String(a.stroke ?? '#000000') : 'none',
            'stroke-width': String(strokeWidth)
        };
        const dash = dashArray(a.strokeDash, strokeWidth);
        if (dash) {
            style['stroke-dasharray'] = dash;
        }
        let outline: VNode;
        if (shape === 'ellipse') {
            outline = <ellipse cx={w / 2} cy={h / 2} rx={w / 2} ry={h / 2} />;
        } else if (shape === 'rounded-rectangle') {
            outline = <rect x={0} y={0} width={w} height={h} rx={6} ry={6} />;
        } else {
            outline = <path d={outlinePath(shape, w, h)} />;
        }
        outline.data = {
            ...outline.data,
            class: {
                'sprotty-node': true,
                'alliance-shape': true,
                selected: node.selected,
                mouseover: node.hoverFeedback
            },
            style
        };
        const parts: VNode[] = [outline];
        if (shape === 'note') {
            const c = Math.min(10, Math.min(w, h) / 3);
            parts.push(<path class-alliance-fold={true} d={`M ${w - c} 0 L ${w - c} ${c} L ${w} ${c}`} style={{ fill: 'none', stroke: style.stroke, 'stroke-width': style['stroke-width'] }} />);
        }
        return (
            <g class-alliance-node={true} class-alliance-container={a.container === true}>
                {parts}
                {context.renderChildren(node)}
            </g>
        );
    }
}

const ICON_SIZE = 12;
const ICON_GAP = 4;

/** Node and edge text: multi-line, centred in the box the server laid out, with the description's font. */
@injectable()
export class AllianceLabelView extends ShapeView {
    render(label: Readonly<GLabel>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(label, context)) {
            return undefined;
        }
        const a = argsOf(label);
        const fontSize = typeof a.fontSize === 'number' ? a.fontSize : 10;
        const lineHeight = Math.round(fontSize * 1.25 * 100) / 100;
        const lines = (label.text ?? '').split(/\r?\n/);
        const w = label.size.width > 0 ? label.size.width : 0;
        const h = label.size.height > 0 ? label.size.height : lines.length * lineHeight;
        const parentArgs = argsOf(label.parent);
        const icon = label.type === 'label' && typeof parentArgs.icon === 'string' && parentArgs.icon.length > 0
            ? parentArgs.icon : undefined;
        const textLeft = icon ? ICON_SIZE + ICON_GAP : 0;
        const centreX = w > 0 ? textLeft + (w - textLeft) / 2 : textLeft;
        const top = (h - lines.length * lineHeight) / 2;
        const style: Record<string, string> = {
            'font-size': `${fontSize}px`,
            'font-weight': a.bold === true ? 'bold' : 'normal',
            'font-style': a.italic === true ? 'italic' : 'normal',
            fill: String(a.color ?? '#000000')
        };
        const texts = lines.map((line, i) => (
            <text x={centreX} y={top + i * lineHeight + fontSize * 0.9} style={{ ...style, 'text-anchor': w > 0 ? 'middle' : 'start' }}>{line}</text>
        ));
        const parts: VNode[] = [];
        if (w > 0) {
            // the label's whole area, invisible: its client bounds place GLSP's edit box over the label
            parts.push(<rect class-alliance-label-area={true} x={0} y={0} width={w} height={h} style={{ fill: 'none', stroke: 'none' }} />);
        }
        if (icon) {
            const iy = (h - ICON_SIZE) / 2;
            parts.push(<rect class-alliance-icon={true} x={0} y={iy} width={ICON_SIZE} height={ICON_SIZE} rx={1.5} ry={1.5}
                style={{ fill: String(parentArgs.stroke ?? '#000000') }} />);
            parts.push(<text class-alliance-icon={true} x={ICON_SIZE / 2} y={iy + ICON_SIZE / 2 + 3} style={{
                'font-size': '8px', 'font-weight': 'bold', 'text-anchor': 'middle', fill: String(parentArgs.fill ?? '#ffffff')
            }}>{icon.substring(0, 1).toUpperCase()}</text>);
        }
        return (
            // the group's font is the text's too: GLSP's label edit box copies the group's computed font
            <g class-sprotty-label={true} class-alliance-label={true} class-selected={label.selected}
                style={{ 'font-size': style['font-size'], 'font-weight': style['font-weight'], 'font-style': style['font-style'] }}>
                {parts}
                {texts}
                {context.renderChildren(label)}
            </g>
        );
    }
}

/** Edges with the description's colour, width, dash and arrow heads at either end. */
@injectable()
export class AllianceEdgeView extends GEdgeView {
    protected renderLine(edge: GEdge, segments: Point[], context: RenderingContext): VNode {
        const line = super.renderLine(edge, segments, context);
        const a = argsOf(edge);
        const width = typeof a.strokeWidth === 'number' ? a.strokeWidth : 1;
        const style: Record<string, string> = {
            stroke: String(a.stroke ?? '#000000'),
            'stroke-width': String(width),
            fill: 'none'
        };
        const dash = dashArray(a.strokeDash, width);
        if (dash) {
            style['stroke-dasharray'] = dash;
        }
        line.data = { ...line.data, style: { ...(line.data?.style ?? {}), ...style } };
        return line;
    }

    protected renderAdditionals(edge: GEdge, segments: Point[], context: RenderingContext): VNode[] {
        const additionals = super.renderAdditionals(edge, segments, context);
        if (segments.length < 2) {
            return additionals;
        }
        const a = argsOf(edge);
        const n = segments.length;
        const target = arrowHead(a, String(a.targetArrow ?? 'none'), segments[n - 2], segments[n - 1]);
        const source = arrowHead(a, String(a.sourceArrow ?? 'none'), segments[1], segments[0]);
        return [...additionals, ...(target ? [target] : []), ...(source ? [source] : [])];
    }
}

const ARROW = 9;

/** An arrow head at `tip`, pointing away from `from` (as SceneBuilder.arrow). */
export function arrowHead(a: Args, head: string, from: Point, tip: Point): VNode | undefined {
    if (head === 'none') {
        return undefined;
    }
    const dx = tip.x - from.x;
    const dy = tip.y - from.y;
    const len = Math.hypot(dx, dy);
    if (len === 0) {
        return undefined;
    }
    const width = typeof a.strokeWidth === 'number' ? a.strokeWidth : 1;
    const colour = String(a.stroke ?? '#000000');
    const ux = dx / len;
    const uy = dy / len;
    const size = ARROW + width;
    const bx = tip.x - ux * size;
    const by = tip.y - uy * size;
    const half = size * 0.45;
    const lx = bx - uy * half;
    const ly = by + ux * half;
    const rx = bx + uy * half;
    const ry = by - ux * half;
    let d: string;
    let fill: string;
    switch (head) {
        case 'open-arrow':
            d = `M ${lx} ${ly} L ${tip.x} ${tip.y} L ${rx} ${ry}`;
            fill = 'none';
            break;
        case 'closed-arrow':
        case 'filled-arrow':
            d = `M ${lx} ${ly} L ${tip.x} ${tip.y} L ${rx} ${ry} Z`;
            fill = head === 'filled-arrow' ? colour : '#ffffff';
            break;
        default: {
            const ex = tip.x - ux * size * 2;
            const ey = tip.y - uy * size * 2;
            d = `M ${tip.x} ${tip.y} L ${lx} ${ly} L ${ex} ${ey} L ${rx} ${ry} Z`;
            fill = head === 'filled-diamond' ? colour : '#ffffff';
        }
    }
    return <path class-alliance-arrow={true} d={d} style={{ fill, stroke: colour, 'stroke-width': String(width) }} />;
}
