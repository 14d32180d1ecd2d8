// Drives chromium against a page that `alliance serve` printed. Prints one JSON line with what happened;
// exit code 0 when the step succeeded, 1 when it failed, 2 on wrong usage.
//
//   node test/drive-browser.mjs open <url> [--runs N]            opens the diagram; page load -> model rendered
//   node test/drive-browser.mjs create <url> --palette "Task"   creates a node with the palette on the canvas
//
// Options: --screenshot FILE (written at the end, for review), --timeout MS (a guard against hanging,
// default 120000). $CHROMIUM overrides /usr/bin/chromium.
import { waitUntilRendered, withPage } from './chromium.mjs';

const [mode, url, ...rest] = process.argv.slice(2);
const option = (name, fallback) => {
    const i = rest.indexOf(`--${name}`);
    return i >= 0 && i + 1 < rest.length ? rest[i + 1] : fallback;
};
if (!['open', 'create'].includes(mode) || !url) {
    console.error('usage: node test/drive-browser.mjs open|create <url> [--palette LABEL] [--runs N] [--screenshot FILE]');
    process.exit(2);
}

let result;
try {
    result = await withPage(async (page, problems) => {
        const outcome = mode === 'open' ? await open(page, Number(option('runs', '1'))) : await create(page, option('palette', 'Task'));
        return { ...outcome, problems };
    }, { guardMs: Number(option('timeout', '120000')), screenshot: option('screenshot', undefined) });
} catch (error) {
    result = { ok: false, error: String(error?.message ?? error) };
}
console.log(JSON.stringify(result));
process.exit(result.ok ? 0 : 1);

async function load(page) {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    return waitUntilRendered(page);
}

/** Opens the page `runs` times (the first is cold, the others warm); the times from navigation to rendered. */
async function open(page, runs) {
    const times = [];
    let last;
    for (let i = 0; i < runs; i++) {
        last = await load(page);
        if (!last.ok) {
            return last;
        }
        times.push(last.renderedMs);
    }
    return { ...last, times };
}

/** Clicks the palette entry, then an empty point of the canvas; waits until the diagram draws a new node. */
async function create(page, paletteLabel) {
    const loaded = await load(page);
    if (!loaded.ok) {
        return loaded;
    }
    const nodeIds = () => page.evaluate(() =>
        Array.from(document.querySelectorAll('#alliance-diagram g.alliance-node')).map(node => node.id));
    const before = await nodeIds();
    const entry = await page.waitForFunction(label => Array.from(document.querySelectorAll('.tool-palette .tool-button'))
        .find(button => button.textContent.trim() === label), {}, paletteLabel);
    await entry.click();
    const point = await page.evaluate(() => {
        const canvas = document.querySelector('#alliance-diagram svg').getBoundingClientRect();
        const blank = (x, y) => {
            const hit = document.elementFromPoint(x, y);
            return hit && hit.tagName.toLowerCase() === 'svg' && hit.closest('#alliance-diagram') !== null;
        };
        for (let y = canvas.bottom - 60; y > canvas.top + 60; y -= 20) {
            for (let x = canvas.right - 120; x > canvas.left + 60; x -= 20) {
                if (blank(x, y) && blank(x - 60, y - 40) && blank(x + 60, y + 40)) {
                    return { x, y };
                }
            }
        }
        return undefined;
    });
    if (!point) {
        return { ok: false, error: 'no empty point on the canvas to create the node at' };
    }
    await page.mouse.move(point.x - 5, point.y - 5);
    await page.mouse.move(point.x, point.y);
    await page.mouse.click(point.x, point.y);
    // A new id, not a count: nodes outside the visible canvas are not drawn, and the new layout moves them
    // (the diagram grows, and may outgrow the view it was fitted to when first shown): fit again while waiting.
    await page.waitForFunction(known => {
        const found = Array.from(document.querySelectorAll('#alliance-diagram g.alliance-node')).some(node => !known.includes(node.id));
        if (!found) {
            window.alliance.dispatch({ kind: 'fit', elementIds: [], padding: 10, animate: false });
        }
        return found;
    }, { polling: 250 }, before);
    // Fit the whole diagram into view, so that no node is left out of the drawing, then list them.
    await page.evaluate(async () => {
        await window.alliance.dispatch({ kind: 'fit', elementIds: [], padding: 10, animate: false });
        await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    const after = await nodeIds();
    return { ok: true, before: before.length, after: after.length, added: after.filter(id => !before.includes(id)), at: point };
}
