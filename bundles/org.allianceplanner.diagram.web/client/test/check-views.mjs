// The client alone in chromium: builds the fixture page (test/fixture/fixture.ts: the real container and
// views, an in-page stand-in for the server with a fixed contract-shaped model) and checks what it draws and
// sends. Usage: node test/check-views.mjs <work folder>. Exit code 0 when every check passed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { waitUntilRendered, withPage } from './chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const work = resolve(process.argv[2] ?? join(here, '..', '..', 'target', 'web-fixture'));
execFileSync(process.execPath, [join(here, '..', 'build.mjs'), work, '--fixture'], { stdio: 'inherit' });

const failures = [];
const check = (condition, what) => {
    if (!condition) {
        failures.push(what);
    }
};

await withPage(async (page, problems) => {
    await page.goto(pathToFileURL(join(work, 'diagram.html')).href, { waitUntil: 'domcontentloaded' });
    const rendered = await waitUntilRendered(page);
    check(rendered.ok, `the fixture model loads: ${rendered.error}`);
    check(rendered.nodes === 6, `six nodes drawn, not ${rendered.nodes}`);
    // A diagram that fits the window is shown as drawn: not zoomed, not moved; window.alliance knows its model.
    const small = await page.evaluate(() => ({ state: window.alliance.rendered(), text: window.alliance.renderedText('Task:plan.A') }));
    check(small.state.zoom === 1 && small.state.scroll.x === 0 && small.state.scroll.y === 0 && small.state.count > 0,
        `the small diagram keeps its first view ${JSON.stringify(small.state)}`);
    check(small.text === 'Task A', `the rendered model's label text ${small.text}`);

    const drawn = await page.evaluate(() => {
        const node = id => document.getElementById(`alliance-diagram_${id}`);
        const outline = id => node(id)?.querySelector('.alliance-shape');
        const style = (element, name) => element ? getComputedStyle(element).getPropertyValue(name).trim() : undefined;
        const label = document.querySelector(`[id="alliance-diagram_Task:plan.A#label"] text`);
        const edge = document.getElementById('alliance-diagram_Role:plan.A.0');
        return {
            tags: ['Task:plan.A', 'Task:plan.B', 'Party:plan.C', 'Area:plan.D', 'Note:plan.E', 'Stage:plan.F']
                .map(id => outline(id)?.tagName),
            roundedRx: outline('Task:plan.B')?.getAttribute('rx'),
            fillA: style(outline('Task:plan.A'), 'fill'),
            strokeWidthF: style(outline('Stage:plan.F'), 'stroke-width'),
            dashA: style(outline('Task:plan.A'), 'stroke-dasharray'),
            dashB: style(outline('Task:plan.B'), 'stroke-dasharray'),
            dashC: style(outline('Party:plan.C'), 'stroke-dasharray'),
            noteFold: node('Note:plan.E')?.querySelectorAll('path').length,
            hexagonPoints: outline('Stage:plan.F')?.getAttribute('d')?.split('L').length,
            labelText: label?.textContent,
            labelWeight: style(label, 'font-weight'),
            labelSize: style(label, 'font-size'),
            labelFill: style(label, 'fill'),
            icon: Array.from(node('Task:plan.B')?.querySelectorAll('text.alliance-icon') ?? []).map(t => t.textContent),
            edgeStroke: style(edge?.querySelector('path'), 'stroke'),
            edgeDash: style(edge?.querySelector('path'), 'stroke-dasharray'),
            arrows: edge?.querySelectorAll('path.alliance-arrow').length,
            edgeLabelStyle: style(document.querySelector(`[id="alliance-diagram_Role:plan.A.0#label"] text`), 'font-style'),
            marker: node('Task:plan.B')?.querySelectorAll('.sprotty-issue').length,
            layers: Array.from(document.querySelectorAll('#alliance-view-options input')).map(box => `${box.dataset.kind}:${box.dataset.id}:${box.checked}`)
        };
    });
    check(JSON.stringify(drawn.tags) === JSON.stringify(['path', 'rect', 'ellipse', 'path', 'path', 'path']), `outline elements ${drawn.tags}`);
    check(drawn.roundedRx === '6', `rounded rectangle corner ${drawn.roundedRx}`);
    check(drawn.fillA === 'rgb(255, 238, 204)', `fill of Task A ${drawn.fillA}`);
    check(drawn.strokeWidthF === '3px', `stroke width of Stage F ${drawn.strokeWidthF}`);
    check(drawn.dashA === 'none', `solid border of Task A ${drawn.dashA}`);
    check(drawn.dashB === '6px, 4px', `dashed border of Task B ${drawn.dashB}`);
    check(drawn.dashC === '1px, 3px', `dotted border of Party C ${drawn.dashC}`);
    check(drawn.noteFold === 2, `note outline and fold ${drawn.noteFold}`);
    check(drawn.hexagonPoints === 6, `hexagon corners ${drawn.hexagonPoints}`);
    check(drawn.labelText === 'Task A' && drawn.labelWeight === '700' && drawn.labelSize === '12px'
        && drawn.labelFill === 'rgb(17, 34, 51)', `label font ${JSON.stringify(drawn)}`);
    check(JSON.stringify(drawn.icon) === '["T"]', `icon badge ${drawn.icon}`);
    check(drawn.edgeStroke === 'rgb(170, 0, 0)' && drawn.edgeDash === '12px, 8px', `edge line ${drawn.edgeStroke} ${drawn.edgeDash}`);
    check(drawn.arrows === 2, `arrow heads at both ends ${drawn.arrows}`);
    check(drawn.edgeLabelStyle === 'italic', `edge label font ${drawn.edgeLabelStyle}`);
    check(drawn.marker === 1, `issue marker on Task B ${drawn.marker}`);
    check(JSON.stringify(drawn.layers) === JSON.stringify(['layer:roles:true', 'layer:liaison:false', 'filter:hideDone:false']),
        `layer and filter toggles ${drawn.layers}`);

    if (failures.length > 0) {
        console.error(JSON.stringify({ rendered, drawn, problems }));
    }
    // Toolbar: a toggle sends the enabled ids; Arrange All sends the layout operation.
    await page.click('#alliance-view-options input[data-id="liaison"]');
    await page.click('#alliance-arrange');
    // Selection reaches window.alliance.onSelectionChanged.
    await page.evaluate(() => {
        window.selected = [];
        window.alliance.onSelectionChanged(ids => window.selected.push(ids));
    });
    const box = await (await page.$('[id="alliance-diagram_Task:plan.A"] .alliance-shape')).boundingBox();
    await page.mouse.click(box.x + 10, box.y + box.height - 5);
    await page.waitForFunction(() => window.fixtureReceived.some(a => a.kind === 'layout') && window.selected.length > 0);
    const sent = await page.evaluate(() => ({
        options: window.fixtureReceived.filter(a => a.kind === 'allianceSetViewOptions'),
        request: window.fixtureReceived.find(a => a.kind === 'requestModel'),
        selected: window.selected
    }));
    check(sent.options.length === 1 && JSON.stringify(sent.options[0].layers) === '["roles","liaison"]'
        && JSON.stringify(sent.options[0].filters) === '[]', `allianceSetViewOptions ${JSON.stringify(sent.options)}`);
    const o = sent.request?.options ?? {};
    check(o.diagramType === 'alliance-diagram' && o.sourceUri === 'file:///fixture/plan.alliance' && o.diagram === 'Responsibility'
        && o.needsClientLayout === false, `model request options ${JSON.stringify(o)}`);
    check(JSON.stringify(sent.selected.at(-1)) === '["Task:plan.A"]', `selection ${JSON.stringify(sent.selected)}`);

    // A double-click asks the server to open (reveal) the element.
    const party = await (await page.$('[id="alliance-diagram_Party:plan.C"] .alliance-shape')).boundingBox();
    await page.mouse.click(party.x + party.width / 2, party.y + 8, { count: 2 });
    await page.waitForFunction(() => window.fixtureReceived.some(a => a.kind === 'open'));
    const open = await page.evaluate(() => window.fixtureReceived.find(a => a.kind === 'open'));
    check(open.elementId === 'Party:plan.C', `OpenAction ${JSON.stringify(open)}`);

    // The palette (server-built): its entry, then a click on the empty canvas, sends CreateNodeOperation.
    const entry = await page.waitForFunction(() => Array.from(document.querySelectorAll('.tool-palette .tool-button'))
        .find(button => button.textContent.trim() === 'Task'));
    await entry.click();
    await page.mouse.move(795, 495);
    await page.mouse.move(800, 500);
    await page.mouse.click(800, 500);
    await page.waitForFunction(() => window.fixtureReceived.some(a => a.kind === 'createNode'));
    const create = await page.evaluate(() => window.fixtureReceived.find(a => a.kind === 'createNode'));
    check(create.elementTypeId === 'NewTask' && create.location && create.location.x > 700 && create.location.y > 400,
        `CreateNodeOperation ${JSON.stringify(create)}`);

    // Export SVG: GLSP's export, saved by the browser as a download.
    const downloads = join(work, 'downloads');
    rmSync(downloads, { recursive: true, force: true });
    mkdirSync(downloads, { recursive: true });
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await page.click('#alliance-export-svg');
    const svgFile = join(downloads, 'diagram.svg');
    for (let i = 0; i < 600 && !existsSync(svgFile); i++) { // a guard against hanging, not a measurement
        await new Promise(resolve => setTimeout(resolve, 100));
    }
    const svg = existsSync(svgFile) ? readFileSync(svgFile, 'utf8') : '';
    check(svg.startsWith('<svg') && svg.includes('Task A') && svg.includes('stroke-dasharray'), `exported SVG ${svg.substring(0, 200)}`);

    await page.screenshot({ path: join(work, 'fixture.png') });
    // A diagram larger than the window is fitted into it when first shown: zoomed out, every node inside the canvas.
    await page.goto(`${pathToFileURL(join(work, 'diagram.html')).href}?elements=1000`, { waitUntil: 'domcontentloaded' });
    const largeLoad = await waitUntilRendered(page);
    check(largeLoad.ok, `the large fixture loads: ${largeLoad.error}`);
    const fitted = await page.evaluate(() => {
        const canvas = document.querySelector('#alliance-diagram svg').getBoundingClientRect();
        const nodes = Array.from(document.querySelectorAll('#alliance-diagram g.alliance-node .alliance-shape'));
        const outside = nodes.filter(n => {
            const r = n.getBoundingClientRect();
            return r.left < canvas.left - 0.5 || r.top < canvas.top - 0.5 || r.right > canvas.right + 0.5 || r.bottom > canvas.bottom + 0.5;
        }).length;
        return { state: window.alliance.rendered(), drawn: nodes.length, outside };
    });
    const { zoom, scroll, canvas, content } = fitted.state;
    check(zoom < 1, `the large diagram is zoomed out to fit, zoom ${zoom}`);
    check((content.x - scroll.x) * zoom >= -0.5 && (content.y - scroll.y) * zoom >= -0.5
        && (content.x + content.width - scroll.x) * zoom <= canvas.width + 0.5
        && (content.y + content.height - scroll.y) * zoom <= canvas.height + 0.5,
        `the large diagram's bounds lie within the viewport ${JSON.stringify(fitted.state)}`);
    check(fitted.drawn === 1000 && fitted.outside === 0, `all 1000 nodes drawn inside the canvas: ${fitted.drawn} drawn, ${fitted.outside} outside`);

    check(problems.length === 0, `no page errors: ${problems.join(' | ')}`);
}, { screenshot: join(work, 'fixture-large.png') });

if (failures.length > 0) {
    console.error(`check-views: ${failures.length} check(s) failed:\n  ${failures.join('\n  ')}`);
    process.exit(1);
}
console.log(`check-views: every check passed (screenshots ${join(work, 'fixture.png')}, ${join(work, 'fixture-large.png')})`);
