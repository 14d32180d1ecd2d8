/**
 * Layout of a diagram graph with Eclipse ELK (layered by default), the per-description layout
 * configuration, the positions users moved or pinned and the layout file that keeps them beside the plan.
 * All coordinates are in points, y downwards.
 */
package org.allianceplanner.diagram.layout;
