/**
 * Headless rendering of a laid-out diagram into SVG, PNG and PDF (a standalone page, or vector drawing into
 * a box of any OpenPDF page). All formats draw one resolved scene: styles come from the graph only.
 */
package org.allianceplanner.diagram.render;
