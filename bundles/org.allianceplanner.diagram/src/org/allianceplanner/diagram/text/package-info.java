/**
 * Fonts and text measurement shared by layout and every renderer, so that the size ELK reserves for a label
 * is the size the SVG, PNG and PDF draw. Java2D in headless mode; no display needed.
 */
package org.allianceplanner.diagram.text;
