// Launches Debian's chromium (never a downloaded browser) headless with a fresh profile, through puppeteer-core.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Runs `work(page, problems)` in a new page; `problems` collects page errors and console errors. */
export async function withPage(work, { chromium = CHROMIUM, guardMs = 120000, screenshot } = {}) {
    const profile = mkdtempSync(join(tmpdir(), 'alliance-chromium-'));
    const browser = await puppeteer.launch({
        executablePath: chromium,
        headless: true,
        userDataDir: profile,
        protocolTimeout: guardMs,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
            '--disable-component-update', '--no-first-run', '--window-size=1400,1000']
    });
    const problems = [];
    let page;
    try {
        page = await browser.newPage();
        await page.setViewport({ width: 1400, height: 1000 });
        page.setDefaultTimeout(guardMs);
        page.on('pageerror', error => problems.push(`page error: ${error.message}`));
        page.on('console', message => {
            if (message.type() === 'error') {
                problems.push(`console: ${message.text()}`);
            }
        });
        return await work(page, problems);
    } finally {
        if (screenshot && page) {
            await page.screenshot({ path: screenshot }).catch(() => undefined);
        }
        await browser.close();
        rmSync(profile, { recursive: true, force: true });
    }
}

/** Waits for `window.alliance.ready` and two frames; the error message if loading failed. */
export async function waitUntilRendered(page) {
    // The page loads its script after its styles: wait for window.alliance, or for the banner if that failed.
    await page.waitForFunction(() => window.alliance !== undefined || !document.getElementById('alliance-error').hidden);
    return page.evaluate(async () => {
        if (window.alliance === undefined) {
            return { ok: false, error: document.getElementById('alliance-error').textContent };
        }
        try {
            await window.alliance.ready;
        } catch (error) {
            return { ok: false, error: String(error.message ?? error) };
        }
        await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        return {
            ok: true,
            renderedMs: Math.round(performance.now()),
            nodes: document.querySelectorAll('#alliance-diagram g.alliance-node').length,
            edges: document.querySelectorAll('#alliance-diagram .sprotty-edge').length,
            zoom: window.alliance.rendered?.()?.zoom
        };
    });
}
